/**
 * The parse cache's pure half: what a cached parse holds, how it is keyed and versioned,
 * and how it is read back. A bulletin's parse depends only on its bytes, its file name
 * (which only becomes `source.file`), the registry and the parser's code, so a cache keyed
 * by the bytes' SHA-256 and versioned by the code and the registry can never change the
 * output: a hit gives the same outcome a fresh parse would. The I/O (where the cache file
 * lives, reading and writing it) is in `scripts/ingest-parse-pool.ts`.
 */
import { createHash } from 'node:crypto';
import type { BulletinOutcome } from './ingest-run.ts';

/** Bump when the shape of a cached record changes. */
export const PARSE_CACHE_FORMAT = 1;

/** A parse outcome as cached: the same as `BulletinOutcome`, with the file name left to the reader. */
export type CachedOutcome = BulletinOutcome;

/** The cache file: its format, the version of the parser it was made with, and one outcome per SHA-256. */
export interface ParseCacheFile {
  format: number;
  version: string;
  records: Record<string, CachedOutcome>;
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
export function parseCacheFile(text: string, version: string): Map<string, CachedOutcome> {
  try {
    const file = JSON.parse(text) as Partial<ParseCacheFile>;
    if (file.format !== PARSE_CACHE_FORMAT || file.version !== version || typeof file.records !== 'object' || file.records === null) {
      return new Map();
    }
    return new Map(Object.entries(file.records));
  } catch {
    return new Map();
  }
}

/** The cache file's text for `records` (only this run's files, so the cache never grows past one corpus). */
export function toCacheFileJson(version: string, records: ReadonlyMap<string, CachedOutcome>): string {
  const file: ParseCacheFile = { format: PARSE_CACHE_FORMAT, version, records: Object.fromEntries(records) };
  return JSON.stringify(file);
}
