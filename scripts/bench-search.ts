/**
 * `npm run bench:search [-- --site DIR --base /] [--corpus DIR ...] [--shard-pages N]`: what a
 * search costs a reader, measured in headless Chromium against a built and served site.
 *
 * Each query is typed into the search box a key at a time, as a reader types. For each site:
 * the bytes fetched for the first query on a fresh page (pagefind.js, its worker, the
 * WebAssembly, the manifest of indexes, the entry and metadata files, filter and index chunks,
 * the result fragments, /search/people.json), counted from the network responses, raw and as
 * a host that gzips text would send them (Pagefind's own files are compressed already); the
 * bytes each later query adds; and the time from the end of typing, less the typing debounce,
 * to the count announced, to the first result card shown and to the first page of cards
 * filled (median and slowest). By default it builds the sample corpus (content/raw) and the
 * real corpus (../shared/corpus/real, when present) with the test helpers' `buildSite`
 * (`--shard-pages N` splits their search index); `--site` measures a site already built and
 * indexed (`--dist` is the same). A report of figures, not a timed test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { parseShardManifest } from '../src/lib/search-shards.ts';
import { SEARCH_DEBOUNCE_MS } from '../src/lib/search-state.ts';
import { buildSite, ROOT, serveSite, type BuiltSite } from '../tests/helpers/build-site.ts';

const CHROMIUM = '/usr/bin/chromium';
/** Queries a reader might type: names (one in another spelling), places, topics, common words. */
const QUERIES = ['lavrov', 'wang yi', 'ukraine', 'beijing', 'sergei lavrov', 'trade', 'climate change', 'summit', 'putin', 'moscow', 'nuclear', 'cooperation', 'xi jinping', 'washington', 'sanctions', 'energy'];
/** Milliseconds between two keys typed. */
const KEY_INTERVAL_MS = 80;

/** The parts of the search bundle, by file name. */
const PARTS: [string, RegExp][] = [
  ['library', /pagefind(-worker)?\.js$/],
  ['wasm', /\.pagefind$/],
  ['manifest', /shards\.json$/],
  ['meta', /pagefind-entry\.json$|\.pf_meta$/],
  ['filters', /\.pf_filter$/],
  ['index', /\.pf_index$/],
  ['fragments', /\.pf_fragment$/],
  ['people', /people\.json$/],
];

/** Bytes per part of the search bundle. */
type Bytes = Record<string, number>;

/** Parts a static host compresses on the way (text); Pagefind's chunks and WebAssembly are gzip inside already. */
const TEXT_PARTS = new Set(['library', 'manifest', 'people']);

/**
 * Adds the body of every search response the page receives to `bytes` (and its gzipped size,
 * for text parts, to `sent`), until the returned function is called.
 */
function countBytes(page: Page, bytes: Bytes, sent: Bytes): () => Promise<void> {
  const pending: Promise<void>[] = [];
  const listener = (response: Response) => {
    const part = PARTS.find(([, pattern]) => pattern.test(new URL(response.url()).pathname))?.[0];
    if (part === undefined) return;
    pending.push(
      response
        .body()
        .then((body) => {
          bytes[part] = (bytes[part] ?? 0) + body.length;
          sent[part] = (sent[part] ?? 0) + (TEXT_PARTS.has(part) ? gzipSync(body).length : body.length);
        })
        .catch(() => undefined),
    );
  };
  page.on('response', listener);
  return async () => {
    page.off('response', listener);
    await Promise.all(pending);
  };
}

/** Milliseconds from the end of typing a query, less the debounce, to what the reader sees. */
interface QueryTimes {
  /** The live region announces the count. */
  count: number;
  /** The first result card is filled (or the count, when nothing was found). */
  first: number;
  /** Every card of the first page is filled. */
  all: number;
}

/**
 * Types `query` into the search box a key at a time (after clearing it) and resolves with
 * the times from the last key plus the debounce to the count, the first card and all cards.
 */
async function typeQuery(page: Page, query: string): Promise<QueryTimes> {
  return page.evaluate(
    ({ q, interval, debounce }) =>
      new Promise<QueryTimes>((done, fail) => {
        const status = document.getElementById('search-status');
        const list = document.getElementById('search-results');
        const input = document.getElementById('search-q');
        if (!(status && list && input instanceof HTMLInputElement)) return fail(new Error('not the search page'));
        let typed = 0;
        const times: Partial<QueryTimes> = {};
        const check = () => {
          if (typed === 0) return;
          const now = performance.now() - typed;
          const text = status.textContent ?? '';
          if (!(/\bresults? for “/.test(text) && text.includes(`“${q}”`))) return;
          times.count ??= now;
          const none = /^0 results/.test(text);
          if (none || list.querySelector('li.search-result:not([aria-busy]) h2') !== null) times.first ??= now;
          if (none || (list.dataset['loading'] === '0' && list.querySelector('[aria-busy="true"]') === null)) times.all ??= now;
          if (times.all !== undefined && times.first !== undefined) {
            observer.disconnect();
            done(times as QueryTimes);
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, characterData: true, subtree: true, attributes: true });
        input.focus();
        input.value = '';
        let index = 0;
        const key = () => {
          index += 1;
          input.value = q.slice(0, index);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          if (index < q.length) setTimeout(key, interval);
          // The debounce is the reader's pause, not the search's time.
          else typed = performance.now() + debounce;
        };
        key();
        setTimeout(() => fail(new Error(`no results for "${q}" in 30 s`)), 30_000);
      }),
    { q: query, interval: KEY_INTERVAL_MS, debounce: SEARCH_DEBOUNCE_MS },
  );
}

const sum = (bytes: Bytes) => Object.values(bytes).reduce((a, b) => a + b, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)}`;
/** The value below which nine tenths of `values` fall (nearest rank). */
const ninetieth = (values: number[]) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(values.length * 0.9) - 1)] ?? 0;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** One site's figures. */
interface Figures {
  name: string;
  pages: number;
  indexes: number;
  first: Bytes;
  firstSent: Bytes;
  later: number[];
  laterSent: number[];
  times: QueryTimes[];
}

/** Measures the search of the site served at `url`. */
async function measure(browser: Browser, name: string, url: string, pages: number, indexes: number): Promise<Figures> {
  // First query: a fresh context, so nothing is cached.
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await fresh.newPage();
  await page.goto(`${url}search/`, { waitUntil: 'load' });
  const first: Bytes = {};
  const firstSent: Bytes = {};
  const stopFirst = countBytes(page, first, firstSent);
  const [firstQuery = 'lavrov', ...rest] = QUERIES;
  const times = [await typeQuery(page, firstQuery)];
  await page.waitForLoadState('networkidle');
  await stopFirst();
  // Later queries on the same page: what each one adds.
  const later: number[] = [];
  const laterSent: number[] = [];
  for (const query of rest) {
    const bytes: Bytes = {};
    const sent: Bytes = {};
    const stop = countBytes(page, bytes, sent);
    times.push(await typeQuery(page, query));
    await page.waitForLoadState('networkidle');
    await stop();
    later.push(sum(bytes));
    laterSent.push(sum(sent));
  }
  await fresh.close();
  return { name, pages, indexes, first, firstSent, later, laterSent, times };
}

/** The number of meeting pages of a built site (what Pagefind indexes). */
async function countMeetings(dist: string): Promise<number> {
  return existsSync(join(dist, 'meetings')) ? readdirSync(join(dist, 'meetings'), { withFileTypes: true }).filter((d) => d.isDirectory()).length : 0;
}

const USAGE = `Usage: npm run bench:search -- [--site DIR --base /] [--corpus DIR ...] [--shard-pages N]

Types 16 queries into the search page of a served site in headless Chromium and prints the
bytes each costs and the time to results (a report, not a timed test).

Options:
      --site DIR        measure a site already built and indexed (--dist is the same)
      --base PATH       the base path that site was built with (default: /archive/;
                        npm run build and npm run bench build with /)
      --corpus DIR      build and measure these raw folders instead (default: content/raw and
                        ../shared/corpus/real when present); repeatable
      --shard-pages N   split the search index of the sites it builds past N pages
  -h, --help            show this help`;

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    dist: { type: 'string' },
    base: { type: 'string', default: '/archive/' },
    corpus: { type: 'string', multiple: true },
    'shard-pages': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

/** How many search indexes a built site has, by its manifest (1 without one: plain `pagefind --site`). */
function countIndexes(dist: string): number {
  const file = join(dist, 'pagefind', 'shards.json');
  return existsSync(file) ? parseShardManifest(JSON.parse(readFileSync(file, 'utf8'))).indexes.length : 1;
}

const sites: { name: string; site: Pick<BuiltSite, 'dist' | 'base'>; remove?: () => void }[] = [];
const given = values.site ?? values.dist;
if (given !== undefined) {
  sites.push({ name: given, site: { dist: resolve(given), base: values.base ?? '/' } });
} else {
  const corpora = values.corpus ?? ['content/raw', ...(existsSync(join(ROOT, '../shared/corpus/real')) ? [join(ROOT, '../shared/corpus/real')] : [])];
  const shardPages = values['shard-pages'] === undefined ? undefined : Number(values['shard-pages']);
  for (const input of corpora) {
    console.error(`building ${input} ...`);
    const built = buildSite(values.base ?? '/archive/', { input, ...(shardPages === undefined ? {} : { searchShardPages: shardPages }) });
    sites.push({ name: relative(ROOT, resolve(ROOT, input)), site: built, remove: built.remove });
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const results: Figures[] = [];
try {
  for (const { name, site } of sites) {
    const served = await serveSite(site);
    try {
      results.push(await measure(browser, name, served.url, await countMeetings(site.dist), countIndexes(site.dist)));
    } finally {
      await served.close();
    }
  }
} finally {
  await browser.close();
  for (const { remove } of sites) remove?.();
}

const spread = (values: number[]) => `${median(values).toFixed(0)} / ${ninetieth(values).toFixed(0)} / ${Math.max(...values).toFixed(0)}`;
const header = [
  'site',
  'pages',
  'indexes',
  'first query KB (gzip)',
  `of which: ${PARTS.map(([part]) => part).join(' / ')}`,
  'later query KB, gzip (median / max)',
  'ms to count (median / 90% / max)',
  'ms to first card',
  'ms to all cards',
];
const rows = results.map((r) => [
  r.name,
  String(r.pages),
  String(r.indexes),
  `${kb(sum(r.first))} (${kb(sum(r.firstSent))})`,
  PARTS.map(([part]) => kb(r.first[part] ?? 0)).join(' / '),
  `${kb(median(r.laterSent))} / ${kb(Math.max(0, ...r.laterSent))}`,
  spread(r.times.map((t) => t.count)),
  spread(r.times.map((t) => t.first)),
  spread(r.times.map((t) => t.all)),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
console.log(`queries: ${QUERIES.map((q) => `“${q}”`).join(', ')} (typed ${KEY_INTERVAL_MS} ms a key; the first on a fresh page, the rest after it; times from the last key + the ${SEARCH_DEBOUNCE_MS} ms debounce)`);
console.log(line(header));
for (const row of rows) console.log(line(row));
for (const r of results) {
  console.log(`\n${r.name}: per query, ms to count / first card / all cards, and KB added (gzip)`);
  QUERIES.forEach((query, index) => {
    const t = r.times[index];
    const added = index === 0 ? sum(r.firstSent) : (r.laterSent[index - 1] ?? 0);
    if (t !== undefined) console.log(`  ${query.padEnd(16)} ${t.count.toFixed(0).padStart(5)} ${t.first.toFixed(0).padStart(5)} ${t.all.toFixed(0).padStart(5)}   ${kb(added).padStart(6)}`);
  });
}
