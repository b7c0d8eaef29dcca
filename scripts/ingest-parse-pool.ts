/**
 * The ingest's parsing engine: a content-hash cache in front of the pure parser, and the
 * parser spread over worker threads when there is much to parse. Only the pure
 * `ingestBulletin` runs in the workers; every decision across files stays in the main
 * thread (`planRun`), so the output is the same whatever the number of workers or hits.
 *
 * Environment:
 *   ARCHIVE_INGEST_CACHE    the cache folder, or `off` (default node_modules/.cache/archive-ingest)
 *
 * The cache folder holds `outcomes-XX.json` (parse outcomes by the SHA-256 of the raw bytes),
 * `frontmatter-XX.json` (serialised frontmatter by entry key), each in 256 shards by the key's
 * first two hex digits and read only when a key of theirs is asked for, and `files.json`: per
 * input file, its stat when last hashed and the hash, so an unchanged file is neither read nor
 * hashed again (see `sameStat` and `isStatSettled` in `src/ingest/parse-cache.ts`).
 *   ARCHIVE_INGEST_WORKERS  how many worker threads at most (default: the machine's cores; 0: none);
 *                           when set, a cold run of more than 48 files starts them at once
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ingestBulletin, type BulletinOutcome } from '../src/ingest/ingest-run.ts';
import {
  fromCachedOutcome,
  hashBytes,
  isStatSettled,
  parseFileIndex,
  parseShard,
  sameStat,
  shardOf,
  shardOfFileName,
  toCacheVersion,
  toEntryKey,
  toFileIndexJson,
  toShardJson,
  type CachedOutcome,
  type FileStat,
} from '../src/ingest/parse-cache.ts';
import { toFrontmatter } from '../src/ingest/serialise-entry.ts';
import type { Entry } from '../src/schema/entry.ts';
import type { Registry } from '../src/schema/registry.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_CACHE = join(ROOT, 'node_modules', '.cache', 'archive-ingest');
/** The code a parse depends on: a change to any file here invalidates the cache. */
const SOURCE_FOLDERS = ['src/ingest', 'src/registry', 'src/schema'];
/**
 * Misses parsed in the main thread before workers are started, when the cache is warm:
 * starting a worker costs about a second (it loads the parser and builds its own gazetteer
 * of 138,000 towns), more than parsing a few dozen bulletins.
 */
const MISSES_BEFORE_WORKERS = 48;
/**
 * A cold run (empty cache) of at least this many files starts its workers at once, so the
 * main thread never builds a gazetteer of its own; a smaller one parses in the main thread.
 */
const FILES_FOR_WORKERS = 500;
/** The file index: each input file's stat when last hashed, and its hash. */
const FILE_INDEX = 'files.json';

/** How many files a run found in the cache and how many it parsed. */
export interface ParseStats {
  hits: number;
  /** Hits taken on the file's stat alone: the file was neither read nor hashed. */
  unread: number;
  misses: number;
  workers: number;
}

/** Parses bulletins through the cache and the workers. */
export interface ParsePool {
  /**
   * The cached outcome of a file whose stat is what it was when an earlier run hashed it, or
   * `undefined`: then read the file and call `parse`. Saves reading and hashing unchanged files.
   */
  known: (file: string, stat: FileStat) => BulletinOutcome | undefined;
  /** The outcome for one file's bytes: from the cache, or parsed. `stat` is the file's, taken before reading. */
  parse: (file: string, bytes: Uint8Array, stat?: FileStat) => Promise<BulletinOutcome>;
  /** An entry's frontmatter (`toFrontmatter`), from the cache when an earlier run wrote the same entry. */
  frontmatter: (entry: Entry) => string;
  /** Writes the cache (this run's files only, and only the shards that changed); call once the run succeeded. */
  save: () => Promise<void>;
  /** How many files were found in the cache and parsed so far. */
  stats: () => ParseStats;
  /** Stops the workers; returns the counts. */
  close: () => Promise<ParseStats>;
}

/** The lines the ingest prints about parsing: how much came from the cache (and how much of it unread), how many workers helped. */
export function toParseStatsLine(stats: ParseStats): string {
  const total = stats.hits + stats.misses;
  const workers = stats.workers === 0 ? 'in the main thread' : `with ${stats.workers} worker threads`;
  return `parsed: ${stats.misses} of ${total} bulletins ${workers}, ${stats.hits} from the parse cache\nunread: ${stats.unread} files unchanged since the last run (same size, times and inode) were not read\n`;
}

/** Every `.ts` file under the parser's folders, with its text, for the cache version. */
async function readSources(): Promise<[string, string][]> {
  const sources: [string, string][] = [];
  for (const folder of SOURCE_FOLDERS) {
    const names = await readdir(join(ROOT, folder), { recursive: true, encoding: 'utf8' });
    for (const name of names.filter((n) => n.endsWith('.ts'))) {
      const path = join(ROOT, folder, name);
      sources.push([relative(ROOT, path), await readFile(path, 'utf8')]);
    }
  }
  return sources;
}

/** A worker's answer: the outcome, and for an accepted entry its frontmatter and entry key. */
interface WorkerAnswer {
  outcome: BulletinOutcome;
  frontmatter?: { key: string; text: string } | undefined;
}

/** One worker thread and the parses it owes. */
interface PoolWorker {
  worker: Worker;
  pending: Map<number, (answer: WorkerAnswer) => void>;
}

function startWorker(registry: Registry, onError: (error: Error) => void): PoolWorker {
  const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: { registry } });
  const pending = new Map<number, (answer: WorkerAnswer) => void>();
  worker.on('message', ({ id, outcome, frontmatter }: { id: number } & WorkerAnswer) => {
    pending.get(id)?.({ outcome, frontmatter });
    pending.delete(id);
  });
  worker.on('error', onError);
  return { worker, pending };
}

/**
 * Records of one kind (outcomes or frontmatter) in shard files, each read on first use.
 * `used` collects what this run asked for; `save` writes a shard only when its keys changed
 * and removes shards this run did not use, so the cache holds one corpus's records.
 */
class ShardedRecords<T> {
  private readonly loaded = new Map<string, Map<string, T>>();
  readonly used = new Map<string, T>();
  private readonly dir: string | undefined;
  private readonly kind: string;
  private readonly version: string;

  constructor(dir: string | undefined, kind: string, version: string) {
    this.dir = dir;
    this.kind = kind;
    this.version = version;
  }

  private shard(shard: string): Map<string, T> {
    let records = this.loaded.get(shard);
    if (records === undefined) {
      let text = '';
      if (this.dir !== undefined) {
        try {
          text = readFileSync(join(this.dir, `${this.kind}-${shard}.json`), 'utf8');
        } catch {
          // No shard yet (a cold cache): no records.
        }
      }
      records = text === '' ? new Map() : parseShard<T>(text, this.version, shard);
      this.loaded.set(shard, records);
    }
    return records;
  }

  /** The record for `key`, from this run or the shard on disk; remembered as used. */
  get(key: string): T | undefined {
    const found = this.used.get(key) ?? this.shard(shardOf(key)).get(key);
    if (found !== undefined) this.used.set(key, found);
    return found;
  }

  /** Remembers a new record, saved with this run's shards. */
  set(key: string, value: T): void {
    this.shard(shardOf(key));
    this.used.set(key, value);
  }

  /** Writes the shards whose keys changed, removes those no longer used. Synchronous: the run has finished. */
  save(dir: string): void {
    const byShard = new Map<string, Map<string, T>>();
    for (const [key, value] of this.used) {
      const shard = shardOf(key);
      let records = byShard.get(shard);
      if (records === undefined) byShard.set(shard, (records = new Map()));
      records.set(key, value);
    }
    for (const [shard, records] of byShard) {
      const before = this.loaded.get(shard);
      // Same keys, same records: a key names its content (a raw file's or an entry's hash).
      if (before !== undefined && before.size === records.size && [...records.keys()].every((key) => before.has(key))) continue;
      writeAtomically(join(dir, `${this.kind}-${shard}.json`), toShardJson(this.version, records));
    }
    for (const name of readdirSync(dir)) {
      const shard = shardOfFileName(this.kind, name);
      if (shard !== undefined && !byShard.has(shard)) rmSync(join(dir, name), { force: true });
    }
  }
}

/** Writes a file through a temporary one and a rename, so a reader never sees half of it. */
function writeAtomically(path: string, text: string): void {
  // Another run may save at the same time: each writes its own file, the rename is atomic.
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Opens the pool. `files` is how many files the run will read: workers are worth starting
 * only when many of them miss the cache. `input` is the input folder, absolute: the stat of
 * a file is remembered per folder.
 */
export async function openParsePool(registry: Registry, files: number, input: string): Promise<ParsePool> {
  const setting = process.env['ARCHIVE_INGEST_CACHE'];
  const cacheDir = setting === 'off' ? undefined : setting !== undefined && setting !== '' ? setting : DEFAULT_CACHE;
  const maxWorkers = Math.max(0, Number(process.env['ARCHIVE_INGEST_WORKERS'] ?? availableParallelism()) || 0);
  // Taken before any file is read: a file changed after this is never taken on its stat next time.
  const startNs = BigInt(Date.now()) * 1_000_000n;

  let version = '';
  let previousFiles = new Map<string, FileStat & { sha256: string }>();
  if (cacheDir !== undefined) {
    const lock = await readFile(join(ROOT, 'package-lock.json'), 'utf8').catch(() => '');
    version = toCacheVersion({ sources: await readSources(), registry, dependencies: lock });
    const text = await readFile(join(cacheDir, FILE_INDEX), 'utf8').catch(() => '');
    previousFiles = parseFileIndex(text, input);
  }
  const outcomes = new ShardedRecords<CachedOutcome>(cacheDir, 'outcomes', version);
  const frontmatters = new ShardedRecords<string>(cacheDir, 'frontmatter', version);
  const usedFiles = new Map<string, FileStat & { sha256: string }>();
  const inFlight = new Map<string, Promise<BulletinOutcome>>();
  const coldThreshold = process.env['ARCHIVE_INGEST_WORKERS'] === undefined ? FILES_FOR_WORKERS : MISSES_BEFORE_WORKERS;
  // No file known by its stat: the cache is cold (or the corpus new), so start the workers at once.
  const missesBeforeWorkers = previousFiles.size === 0 && files > coldThreshold ? 0 : MISSES_BEFORE_WORKERS;
  const stats: ParseStats = { hits: 0, unread: 0, misses: 0, workers: 0 };
  const workers: PoolWorker[] = [];
  let failure: Error | undefined;
  let nextId = 0;

  /**
   * Frontmatter the workers serialised, by the very entry object they parsed: `planRun` hands
   * back that object when it writes the entry as parsed, and anything else misses.
   */
  const serialised = new WeakMap<Entry, { key: string; text: string }>();
  const parseElsewhere = (file: string, bytes: Uint8Array): Promise<BulletinOutcome> => {
    if (workers.length === 0) {
      for (let i = 0; i < maxWorkers; i += 1) workers.push(startWorker(registry, (error) => (failure = error)));
      stats.workers = workers.length;
    }
    // The worker with the fewest parses waiting gets the next one.
    const target = workers.reduce((best, w) => (w.pending.size < best.pending.size ? w : best));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      if (failure !== undefined) reject(failure);
      target.pending.set(id, ({ outcome, frontmatter }) => {
        if (outcome.status === 'accepted' && frontmatter !== undefined) serialised.set(outcome.entry, frontmatter);
        resolve(outcome);
      });
      target.worker.postMessage({ id, file, bytes });
    });
  };

  /** Remembers which hash a file had, if its stat is settled enough to be trusted next run. */
  const remember = (file: string, stat: FileStat | undefined, sha256: string): void => {
    if (stat !== undefined && isStatSettled(stat, startNs)) usedFiles.set(file, { ...stat, sha256 });
  };

  return {
    known(file, stat) {
      if (cacheDir === undefined) return undefined;
      const before = previousFiles.get(file);
      if (before === undefined || !sameStat(before, stat)) return undefined;
      const hit = outcomes.get(before.sha256);
      if (hit === undefined) return undefined;
      stats.hits += 1;
      stats.unread += 1;
      usedFiles.set(file, before);
      return fromCachedOutcome(hit, file);
    },
    async parse(file, bytes, stat) {
      const sha = hashBytes(bytes);
      remember(file, stat, sha);
      const hit = outcomes.get(sha);
      if (hit !== undefined) {
        stats.hits += 1;
        return fromCachedOutcome(hit, file);
      }
      // The same bytes already being parsed (an exact re-post read a moment earlier): wait for that parse.
      const running = inFlight.get(sha);
      if (running !== undefined) {
        stats.hits += 1;
        return fromCachedOutcome(await running, file);
      }
      stats.misses += 1;
      const parsing =
        maxWorkers > 0 && stats.misses > missesBeforeWorkers ? parseElsewhere(file, bytes) : Promise.resolve(ingestBulletin({ file, bytes }, registry));
      inFlight.set(sha, parsing);
      const outcome = await parsing;
      inFlight.delete(sha);
      if (failure !== undefined) throw failure;
      outcomes.set(sha, outcome);
      return outcome;
    },
    frontmatter(entry) {
      const made = serialised.get(entry);
      if (made !== undefined) {
        if (cacheDir !== undefined) frontmatters.set(made.key, made.text);
        return made.text;
      }
      // Without a cache there is nothing to remember: no key to compute.
      if (cacheDir === undefined) return toFrontmatter(entry);
      const key = toEntryKey(entry);
      const found = frontmatters.get(key);
      if (found !== undefined) return found;
      const text = toFrontmatter(entry);
      frontmatters.set(key, text);
      return text;
    },
    async save() {
      if (cacheDir === undefined) return;
      try {
        mkdirSync(cacheDir, { recursive: true });
        outcomes.save(cacheDir);
        frontmatters.save(cacheDir);
        const changed = usedFiles.size !== previousFiles.size || [...usedFiles].some(([file, record]) => {
          const before = previousFiles.get(file);
          return before === undefined || before.sha256 !== record.sha256 || !sameStat(before, record);
        });
        if (changed) writeAtomically(join(cacheDir, FILE_INDEX), toFileIndexJson(input, usedFiles));
        // The single cache file of format 2, from before the shards: gone, so it takes no space.
        rmSync(join(cacheDir, 'parse-cache.json'), { force: true });
      } catch (error) {
        // The cache is a shortcut: failing to save it costs the next run time, not correctness.
        process.stderr.write(`ingest: could not save the parse cache in ${cacheDir}: ${(error as Error).message}\n`);
      }
    },
    stats: () => ({ ...stats }),
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
      return { ...stats };
    },
  };
}

/**
 * Runs `work` on every item with at most `limit` in flight, so reading files and waiting for
 * workers overlap; stops starting new items once `stop()` says so.
 */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>, stop: () => boolean = () => false): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length && !stop()) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}
