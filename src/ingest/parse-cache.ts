/**
 * The parse cache's pure half: what a cached parse holds, how it is keyed, versioned and
 * split into shards, and when a file's stat may stand in for its hash. A bulletin's parse
 * depends only on its bytes, its file name (which only becomes `source.file`), the registry
 * and the parser's code, so a cache keyed by the bytes' SHA-256 and versioned by the code and
 * the registry can never change the output: a hit gives the same outcome a fresh parse would.
 * The I/O (where the shard files live, reading and writing them) is in
 * `scripts/ingest-parse-pool.ts`.
 *
 * The cache is many small files, not one: one JSON string of a whole corpus's outcomes is
 * about 36 MB per 10,000 bulletins, past V8's ~512 MB string limit before 150,000, and one
 * changed bulletin would rewrite all of it. Records are spread over {@link SHARDS} shards by
 * the first two hex digits of their key, so a run rewrites only the shards whose keys changed.
 */
import { createHash } from 'node:crypto';
import type { Entry } from '../schema/entry.ts';
import type { BulletinOutcome } from './ingest-run.ts';

/** Bump when the shape of a shard or of a cached record changes. */
export const PARSE_CACHE_FORMAT = 3;

/** How many shards each kind of record is spread over: the first two hex digits of the key. */
export const SHARDS = 256;

/** A parse outcome as cached: the same as `BulletinOutcome`, with the file name left to the reader. */
export type CachedOutcome = BulletinOutcome;

/** One shard file: its format, the version of the parser it was made with, and its records by key. */
export interface ParseCacheShard<T> {
  format: number;
  version: string;
  records: Record<string, T>;
}

/**
 * The key of an entry's serialised frontmatter: the SHA-256 of the entry as JSON. The
 * frontmatter depends on the entry's values alone (`toFrontmatter` orders the keys itself),
 * and JSON keeps every value but one: `-0` is written `0`, so it is marked apart.
 */
export function toEntryKey(entry: Entry): string {
  // A replacer makes JSON.stringify several times slower, so it is used only when needed.
  const json = hasNegativeZero(entry)
    ? JSON.stringify(entry, (_key, value: unknown) => (Object.is(value, -0) ? '\u0000-0' : value))
    : JSON.stringify(entry);
  return createHash('sha256').update(json).digest('hex');
}

/** Whether `-0` occurs anywhere in a JSON-like value. */
function hasNegativeZero(value: unknown): boolean {
  if (typeof value === 'number') return Object.is(value, -0);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(hasNegativeZero);
  for (const key in value) if (hasNegativeZero((value as Record<string, unknown>)[key])) return true;
  return false;
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

/** The shard a hex key belongs to: its first two digits (`00` to `ff`). */
export function shardOf(key: string): string {
  return key.slice(0, 2).toLowerCase();
}

/** Whether a file name is a shard of `kind` (`outcomes-3f.json`), and which: its two hex digits. */
export function shardOfFileName(kind: string, name: string): string | undefined {
  const match = new RegExp(`^${kind}-([0-9a-f]{2})\\.json$`).exec(name);
  return match?.[1];
}

/**
 * Reads a shard file's text; an unreadable file, another format or another version gives
 * an empty shard (the cache is only ever a shortcut, so a bad shard is ignored, never an error).
 * Records whose key is not in this shard are dropped: a shard renamed by hand cannot answer
 * for keys it does not own.
 */
export function parseShard<T>(text: string, version: string, shard: string): Map<string, T> {
  try {
    const file = JSON.parse(text) as Partial<ParseCacheShard<T>>;
    if (file.format !== PARSE_CACHE_FORMAT || file.version !== version || typeof file.records !== 'object' || file.records === null) {
      return new Map();
    }
    return new Map(Object.entries(file.records).filter(([key]) => shardOf(key) === shard));
  } catch {
    return new Map();
  }
}

/** A shard file's text for these records. */
export function toShardJson<T>(version: string, records: ReadonlyMap<string, T>): string {
  const file: ParseCacheShard<T> = { format: PARSE_CACHE_FORMAT, version, records: Object.fromEntries(records) };
  return JSON.stringify(file);
}

/** What `stat` says of a file, as far as change detection needs it (nanoseconds and sizes as decimal strings). */
export interface FileStat {
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  ino: string;
  dev: string;
}

/** The index from an input file to the hash of its bytes, as long as its stat is unchanged. */
export interface FileIndex {
  format: number;
  /** The input folder, absolute: another folder's files are other files. */
  input: string;
  /** Per file name: its stat when hashed, and the hash. */
  files: Record<string, FileStat & { sha256: string }>;
}

/**
 * How recent a change may be for the stat to be trusted next time, in nanoseconds. A file
 * changed twice within the file system's timestamp granularity (ext4 stamps with the kernel's
 * clock tick, a few milliseconds) keeps the same times; a file hashed less than this long
 * after its last change is hashed again next run (git's "racily clean" entries).
 */
export const RACY_WINDOW_NS = 2_000_000_000n;

/**
 * Whether a file's stat, taken at `nowNs` (wall clock, nanoseconds), may be recorded so a later
 * run takes the file's hash without reading it: only when neither its content time nor its
 * status time is within {@link RACY_WINDOW_NS} of now (or in the future, a clock set back).
 */
export function isStatSettled(stat: FileStat, nowNs: bigint): boolean {
  const newest = BigInt(stat.mtimeNs) > BigInt(stat.ctimeNs) ? BigInt(stat.mtimeNs) : BigInt(stat.ctimeNs);
  return nowNs - newest >= RACY_WINDOW_NS;
}

/**
 * Whether two stats of a file say it is unchanged. The status-change time (`ctime`) is in: a
 * program may write the same number of bytes and set the modification time back (`touch -d`,
 * `utimes`), but the kernel sets `ctime` on every write and every `utimes`, and nothing can set
 * it back. Inode and device catch a file replaced by another (a rename over it, a copy).
 */
export function sameStat(a: FileStat, b: FileStat): boolean {
  return a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs && a.ino === b.ino && a.dev === b.dev;
}

/**
 * Reads the file index's text for the input folder `input`; anything unreadable, of another
 * format or for another folder gives an empty index (every file is then hashed: slower, never wrong).
 */
export function parseFileIndex(text: string, input: string): Map<string, FileStat & { sha256: string }> {
  try {
    const file = JSON.parse(text) as Partial<FileIndex>;
    if (file.format !== PARSE_CACHE_FORMAT || file.input !== input || typeof file.files !== 'object' || file.files === null) return new Map();
    const valid = Object.entries(file.files).filter(([, record]) => isFileRecord(record));
    return new Map(valid);
  } catch {
    return new Map();
  }
}

function isFileRecord(value: unknown): value is FileStat & { sha256: string } {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['size', 'mtimeNs', 'ctimeNs', 'ino', 'dev'].every((key) => typeof record[key] === 'string') && typeof record['sha256'] === 'string' && /^[0-9a-f]{64}$/.test(record['sha256']);
}

/** The file index's text for this run's files. */
export function toFileIndexJson(input: string, files: ReadonlyMap<string, FileStat & { sha256: string }>): string {
  const index: FileIndex = { format: PARSE_CACHE_FORMAT, input, files: Object.fromEntries(files) };
  return JSON.stringify(index);
}
