/**
 * `npm run bench:search [-- --dist DIR --base /archive/] [--corpus DIR ...]`: what a search
 * costs a reader, measured in headless Chromium against a built and served site.
 *
 * For each site: the bytes fetched for the first query on a fresh page (pagefind.js, its
 * worker, the WebAssembly, the entry and metadata files, the filter index, the index chunks,
 * the result fragments, /search/people.json), counted from the network responses; the bytes
 * a later query adds; and the time from submitting a query to its results shown (median and
 * slowest of several queries; submitted with Enter, so Pagefind's typing debounce is not
 * counted). By default it builds the sample corpus (content/raw) and the real corpus
 * (../shared/corpus/real, when present) with the test helpers' `buildSite`; `--dist` measures
 * a site already built and indexed. A report of figures, not a timed test.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { buildSite, ROOT, serveSite, type BuiltSite } from '../tests/helpers/build-site.ts';

const CHROMIUM = '/usr/bin/chromium';
/** Queries a reader might type: names (one in another spelling), places, topics, common words. */
const QUERIES = ['lavrov', 'wang yi', 'ukraine', 'beijing', 'sergei lavrov', 'trade', 'climate change', 'summit'];

/** The parts of the search bundle, by file name. */
const PARTS: [string, RegExp][] = [
  ['library', /pagefind(-worker)?\.js$/],
  ['wasm', /\.pagefind$/],
  ['meta', /pagefind-entry\.json$|\.pf_meta$/],
  ['filters', /\.pf_filter$/],
  ['index', /\.pf_index$/],
  ['fragments', /\.pf_fragment$/],
  ['people', /people\.json$/],
];

/** Bytes per part of the search bundle. */
type Bytes = Record<string, number>;

/** Adds the body of every search response the page receives to `bytes`, until the returned function is called. */
function countBytes(page: Page, bytes: Bytes): () => Promise<void> {
  const pending: Promise<void>[] = [];
  const listener = (response: Response) => {
    const part = PARTS.find(([, pattern]) => pattern.test(new URL(response.url()).pathname))?.[0];
    if (part === undefined) return;
    pending.push(
      response
        .body()
        .then((body) => {
          bytes[part] = (bytes[part] ?? 0) + body.length;
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

/** Submits `query` in the search form and resolves with the milliseconds until the live region reports its results. */
async function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((done, fail) => {
        const status = document.getElementById('search-status');
        const form = document.getElementById('search-form');
        const input = document.getElementById('search-q');
        if (!(status && form instanceof HTMLFormElement && input instanceof HTMLInputElement)) return fail(new Error('not the search page'));
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (/\bresults? for “/.test(status.textContent ?? '') && (status.textContent ?? '').includes(q)) {
            observer.disconnect();
            done(performance.now() - start);
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = q;
        form.requestSubmit();
      }),
    query,
  );
}

const sum = (bytes: Bytes) => Object.values(bytes).reduce((a, b) => a + b, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)}`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** One site's figures. */
interface Figures {
  name: string;
  pages: number;
  first: Bytes;
  later: number[];
  times: number[];
}

/** Measures the search of the site served at `url`. */
async function measure(browser: Browser, name: string, url: string, pages: number): Promise<Figures> {
  // First query: a fresh context, so nothing is cached.
  const fresh = await browser.newContext();
  const page = await fresh.newPage();
  await page.goto(`${url}search/`, { waitUntil: 'load' });
  const first: Bytes = {};
  const stopFirst = countBytes(page, first);
  const [firstQuery = 'lavrov', ...rest] = QUERIES;
  const times = [await timeQuery(page, firstQuery)];
  await page.waitForLoadState('networkidle');
  await stopFirst();
  // Later queries on the same page: what each one adds.
  const later: number[] = [];
  for (const query of rest) {
    const bytes: Bytes = {};
    const stop = countBytes(page, bytes);
    times.push(await timeQuery(page, query));
    await page.waitForLoadState('networkidle');
    await stop();
    later.push(sum(bytes));
  }
  await fresh.close();
  return { name, pages, first, later, times };
}

/** The number of meeting pages of a built site (what Pagefind indexes). */
async function countMeetings(dist: string): Promise<number> {
  const { readdirSync } = await import('node:fs');
  return existsSync(join(dist, 'meetings')) ? readdirSync(join(dist, 'meetings'), { withFileTypes: true }).filter((d) => d.isDirectory()).length : 0;
}

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    base: { type: 'string', default: '/archive/' },
    corpus: { type: 'string', multiple: true },
  },
});

const sites: { name: string; site: Pick<BuiltSite, 'dist' | 'base'>; remove?: () => void }[] = [];
if (values.dist !== undefined) {
  sites.push({ name: values.dist, site: { dist: resolve(values.dist), base: values.base ?? '/' } });
} else {
  const corpora = values.corpus ?? ['content/raw', ...(existsSync(join(ROOT, '../shared/corpus/real')) ? [join(ROOT, '../shared/corpus/real')] : [])];
  for (const input of corpora) {
    console.error(`building ${input} ...`);
    const built = buildSite(values.base ?? '/archive/', { input });
    sites.push({ name: relative(ROOT, resolve(ROOT, input)), site: built, remove: built.remove });
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const results: Figures[] = [];
try {
  for (const { name, site } of sites) {
    const served = await serveSite(site);
    try {
      results.push(await measure(browser, name, served.url, await countMeetings(site.dist)));
    } finally {
      await served.close();
    }
  }
} finally {
  await browser.close();
  for (const { remove } of sites) remove?.();
}

const header = ['site', 'pages', 'first query KB', 'of which: library / wasm / meta / filters / index / fragments / people', 'later query KB (median / max)', 'ms to results (median / slowest)'];
const rows = results.map((r) => [
  r.name,
  String(r.pages),
  kb(sum(r.first)),
  PARTS.map(([part]) => kb(r.first[part] ?? 0)).join(' / '),
  `${kb(median(r.later))} / ${kb(Math.max(0, ...r.later))}`,
  `${median(r.times).toFixed(0)} / ${Math.max(...r.times).toFixed(0)}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
console.log(`queries: ${QUERIES.map((q) => `“${q}”`).join(', ')} (the first on a fresh page, the rest after it)`);
console.log(line(header));
for (const row of rows) console.log(line(row));
