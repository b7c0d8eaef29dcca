/**
 * `npm run search-index [-- --site DIR] [--shard-pages N]`: indexes a built site's meeting
 * pages for search with Pagefind's Node API, as one index (`DIR/pagefind/`) or, past
 * `--shard-pages` pages (default 20,000, or `ARCHIVE_SEARCH_SHARD_PAGES`), as several, one
 * per run of years (`DIR/pagefind/` the newest, `DIR/pagefind-2000-2009/` ...), built one
 * after another in a fresh Pagefind process each, so the peak memory is one index's.
 * Writes `DIR/pagefind/shards.json`, the manifest the search page reads. The plan is
 * src/lib/search-shards.ts; this file reads pages and drives Pagefind.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { DEFAULT_SHARD_PAGES, parseIndexedYear, planShards, PRIMARY_INDEX_DIR, SHARD_MANIFEST_FILE, type ShardManifest, type ShardPlan } from '../src/lib/search-shards.ts';

const USAGE = `Usage: npm run search-index -- [--site DIR] [--shard-pages N]

Indexes the meeting pages of a built site (DIR/meetings/*/index.html) for search.

Options:
      --site DIR        the built site (default: dist)
      --shard-pages N   the most pages in one index; more make several, by period
                        (default: ARCHIVE_SEARCH_SHARD_PAGES, else ${DEFAULT_SHARD_PAGES})
  -h, --help            show this help`;

/** The pages Pagefind indexes: only meeting pages carry `data-pagefind-body`. */
const MEETINGS_DIR = 'meetings';
const MEETINGS_GLOB = `${MEETINGS_DIR}/*/index.html`;
/** The folder (inside the site, removed after) where one shard's pages are linked for Pagefind to read. */
const SHARD_INPUT_PREFIX = '.search-index-input-';
/** What the search page loads from an index merged into the primary (top-level names); the rest of Pagefind's bundle is only needed once. */
const MERGED_INDEX_FILES = /^(pagefind-entry\.json|.*\.pf_meta|index|filter|fragment)$/;

/** One meeting page: its folder name under `meetings/` and its `year` facet value. */
interface IndexedPage {
  name: string;
  year: string;
}

/** The meeting pages Pagefind would index, with their years. */
function readIndexedPages(site: string): IndexedPage[] {
  const folder = join(site, MEETINGS_DIR);
  if (!existsSync(folder)) return [];
  const pages: IndexedPage[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const file = join(folder, entry.name, 'index.html');
    if (!existsSync(file)) continue;
    const year = parseIndexedYear(readFileSync(file, 'utf8'));
    if (year !== undefined) pages.push({ name: entry.name, year });
  }
  return pages.sort((a, b) => a.name.localeCompare(b.name));
}

/** The Pagefind service processes this process started (children, by /proc), for their memory. */
function childPids(): number[] {
  const pids: number[] = [];
  for (const task of readdirSync('/proc/self/task', { encoding: 'utf8' })) {
    try {
      pids.push(...readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(/\s+/).filter((pid) => pid !== '').map(Number));
    } catch {
      // Not Linux, or the task ended: no figure rather than a failure.
    }
  }
  return pids;
}

/** Polls the peak resident memory (VmHWM) of the child processes until the returned function is called; it returns MB, 0 when unknown. */
function watchPeakMemory(): () => { mb: number; pids: number[] } {
  let peakKb = 0;
  const seen = new Set<number>();
  const poll = () => {
    for (const pid of childPids()) {
      seen.add(pid);
      try {
        peakKb = Math.max(peakKb, Number(/^VmHWM:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
      } catch {
        // The process ended between listing and reading.
      }
    }
  };
  const timer = setInterval(poll, 200);
  return () => {
    poll();
    clearInterval(timer);
    return { mb: peakKb / 1024, pids: [...seen] };
  };
}

/** Resolves once none of `pids` is alive any more (Node reaps them), so a parent's `time` counts their memory. */
async function waitForExit(pids: readonly number[]): Promise<void> {
  for (let tries = 0; tries < 100 && pids.some((pid) => existsSync(`/proc/${pid}`)); tries++) await new Promise((done) => setTimeout(done, 50));
}

/** Throws with Pagefind's messages when a call reported errors. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind ${step}: ${errors.join('; ')}`);
}

/**
 * Builds one index of `pages` (all meeting pages when `pages` is undefined) into `site/dir`
 * in a fresh Pagefind process, which it stops at the end; returns the pages indexed and the
 * process's peak memory.
 */
async function buildIndex(site: string, dir: string, pages: readonly IndexedPage[] | undefined): Promise<{ count: number; peakMb: number }> {
  const stopWatching = watchPeakMemory();
  const { index, errors } = await pagefind.createIndex({});
  check('createIndex', errors);
  if (index === undefined) throw new Error('pagefind createIndex: no index');
  let count: number;
  if (pages === undefined) {
    const added = await index.addDirectory({ path: site, glob: MEETINGS_GLOB });
    check('addDirectory', added.errors);
    count = added.page_count;
  } else {
    // Pagefind reads a folder natively (in parallel, in Rust) far faster than pages sent one
    // by one through its Node API (247 s against about 100 s for 93,000 pages), so the shard's
    // pages are hard-linked into a folder of their own, with the same paths from its root (so
    // the same URLs), and that folder is indexed. Links cost no copy; the folder is removed.
    const input = join(site, `${SHARD_INPUT_PREFIX}${dir}`);
    rmSync(input, { recursive: true, force: true });
    try {
      for (const page of pages) {
        const folder = join(input, MEETINGS_DIR, page.name);
        mkdirSync(folder, { recursive: true });
        linkSync(join(site, MEETINGS_DIR, page.name, 'index.html'), join(folder, 'index.html'));
      }
      const added = await index.addDirectory({ path: input, glob: MEETINGS_GLOB });
      check('addDirectory', added.errors);
      count = added.page_count;
    } finally {
      rmSync(input, { recursive: true, force: true });
    }
  }
  // The files come back in memory and are written here: Pagefind's own writeFiles answers
  // before its last file is flushed, and stopping the process then left an empty
  // pagefind-entry.json (seen on a 2,365-page index).
  const { files, errors: fileErrors } = await index.getFiles();
  check('getFiles', fileErrors);
  const merged = dir !== PRIMARY_INDEX_DIR;
  for (const file of files) {
    if (merged && !MERGED_INDEX_FILES.test(file.path.split('/')[0] ?? '')) continue;
    const target = join(site, dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  const { mb, pids } = stopWatching();
  await pagefind.close();
  await waitForExit(pids);
  return { count, peakMb: mb };
}

/** Deletes the index folders of an earlier run (`pagefind`, `pagefind-<from>-<to>`, and the linked input of a run that was stopped), so nothing stale is left. */
function removeOldIndexes(site: string): void {
  for (const entry of readdirSync(site, { withFileTypes: true })) {
    const stale = entry.name === PRIMARY_INDEX_DIR || /^pagefind-(\d{4}-\d{4}|undated)$/.test(entry.name) || entry.name.startsWith(SHARD_INPUT_PREFIX);
    if (entry.isDirectory() && stale) rmSync(join(site, entry.name), { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    'shard-pages': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help === true) {
  console.log(USAGE);
  process.exit(0);
}
const site = resolve(values.site ?? 'dist');
const maxPages = Number(values['shard-pages'] ?? process.env['ARCHIVE_SEARCH_SHARD_PAGES'] ?? DEFAULT_SHARD_PAGES);
if (!existsSync(site)) {
  console.error(`search-index: no site at ${site} (build it first: astro build)\n\n${USAGE}`);
  process.exit(2);
}

const started = performance.now();
const pages = readIndexedPages(site);
const perYear = new Map<string, number>();
for (const page of pages) perYear.set(page.year, (perYear.get(page.year) ?? 0) + 1);
let plan: ShardPlan[];
try {
  plan = planShards(perYear, maxPages);
} catch (error) {
  console.error(`search-index: ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
console.log(`search-index: ${pages.length} meeting pages in ${site}, read in ${((performance.now() - started) / 1000).toFixed(1)} s; ${plan.length === 1 ? 'one index' : `${plan.length} indexes of at most about ${maxPages} pages, by period`}`);

removeOldIndexes(site);
let peakMb = 0;
for (const [number, shard] of plan.entries()) {
  const shardStarted = performance.now();
  const years = new Set(shard.years);
  // One index: Pagefind reads the pages itself, as `pagefind --site` would.
  const { count, peakMb: mb } = await buildIndex(site, shard.dir, plan.length === 1 ? undefined : pages.filter((page) => years.has(page.year)));
  peakMb = Math.max(peakMb, mb);
  const span = shard.years.length === 0 ? 'no pages' : `${shard.years[0]}–${shard.years[shard.years.length - 1]}`;
  console.log(`  ${number + 1}/${plan.length} ${shard.dir}/: ${count} pages (${span}), ${((performance.now() - shardStarted) / 1000).toFixed(1)} s, Pagefind peak ${mb > 0 ? `${mb.toFixed(0)} MB` : 'unknown'}`);
  // Pagefind's count includes files under meetings/ it read but skipped for want of
  // data-pagefind-body (a former id's redirect page); fewer than planned means pages were lost.
  if (count < shard.pages) throw new Error(`${shard.dir}: Pagefind indexed ${count} pages, the plan has ${shard.pages}`);
}

const manifest: ShardManifest = { indexes: plan };
writeFileSync(join(site, PRIMARY_INDEX_DIR, SHARD_MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
console.log(`search-index: done in ${((performance.now() - started) / 1000).toFixed(1)} s, peak ${peakMb.toFixed(0)} MB (one Pagefind process at a time)`);
