/**
 * Builds valid entries for the site helpers' tests: every field the schema requires, with
 * small defaults, so a test states only what it is about. Each result is checked against
 * the schema so a test can never pass on data the ingest would not write.
 */
import { EntrySchema, type Entry } from '../../../src/schema/entry.ts';

/** An entry with `id` (and `meeting` defaulting to it) and any other fields overridden. */
export function makeEntry(id: string, fields: Partial<Entry> = {}): Entry {
  const entry = {
    id,
    title: `Title of ${id}`,
    kind: 'meeting',
    participants: [],
    mentioned: [],
    location: null,
    topics: [],
    organizations: [],
    meeting: id,
    source: { file: `${id}.txt`, sha256: '0'.repeat(64) },
    ...fields,
  };
  return EntrySchema.parse(entry);
}

/** A participant of `person` (`wang-yi`), named from the id unless `name` is given. */
export function participant(person: string, country?: string, extra: { name?: string; role?: string } = {}) {
  const name = extra.name ?? person.split('-').map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' ');
  return {
    name,
    person,
    ...(country === undefined ? {} : { country }),
    ...(extra.role === undefined ? {} : { role: extra.role }),
  };
}
