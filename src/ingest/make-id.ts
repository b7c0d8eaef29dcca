/**
 * Readable, stable entry ids: `2014-01-21-wang-yi-sergey-lavrov-7c2f1a`. The id depends only
 * on the bulletin itself, never on which other files are in the folder or their order.
 */
import { createHash } from 'node:crypto';
import type { Kind, Participant } from '../schema/entry.ts';

/** What an id is made from. */
export interface IdParts {
  date: string | undefined;
  participants: readonly Pick<Participant, 'name'>[];
  kind: Kind;
  /** The cleaned body: its hash tells apart different bulletins about the same event. */
  text: string;
}

/** Lower-case ASCII words joined by hyphens (`Sergey Lavrov` → `sergey-lavrov`). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Date (or `undated`), then up to three participants, then the kind when nobody is named,
 * then six hex digits of the body's hash: the suffix keeps two reports of one event apart
 * without looking at any other file.
 */
export function makeEntryId(parts: IdParts): string {
  const who = parts.participants
    .slice(0, 3)
    .map((person) => slugify(person.name))
    .filter((slug) => slug !== '');
  const words = [parts.date ?? 'undated', ...(who.length > 0 ? who : [parts.kind])];
  const hash = createHash('sha256').update(parts.text.normalize('NFC')).digest('hex').slice(0, 6);
  return `${slugify(words.join(' '))}-${hash}`;
}
