/**
 * Editor overrides (`content/overrides/<entry-id>.yml`, schema in `src/schema/override.ts`):
 * naming, reading and applying one. Pure: the CLI lists and reads the folder.
 *
 * An override is applied to the freshly parsed entry on every ingest, so it survives
 * re-ingests; every top-level key replaces the parsed value, `null` removes an optional one.
 * The patched entry must pass the entry schema, or the whole run stops naming the file.
 */
import { validateEntry, type Entry, type Mention, type Participant } from '../schema/entry.ts';
import { EntryIdSchema } from '../schema/entry.ts';
import { OverrideSchema, type Override } from '../schema/override.ts';
import type { Registry } from '../schema/registry.ts';
import { parseYamlWith } from '../registry/parse-registry.ts';
import { resolvePeople } from '../registry/resolve-people.ts';
import { compilePlaces, completeLocation } from './vocabulary/places.ts';

/** One override, read and validated, with the file it came from. */
export interface OverrideFile {
  /** The file's name inside the overrides folder (`2014-01-21-wang-yi-sergey-lavrov-20f3d1.yml`). */
  file: string;
  /** The id of the entry it patches: the name without `.yml`. */
  id: string;
  override: Override;
}

/**
 * What a name in the overrides folder is: an override for entry `id`, a mistake to report
 * (a `.yaml` file, a name that is no entry id), or something to leave alone (`README.md`).
 */
export function classifyOverrideName(name: string): { kind: 'override'; id: string } | { kind: 'problem'; message: string } | { kind: 'other' } {
  if (name.endsWith('.yaml')) return { kind: 'problem', message: `${name}: override files end in .yml; rename it to ${name.slice(0, -5)}.yml` };
  if (!name.endsWith('.yml')) return { kind: 'other' };
  const id = name.slice(0, -'.yml'.length);
  if (!EntryIdSchema.safeParse(id).success) {
    return { kind: 'problem', message: `${name}: the name must be an entry id followed by .yml (lower-case letters, digits and single hyphens)` };
  }
  return { kind: 'override', id };
}

/** Parses one override file's text; every problem names `file`. */
export function parseOverride(file: string, text: string): { ok: true; override: Override } | { ok: false; problems: string[] } {
  const result = parseYamlWith(OverrideSchema, file, text);
  return result.ok ? { ok: true, override: result.value } : { ok: false, problems: result.problems };
}

/** The precision a date's length implies (`2014` year, `2014-01` month, `2014-01-21` day). */
function precisionOf(date: string): NonNullable<Entry['datePrecision']> {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/**
 * Gives every person of the override a registry id: as written when `person` is given,
 * otherwise through the people registry on the entry's (patched) date, as the parser does
 * (the registry's office and country fill what the override leaves out). Each name is
 * resolved on its own: `resolvePeople` merges two names of one person into one, and an
 * editor's list must come out as written, one person per line. (One name in always gives one
 * person out; the empty-id fallback would only fail validation, never pass silently.)
 */
function resolveOverridePeople(
  override: Pick<Override, 'participants' | 'mentioned'>,
  date: string | undefined,
  registry: Registry,
): { participants?: Participant[]; mentioned?: Mention[] } {
  const out: { participants?: Participant[]; mentioned?: Mention[] } = {};
  if (override.participants !== undefined) {
    out.participants = override.participants.map(({ name, role, country, person }) => {
      const found = { name, ...(role === undefined ? {} : { role }), ...(country === undefined ? {} : { country }) };
      if (person !== undefined) return { ...found, person };
      return resolvePeople({ participants: [found], mentioned: [] }, date, registry).participants[0] ?? { ...found, person: '' };
    });
  }
  if (override.mentioned !== undefined) {
    out.mentioned = override.mentioned.map((mention) => {
      const { name, person } = typeof mention === 'string' ? { name: mention, person: undefined } : mention;
      if (person !== undefined) return { name, person };
      return resolvePeople({ participants: [], mentioned: [name] }, date, registry).mentioned[0] ?? { name, person: '' };
    });
  }
  return out;
}

/**
 * Applies an override to an entry and validates the result. Returns the patched entry, or
 * every problem, each prefixed with `file` so the editor knows which override to fix.
 */
export function applyOverride(
  entry: Entry,
  override: Override,
  registry: Registry,
  file: string,
): { ok: true; entry: Entry } | { ok: false; problems: string[] } {
  const next: Record<string, unknown> = { ...entry };
  // id, source and copies are taken out only to keep them out of `rest`: the schema refuses them.
  const { date, datePrecision, published, participants, mentioned, id: _id, source: _source, copies: _copies, ...rest } = override;
  // Plain replacements: title, kind, location (null included), topics, organizations, meeting.
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) next[key] = value;
  // An editor writes the city and country; the place id and coordinates follow, as for a parsed place.
  if (rest.location !== undefined && rest.location !== null) next['location'] = completeLocation(rest.location, compilePlaces(registry));
  if (date === null) {
    delete next['date'];
    delete next['datePrecision'];
  } else if (date !== undefined) {
    next['date'] = date;
    next['datePrecision'] = precisionOf(date);
  }
  if (datePrecision === null) delete next['datePrecision'];
  else if (datePrecision !== undefined) next['datePrecision'] = datePrecision;
  if (published === null) delete next['published'];
  else if (published !== undefined) next['published'] = published;

  // People last, so that a corrected date picks the office held on that date.
  Object.assign(next, resolveOverridePeople({ participants, mentioned }, next['date'] as string | undefined, registry));
  const problems: string[] = [];
  const known = {
    topics: new Set(registry.topics.map((term) => term.id)),
    organizations: new Set(registry.organizations.map((term) => term.id)),
  };
  for (const key of ['topics', 'organizations'] as const) {
    (override[key] ?? []).forEach((value, index) => {
      if (!known[key].has(value)) problems.push(`${file}: ${key}.${index}: "${value}" is not one of the ${key} of the registry (topics.yml)`);
    });
  }
  const valid = validateEntry(next);
  if (!valid.ok) problems.push(...valid.errors.map((error) => `${file}: ${error}`));
  if (problems.length > 0 || !valid.ok) return { ok: false, problems };
  return { ok: true, entry: valid.entry };
}
