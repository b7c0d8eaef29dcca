/**
 * The ingest's parsing engine: a content-hash cache in front of the pure parser, and the
 * parser spread over worker threads when there is much to parse. Only the pure
 * `ingestBulletin` runs in the workers; every decision across files stays in the main
 * thread (`planRun`), so the output is the same whatever the number of workers or hits.
 *
 * Environment:
 *   ARCHIVE_INGEST_CACHE    the cache folder, or `off` (default node_modules/.cache/archive-ingest)
 *   ARCHIVE_INGEST_WORKERS  how many worker threads at most (default: the machine's cores; 0: none);
 *                           when set, a cold run of more than 48 files starts them at once
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ingestBulletin, type BulletinOutcome } from '../src/ingest/ingest-run.ts';
import {
  fromCachedOutcome,
  hashBytes,
  parseCacheFile,
  toCacheFileJson,
  toCacheVersion,
  toEntryKey,
  type CachedOutcome,
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

/** How many files a run found in the cache and how many it parsed. */
export interface ParseStats {
  hits: number;
  misses: number;
  workers: number;
}

/** Parses bulletins through the cache and the workers. */
export interface ParsePool {
  /** The outcome for one file's bytes: from the cache, or parsed. */
  parse: (file: string, bytes: Uint8Array) => Promise<BulletinOutcome>;
  /** An entry's frontmatter (`toFrontmatter`), from the cache when an earlier run wrote the same entry. */
  frontmatter: (entry: Entry) => string;
  /** Writes the cache (this run's files only); call once the run succeeded. */
  save: () => Promise<void>;
  /** How many files were found in the cache and parsed so far. */
  stats: () => ParseStats;
  /** Stops the workers; returns the counts. */
  close: () => Promise<ParseStats>;
}

/** The line the ingest prints about parsing: how much came from the cache, how many workers helped. */
export function toParseStatsLine(stats: ParseStats): string {
  const total = stats.hits + stats.misses;
  const workers = stats.workers === 0 ? 'in the main thread' : `with ${stats.workers} worker threads`;
  return `parsed: ${stats.misses} of ${total} bulletins ${workers}, ${stats.hits} from the parse cache\n`;
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

/** One worker thread and the parses it owes. */
interface PoolWorker {
  worker: Worker;
  pending: Map<number, (outcome: BulletinOutcome) => void>;
}

function startWorker(registry: Registry, onError: (error: Error) => void): PoolWorker {
  const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: { registry } });
  const pending = new Map<number, (outcome: BulletinOutcome) => void>();
  worker.on('message', ({ id, outcome }: { id: number; outcome: BulletinOutcome }) => {
    pending.get(id)?.(outcome);
    pending.delete(id);
  });
  worker.on('error', onError);
  return { worker, pending };
}

/**
 * Opens the pool. `files` is how many files the run will read: workers are worth starting
 * only when many of them miss the cache.
 */
export async function openParsePool(registry: Registry, files: number): Promise<ParsePool> {
  const setting = process.env['ARCHIVE_INGEST_CACHE'];
  const cacheDir = setting === 'off' ? undefined : setting !== undefined && setting !== '' ? setting : DEFAULT_CACHE;
  const maxWorkers = Math.max(0, Number(process.env['ARCHIVE_INGEST_WORKERS'] ?? availableParallelism()) || 0);
  const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, 'parse-cache.json');

  let version = '';
  let cached = new Map<string, CachedOutcome>();
  let cachedFrontmatter = new Map<string, string>();
  if (cacheFile !== undefined) {
    const lock = await readFile(join(ROOT, 'package-lock.json'), 'utf8').catch(() => '');
    version = toCacheVersion({ sources: await readSources(), registry, dependencies: lock });
    const text = await readFile(cacheFile, 'utf8').catch(() => '');
    ({ records: cached, frontmatter: cachedFrontmatter } = parseCacheFile(text, version));
  }
  const used = new Map<string, CachedOutcome>();
  const usedFrontmatter = new Map<string, string>();
  const inFlight = new Map<string, Promise<BulletinOutcome>>();
  const coldThreshold = process.env['ARCHIVE_INGEST_WORKERS'] === undefined ? FILES_FOR_WORKERS : MISSES_BEFORE_WORKERS;
  const missesBeforeWorkers = cached.size === 0 && files > coldThreshold ? 0 : MISSES_BEFORE_WORKERS;
  const stats: ParseStats = { hits: 0, misses: 0, workers: 0 };
  const workers: PoolWorker[] = [];
  let failure: Error | undefined;
  let nextId = 0;

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
      target.pending.set(id, resolve);
      target.worker.postMessage({ id, file, bytes });
    });
  };

  return {
    async parse(file, bytes) {
      const sha = hashBytes(bytes);
      const hit = cached.get(sha) ?? used.get(sha);
      if (hit !== undefined) {
        stats.hits += 1;
        used.set(sha, hit);
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
      used.set(sha, outcome);
      return outcome;
    },
    frontmatter(entry) {
      // Without a cache there is nothing to remember: no key to compute.
      if (cacheDir === undefined) return toFrontmatter(entry);
      const key = toEntryKey(entry);
      const text = cachedFrontmatter.get(key) ?? usedFrontmatter.get(key) ?? toFrontmatter(entry);
      usedFrontmatter.set(key, text);
      return text;
    },
    async save() {
      if (cacheDir === undefined || cacheFile === undefined) return;
      // Another run may save at the same time: each writes its own file, the rename is atomic.
      const temp = `${cacheFile}.${process.pid}.tmp`;
      try {
        await mkdir(cacheDir, { recursive: true });
        await writeFile(temp, toCacheFileJson(version, { records: used, frontmatter: usedFrontmatter }));
        await rename(temp, cacheFile);
      } catch (error) {
        // The cache is a shortcut: failing to save it costs the next run time, not correctness.
        process.stderr.write(`ingest: could not save the parse cache in ${cacheDir}: ${(error as Error).message}\n`);
        await rm(temp, { force: true });
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
