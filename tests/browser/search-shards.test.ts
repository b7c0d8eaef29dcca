/**
 * Search over an index split by period, in a real browser: the real corpus (76 meeting
 * pages) built once, indexed as three indexes (`--shard-pages 30`, as a 100,000-meeting
 * archive is past 20,000), and the same build indexed as one, side by side. Every search
 * must give the same answers both ways: the same results, the same facet counts, the same
 * date order with undated meetings last, the person suggestion; and a year range loads only
 * the indexes of its years.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseShardManifest, type ShardManifest } from '../../src/lib/search-shards.ts';
import { buildAndServe, ROOT, serveSite, type BuiltAndServedSite, type ServedSite } from '../helpers/build-site.ts';
import { runNode } from '../helpers/run-node.ts';

const CHROMIUM = '/usr/bin/chromium';
const REAL_CORPUS = join(ROOT, '../shared/corpus/real');

let sharded: BuiltAndServedSite;
let single: ServedSite;
let singleDir: string;
let manifest: ShardManifest;
let browser: Browser;
let page: Page;
/** Console errors and uncaught exceptions since the page opened. */
const problems: string[] = [];

/** What a search shows, every result loaded. */
interface Shown {
  status: string;
  /** Each card: its link (without the paragraph) and its facts line (kind · date · place). */
  cards: { href: string; facts: string }[];
  /** Each facet's values with their counts, when the facets are open. */
  facets: string[];
  /** The index folders the search fetched from. */
  indexes: string[];
}

/** Opens `query` on the site at `url` and returns what it shows once every result is loaded. */
async function search(url: string, query: string, openFacets = false): Promise<Shown> {
  const fetched = new Set<string>();
  const listen = (request: { url: () => string }) => {
    const folder = /\/(pagefind[^/]*)\//.exec(new URL(request.url()).pathname)?.[1];
    if (folder !== undefined) fetched.add(folder);
  };
  page.on('request', listen);
  await page.goto(`${url}search/${query}`, { waitUntil: 'load' });
  const status = page.locator('#search-status');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/\bresults?\b/);
  const busy = () => page.locator('#search-results [aria-busy="true"]').count();
  await expect.poll(busy, { timeout: 15_000 }).toBe(0);
  while (await page.locator('#search-more').isVisible()) {
    await page.locator('#search-more').click();
    await expect.poll(busy, { timeout: 15_000 }).toBe(0);
  }
  if (openFacets && (await page.locator('#search-facets').getAttribute('open')) === null) await page.locator('#search-facets summary').click();
  if (openFacets) await expect.poll(() => page.locator('#search-facet-grid fieldset').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  page.off('request', listen);
  return {
    status: (await status.textContent()) ?? '',
    cards: await page.locator('#search-results > li').evaluateAll((items) =>
      items.map((item) => ({
        href: (item.querySelector('.search-result__title a')?.getAttribute('href') ?? '').replace(/[?#].*$/, ''),
        facts: item.querySelector('.search-result__facts')?.textContent ?? '',
      })),
    ),
    facets: await page.locator('#search-facet-grid fieldset').evaluateAll((sets) => sets.map((set) => [...set.querySelectorAll('label')].map((label) => label.textContent?.trim()).join(' | '))),
    indexes: [...fetched].sort(),
  };
}

/** The year of a card's facts line (`Talks · March 3, 2014 · Moscow`), `undated` when none. */
const yearOf = (facts: string): string => /\b(\d{4})\b/.exec(facts)?.[1] ?? 'undated';

/** The index folder that holds meetings of `year`, by the manifest. */
const indexOf = (year: string): string | undefined => manifest.indexes.find((shard) => shard.years.includes(year))?.dir;

beforeAll(async () => {
  sharded = await buildAndServe('/archive/', { input: REAL_CORPUS, searchShardPages: 30 });
  manifest = parseShardManifest(JSON.parse(readFileSync(join(sharded.dist, 'pagefind', 'shards.json'), 'utf8')));
  // The same pages as one index, to compare with.
  singleDir = mkdtempSync(join(tmpdir(), 'archive-single-index-'));
  cpSync(sharded.dist, singleDir, { recursive: true });
  runNode([join(ROOT, 'scripts/search-index.ts'), '--site', singleDir], {});
  single = await serveSite({ dist: singleDir, base: '/archive/' });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'] });
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await single?.close();
  if (singleDir !== undefined) rmSync(singleDir, { recursive: true, force: true });
  await sharded?.close();
});

describe('an index split by period', () => {
  test('three indexes of consecutive years hold every meeting page once; the merged ones carry no second copy of the library', () => {
    expect(manifest.indexes.map((shard) => shard.dir)).toEqual(['pagefind', 'pagefind-2016-2023', 'pagefind-2002-2015']);
    const one = parseShardManifest(JSON.parse(readFileSync(join(singleDir, 'pagefind', 'shards.json'), 'utf8')));
    expect(one.indexes).toHaveLength(1);
    expect(manifest.indexes.reduce((sum, shard) => sum + shard.pages, 0)).toBe(one.indexes[0]?.pages);
    expect(manifest.indexes.flatMap((shard) => shard.years).sort()).toEqual([...(one.indexes[0]?.years ?? [])].sort());
    for (const shard of manifest.indexes.slice(1)) {
      expect(existsSync(join(sharded.dist, shard.dir, 'pagefind-entry.json')), shard.dir).toBe(true);
      expect(existsSync(join(sharded.dist, shard.dir, 'pagefind.js')), shard.dir).toBe(false);
      expect(existsSync(join(sharded.dist, shard.dir, 'wasm.en.pagefind')), shard.dir).toBe(false);
    }
    // The single index of the copy replaced the three: no stale index is left beside it.
    expect(existsSync(join(singleDir, 'pagefind-2002-2015'))).toBe(false);
  });

  test('a name found in several periods: the same results as one index, from every index', async () => {
    problems.length = 0;
    const split = await search(sharded.url, '?q=lavrov');
    const whole = await search(single.url, '?q=lavrov');
    expect(split.status).toBe(whole.status);
    expect(split.cards.map((card) => card.href).sort()).toEqual(whole.cards.map((card) => card.href).sort());
    const periods = new Set(split.cards.map((card) => indexOf(yearOf(card.facts))));
    expect(periods.size, 'lavrov is in every period of this corpus').toBe(3);
    expect(split.indexes).toEqual(['pagefind', 'pagefind-2002-2015', 'pagefind-2016-2023']);
    expect(problems).toEqual([]);
  });

  test('a filter and a date order across indexes: newest and oldest first, undated last, as one index gives them', async () => {
    for (const sort of ['newest', 'oldest']) {
      const query = `?q=foreign+minister&kind=meeting&sort=${sort}`;
      const split = await search(sharded.url, query);
      const whole = await search(single.url, query);
      expect(split.status).toBe(whole.status);
      expect(split.status).toMatch(/narrowed to Meeting/);
      const years = split.cards.map((card) => yearOf(card.facts));
      expect(years.length).toBeGreaterThan(5);
      expect(new Set(years.map(indexOf)).size, query).toBeGreaterThan(1);
      // Dates in order, the undated ones after all the dated ones.
      const dated = years.filter((year) => year !== 'undated');
      expect(years.slice(0, dated.length)).toEqual(dated);
      expect(dated).toEqual([...dated].sort((a, b) => (sort === 'newest' ? b.localeCompare(a) : a.localeCompare(b))));
      expect(years.slice(dated.length).every((year) => year === 'undated')).toBe(true);
      expect(years).toEqual(whole.cards.map((card) => yearOf(card.facts)));
      for (const card of split.cards) expect(card.facts).toMatch(/^Meeting · /);
    }
  });

  test('facet counts add up across indexes', async () => {
    const split = await search(sharded.url, '?q=wang+yi&kind=talks', true);
    const whole = await search(single.url, '?q=wang+yi&kind=talks', true);
    expect(split.facets.length).toBe(6);
    expect(split.facets).toEqual(whole.facets);
    const browse = await search(sharded.url, '?topic=Ukraine+crisis', true);
    expect(browse.facets).toEqual((await search(single.url, '?topic=Ukraine+crisis', true)).facets);
  });

  test('a year range loads only the indexes of its years, and finds what one index finds', async () => {
    const query = '?q=wang+yi&from=2016&to=2023&sort=oldest';
    const split = await search(sharded.url, query);
    expect(split.indexes).toEqual(['pagefind', 'pagefind-2016-2023']);
    const whole = await search(single.url, query);
    expect(split.cards.map((card) => card.href)).toEqual(whole.cards.map((card) => card.href));
    expect(split.cards.length).toBeGreaterThan(0);
  });

  test('a name in another spelling still offers the person’s page', async () => {
    const split = await search(sharded.url, '?q=Sergei+Lavrov');
    expect(await page.locator('#search-people a').first().textContent()).toBe('Sergey Lavrov — person page');
    expect(split.cards.length).toBe((await search(single.url, '?q=Sergei+Lavrov')).cards.length);
  });
});
