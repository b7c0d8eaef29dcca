/**
 * Exact re-posts: the same bulletin saved twice (a second crawl, a mirror, a page under two
 * URLs) gives two files with the same cleaned text and so the same entry id, since the id
 * hashes the body. They become one entry: the first file by name is its `source`, the others
 * its `copies`. Two files with the same id but different text are a clash, not a copy: the
 * later one is rejected so it never overwrites the first.
 */
import type { Entry } from '../schema/entry.ts';

/** A bulletin the parser accepted, kept until every file has been read. */
export interface ParsedBulletin {
  /** The file's name inside the input folder. */
  file: string;
  /** The validated entry, as parsed. */
  entry: Entry;
  /** The cleaned Markdown body. */
  body: string;
  /** Why an editor should look at it; empty when nothing. */
  flags: string[];
}

/** A file that did not become an entry of its own, with its report line's fields. */
export interface SettledDuplicate {
  file: string;
  /** `merged` into the entry of the first file, or `rejected` as a clash of ids. */
  status: 'merged' | 'rejected';
  id: string;
  reason: string;
}

/** Code-unit order, never the locale's, so the result is the same on every machine. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Collapses bulletins with the same id: returns one bulletin per id (the first file by name,
 * with `entry.copies` listing the re-posts sorted by file) and a line for every other file.
 * The result does not depend on the order of `bulletins`.
 */
export function mergeCopies(bulletins: readonly ParsedBulletin[]): { kept: ParsedBulletin[]; duplicates: SettledDuplicate[] } {
  const byId = new Map<string, ParsedBulletin[]>();
  for (const bulletin of [...bulletins].sort((a, b) => byCodeUnit(a.file, b.file))) {
    const list = byId.get(bulletin.entry.id);
    if (list === undefined) byId.set(bulletin.entry.id, [bulletin]);
    else list.push(bulletin);
  }
  const kept: ParsedBulletin[] = [];
  const duplicates: SettledDuplicate[] = [];
  for (const [id, [first, ...others]] of byId) {
    if (first === undefined) continue;
    const copies = others.filter((other) => other.body === first.body);
    for (const other of others) {
      duplicates.push(
        other.body === first.body
          ? { file: other.file, status: 'merged', id, reason: `same text as ${first.file}` }
          : { file: other.file, status: 'rejected', id, reason: `duplicate id of ${first.file}` },
      );
    }
    kept.push(
      copies.length === 0
        ? first
        : { ...first, entry: { ...first.entry, copies: copies.map((copy) => ({ ...copy.entry.source })) } },
    );
  }
  return { kept, duplicates };
}
