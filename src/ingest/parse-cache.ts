/**
 * The parse cache's pure half: what a cached parse holds, how it is keyed and versioned,
 * and how it is read back. A bulletin's parse depends only on its bytes, its file name
 * (which only becomes `source.file`), the registry and the parser's code, so a cache keyed
 * by the bytes' SHA-256 and versioned by the code and the registry can never change the
 * output: a hit gives the same outcome a fresh parse would. The I/O (where the cache file
 * lives, reading and writing it) is in `scripts/ingest-parse-pool.ts`.
 */
import { createHash } from 'node:crypto';
import type { Entry } from '../schema/entry.ts';
import type { BulletinOutcome } from './ingest-run.ts';

/** Bump when the shape of a cached record changes. */
export const PARSE_CACHE_FORMAT = 2;

/** A parse outcome as cached: the same as `BulletinOutcome`, with the file name left to the reader. */
export type CachedOutcome = BulletinOutcome;

/**
 * The cache file: its format, the version of the parser it was made with, one outcome per
 * SHA-256 of a raw file, and the frontmatter text of each entry written, by {@link toEntryKey}.
 */
export interface ParseCacheFile {
  format: number;
  version: string;
  records: Record<string, CachedOutcome>;
  frontmatter: Record<string, string>;
}

/** What a cache file holds, read back. */
export interface ParseCache {
  records: Map<string, CachedOutcome>;
  frontmatter: Map<string, string>;
}

/**
 * The key of an entry's serialised frontmatter: the SHA-256 of the entry as JSON. The
 * frontmatter depends on the entry's values alone (`toFrontmatter` orders the keys itself),
 * and JSON keeps every value but one: `-0` is written `0`, so it is marked apart.
 */
export function toEntryKey(entry: Entry): string {
  const json = JSON.stringify(entry, (_key, value: unknown) => (Object.is(value, -0) ? '\u0000-0' : value));
  return createHash('sha256').update(json).digest('hex');
}

/** The SHA-256 of a file's bytes, in hex: the cache key (and the entry's `source.sha256`). */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The version a cache is valid for: a hash of everything a parse depends on besides the
 * bytes. `sources` are the parser's source files (path and text, any order), `registry`
 * the registry as parsed, `dependencies` anything else that decides (the lock file).
 */
export function toCacheVersion(parts: { sources: readonly (readonly [string, string])[]; registry: unknown; dependencies: string }): string {
  const hash = createHash('sha256');
  hash.update(`format ${PARSE_CACHE_FORMAT}\n`);
  for (const [path, text] of [...parts.sources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(`${path}\n${text.length}\n${text}\n`);
  }
  hash.update(JSON.stringify(parts.registry));
  hash.update(parts.dependencies);
  return hash.digest('hex').slice(0, 32);
}

/** A cached outcome for the file `file`: the entry names the file it was read from. */
export function fromCachedOutcome(cached: CachedOutcome, file: string): BulletinOutcome {
  if (cached.status === 'rejected') return { ...cached };
  return { ...cached, flags: [...cached.flags], entry: { ...cached.entry, source: { ...cached.entry.source, file } } };
}

/**
 * Reads a cache file's text; an unreadable file, another format or another version gives
 * an empty cache (it is only ever a shortcut, so a bad one is ignored, never an error).
 */
export function parseCacheFile(text: string, version: string): ParseCache {
  const empty = (): ParseCache => ({ records: new Map(), frontmatter: new Map() });
  try {
    const file = JSON.parse(text) as Partial<ParseCacheFile>;
    if (file.format !== PARSE_CACHE_FORMAT || file.version !== version || typeof file.records !== 'object' || file.records === null) {
      return empty();
    }
    const frontmatter = typeof file.frontmatter === 'object' && file.frontmatter !== null ? file.frontmatter : {};
    return { records: new Map(Object.entries(file.records)), frontmatter: new Map(Object.entries(frontmatter)) };
  } catch {
    return empty();
  }
}

/** The cache file's text for this run's records and frontmatter (only this run's, so the cache never grows past one corpus). */
export function toCacheFileJson(version: string, cache: ParseCache): string {
  const file: ParseCacheFile = {
    format: PARSE_CACHE_FORMAT,
    version,
    records: Object.fromEntries(cache.records),
    frontmatter: Object.fromEntries(cache.frontmatter),
  };
  return JSON.stringify(file);
}
