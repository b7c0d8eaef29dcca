/**
 * Search in a real browser (Debian's Chromium driven by playwright-core), against the real
 * corpus (`../shared/corpus/real`, 83 bulletins) built once under `/archive/` with its
 * Pagefind index, as a reader would use it: type a name, narrow by kind, share the URL and
 * open it again, go back, open a result at its paragraph with the words marked, search from
 * the header with JavaScript off, find "Sergey" by typing "Sergei", and pass axe-core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAndServe, listPagePaths, ROOT, type BuiltAndServedSite } from '../helpers/build-site.ts';

const CHROMIUM = '/usr/bin/chromium';
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const REAL_CORPUS = join(ROOT, '../shared/corpus/real');

let site: BuiltAndServedSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Console errors and uncaught exceptions of the page since the test began. */
let problems: string[] = [];

/** Opens a path of the site (relative to its base). */
async function open(path: string): Promise<void> {
  const response = await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
}

/**
 * Waits until the live region reports the outcome of a search and every card drawn for it is
 * filled (cards are drawn at once and filled as their fragments arrive), and returns the sentence.
 */
async function settled(): Promise<string> {
  await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/\bresults?\b|Type at least/);
  await expect.poll(() => page.locator('#search-results [aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
  return (await page.locator('#search-status').textContent()) ?? '';
}

/** The result cards shown: title, link, facts line and participants. */
async function cards(): Promise<{ title: string; href: string; facts: string; people: string }[]> {
  return page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('.search-result__title')?.textContent?.trim() ?? '',
      href: item.querySelector('.search-result__title a')?.getAttribute('href') ?? '',
      facts: item.querySelector('.search-result__facts')?.textContent ?? '',
      people: item.querySelector('.search-result__people')?.textContent ?? '',
    })),
  );
}

/** Presses "Show more results" until every result is shown. */
async function showAll(): Promise<void> {
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const before = await page.locator('.search-result, .search-result__reports li').count();
    await more.click();
    await expect.poll(() => page.locator('.search-result, .search-result__reports li').count()).toBeGreaterThan(before);
  }
}

/** The number in "N results" of the live region. */
const countOf = (status: string): number => Number(/(\d+) results?/.exec(status)?.[1] ?? Number.NaN);

/** axe-core's WCAG A/AA violations on the loaded page, one line per rule. */
async function axeViolations(): Promise<string[]> {
  // Evaluated rather than added as a <script>: the site's Content Security Policy rightly blocks inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_TAGS,
  );
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
}

beforeAll(async () => {
  site = await buildAndServe('/archive/', { input: REAL_CORPUS });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', '--no-first-run', '--disable-extensions'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('searching', () => {
  test('typing a participant’s name finds their meetings, participants ranked above names in passing', async () => {
    problems = [];
    await open('search/');
    await page.fill('#search-q', 'putin');
    const status = await settled();
    await showAll();
    const found = await cards();
    // One card per meeting: two reports of one meeting are one card.
    const reports = found.length + (await page.locator('.search-result__reports li').count());
    expect(countOf(status)).toBe(reports);
    expect(found.length).toBeGreaterThan(3);
    expect(found[0]?.people).toContain('Vladimir Putin');
    // Every meeting he took part in comes before every meeting that only names him.
    const took = found.map((card) => card.people.includes('Vladimir Putin'));
    expect(took.indexOf(false), 'some result only names him').toBeGreaterThan(0);
    expect(took.slice(took.indexOf(false))).not.toContain(true);
    expect(new URL(page.url()).search).toBe('?q=putin');
    expect(problems).toEqual([]);
  });

  test('a query shorter than three letters shows a hint and loads no index', async () => {
    const fetched: string[] = [];
    const listen = (request: { url: () => string }) => fetched.push(request.url());
    await open('search/');
    page.on('request', listen);
    await page.fill('#search-q', 'pu');
    expect(await settled()).toBe('Type at least 3 letters to search.');
    page.off('request', listen);
    expect(fetched.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    expect(await page.locator('.search-result').count()).toBe(0);
  });

  test('a facet narrows the results and the URL follows; back restores the wider search', async () => {
    await open('search/?q=wang+yi');
    const all = countOf(await settled());
    // The facets wait, closed, until asked for: their data is the largest part of the index.
    expect(await page.locator('#search-facets').getAttribute('open')).toBeNull();
    expect(await page.locator('#search-facet-grid input').count()).toBe(0);
    await page.locator('#search-facets summary').click();
    await page.getByRole('checkbox', { name: /^Phone call/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('phone-call');
    await expect.poll(async () => countOf((await page.locator('#search-status').textContent()) ?? '')).toBeLessThan(all);
    const narrowed = await cards();
    expect(narrowed.length).toBeGreaterThan(0);
    for (const card of narrowed) expect(card.facts).toMatch(/^Phone call · /);
    expect(await page.getByRole('checkbox', { name: /^Phone call/ }).isChecked()).toBe(true);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=wang+yi');
    await expect.poll(async () => countOf((await page.locator('#search-status').textContent()) ?? '')).toBe(all);
    expect(await page.getByRole('checkbox', { name: /^Phone call/ }).isChecked()).toBe(false);
  });

  test('a shared search URL opens exactly that search: query, facet, sort and years', async () => {
    await open('search/?q=lavrov&kind=phone-call&sort=oldest&from=2014&to=2020');
    const status = await settled();
    expect(status).toMatch(/results? for “lavrov”, narrowed to Phone call, 2014–2020, oldest first\.$/);
    expect(await page.inputValue('#search-q')).toBe('lavrov');
    expect(await page.inputValue('#search-sort')).toBe('oldest');
    expect(await page.inputValue('#search-from')).toBe('2014');
    expect(await page.inputValue('#search-to')).toBe('2020');
    expect(await page.getByRole('checkbox', { name: /^Phone call/ }).isChecked()).toBe(true);
    const found = await cards();
    expect(found.length).toBeGreaterThan(1);
    const years = found.map((card) => Number(/\b(\d{4})$/.exec(card.facts)?.[1]));
    for (const year of years) {
      expect(year).toBeGreaterThanOrEqual(2014);
      expect(year).toBeLessThanOrEqual(2020);
    }
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    for (const card of found) expect(card.facts).toMatch(/^Phone call/);
  });

  test('a result opens its meeting at the paragraph holding the words, marked', async () => {
    await open('search/?q=kazan');
    await settled();
    const [first] = await cards();
    expect(first?.href).toMatch(/^\/archive\/meetings\/[^/]+\/\?highlight=kazan#p\d+$/);
    await page.locator('.search-result__title a').first().click();
    await page.waitForURL(/\/meetings\//);
    const paragraph = new URL(page.url()).hash.slice(1);
    await expect.poll(() => page.locator(`#${paragraph} mark.pagefind-highlight`).count()).toBeGreaterThan(0);
    expect((await page.locator(`#${paragraph} mark.pagefind-highlight`).first().textContent())?.toLowerCase()).toBe('kazan');
    // The paragraph is on screen.
    const onScreen = await page.evaluate((id) => {
      const box = document.getElementById(id)?.getBoundingClientRect();
      return box !== undefined && box.bottom > 0 && box.top < window.innerHeight;
    }, paragraph);
    expect(onScreen).toBe(true);
  });

  test('"Sergei Lavrov" finds a report that spells him "Sergey" and offers his page', async () => {
    // A report whose text writes "Sergey Lavrov" and never "Sergei".
    const sergeyOnly = listPagePaths(site.dist)
      .filter((path) => path.startsWith('meetings/'))
      .find((path) => {
        const text = /class="entry__text"[^>]*>([\s\S]*?)<\/div>/.exec(readFileSync(join(site.dist, path, 'index.html'), 'utf8'))?.[1] ?? '';
        return text.includes('Sergey Lavrov') && !text.includes('Sergei');
      });
    expect(sergeyOnly, 'the corpus has a report spelling him Sergey').toBeDefined();

    await open('search/');
    await page.fill('#search-q', 'Sergei Lavrov');
    await settled();
    await showAll();
    const hrefs = (await cards()).map((card) => card.href.replace(/[?#].*$/, ''));
    expect(hrefs).toContain(`/archive/${sergeyOnly}`);
    const person = page.locator('#search-people a').first();
    expect(await person.textContent()).toBe('Sergey Lavrov — person page');
    expect(await person.getAttribute('href')).toBe('/archive/people/sergey-lavrov/');
  });

  test('nothing found: says so and suggests what to try', async () => {
    await open('search/?q=qqzzxxkk&kind=phone-call');
    expect(await settled()).toMatch(/^0 results for “qqzzxxkk”/);
    expect(await page.locator('#search-none').isVisible()).toBe(true);
    const tips = await page.locator('#search-none-tips li').allTextContents();
    expect(tips.join('\n')).toMatch(/Remove the filters/);
    expect(tips.join('\n')).toMatch(/spelling/);
    expect(await page.locator('#search-none-tips a[href="/archive/search/?q=qqzzxxkk"]').count()).toBe(1);
  });

  test('with results shown the page passes axe-core, light and dark', async () => {
    await open('search/?q=lavrov&participant=Wang+Yi');
    await settled();
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(), colorScheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('on every page', () => {
  test('/ and Ctrl+K focus the header’s search box, and typing / into it types a slash', async () => {
    const meeting = listPagePaths(site.dist).find((path) => path.startsWith('meetings/'));
    await open(meeting ?? '');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.press('/');
    expect(await page.inputValue('#site-search-q')).toBe('/');
    await page.locator('main h1').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
  });

  test('a meeting page loads no search code unless it was opened from a result', async () => {
    const meeting = listPagePaths(site.dist).find((path) => path.startsWith('meetings/'));
    const fetched: string[] = [];
    const listen = (request: { url: () => string }) => fetched.push(request.url());
    page.on('request', listen);
    await open(meeting ?? '');
    page.off('request', listen);
    expect(fetched.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });

  test('without JavaScript the header’s form goes to the search page with the query', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    try {
      const plain = await noScript.newPage();
      await plain.goto(new URL('people/', site.url).href);
      await plain.fill('#site-search-q', 'Sergei Lavrov');
      await plain.press('#site-search-q', 'Enter');
      await plain.waitForURL(/\/search\//);
      const url = new URL(plain.url());
      expect(url.pathname).toBe('/archive/search/');
      expect(url.searchParams.get('q')).toBe('Sergei Lavrov');
      // The page says why nothing is searched. (Chromium's switch for JavaScript leaves the HTML
      // parser's scripting flag on, so <noscript> is not rendered here; its text is checked instead.)
      expect(await plain.locator('noscript').textContent()).toContain('Searching needs JavaScript');
      expect(await plain.locator('main a[href="/archive/people/"]').count()).toBeGreaterThan(0);
    } finally {
      await noScript.close();
    }
  });
});
