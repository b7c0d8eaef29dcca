/**
 * The built site in a real browser (Debian's Chromium driven by playwright-core; nothing is
 * downloaded). One page of every kind the build produced, found in the output folder so pages
 * added later are covered too, is loaded on a phone (360×800) and a desktop (1280×900) in the
 * light and the dark colour scheme and must: not scroll sideways, log no console error, fetch
 * nothing from outside the site, and pass axe-core's WCAG 2.0/2.1/2.2 A and AA rules.
 * Full-page screenshots of every pass are kept in a temporary folder printed on the console.
 * Then the keyboard path (skip link) and the print stylesheet are checked.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAndServe, listPagePaths, ROOT } from '../helpers/build-site.ts';

const CHROMIUM = '/usr/bin/chromium';
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const VIEWPORTS = [
  { width: 360, height: 800 },
  { width: 1280, height: 900 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A URL no page has: the host answers with the site's 404 page, as a real host would. */
const MISSING = 'no-such-page/';

// The build runs while the file is collected, so every kind of page found becomes a test of its own.
const site = await buildAndServe();

/**
 * One page of each kind: the first path for every pattern of first segment and depth
 * (`people/` and `people/*`, `years/` and `years/*`, ...); home as '' and the 404 page at a
 * missing URL.
 */
function pickOnePerKind(paths: string[]): { kind: string; path: string }[] {
  const picked = new Map<string, string>();
  for (const path of paths) {
    if (path === '404.html') continue;
    const segments = path.split('/').filter((segment) => segment !== '');
    const kind = segments.length === 0 ? 'home' : segments.map((segment, i) => (i === 0 ? segment : '*')).join('/');
    if (!picked.has(kind)) picked.set(kind, path);
  }
  const pages = [...picked].map(([kind, path]) => ({ kind, path }));
  if (paths.includes('404.html')) pages.push({ kind: '404', path: MISSING });
  return pages;
}

const PAGES = pickOnePerKind(listPagePaths(site.dist));
const MEETING = PAGES.find(({ kind }) => kind === 'meetings/*');

let browser: Browser;
let page: Page;
let shots = '';
/** Console errors, uncaught exceptions and off-site requests since the last `load`. */
let problems: string[] = [];
/** The URL last loaded, and whether a 404 answer for it is expected. */
let current = { url: '', missing: false };

/** Loads a page of the site and waits for it to settle; clears the problems recorded so far. */
async function load(path: string): Promise<void> {
  problems = [];
  current = { url: new URL(path, site.url).href, missing: path === MISSING };
  const response = await page.goto(current.url, { waitUntil: 'load' });
  expect(response?.status(), `status of ${path}`).toBe(current.missing ? 404 : 200);
}

/** axe-core's WCAG A/AA violations on the loaded page, one readable line per rule. */
async function axeViolations(): Promise<string[]> {
  // Evaluated through DevTools, not added as an inline <script>: the site's Content Security
  // Policy (astro.config.mjs) blocks inline scripts, as it should.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_TAGS,
  );
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ')}]` : ''}`).join('; ')}`,
  );
}

beforeAll(async () => {
  shots = mkdtempSync(join(tmpdir(), 'archive-screenshots-'));
  console.log(`Browser screenshots: ${shots}`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', '--no-first-run', '--disable-extensions'],
  });
  page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The host answers a missing page with status 404, which Chromium reports as a failed load.
    if (current.missing && message.location().url === current.url && /status of 404/.test(message.text())) return;
    problems.push(`console error: ${message.text()} (${message.location().url || 'no location'})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !(current.missing && response.url() === current.url)) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const { protocol, origin } = new URL(request.url());
    if ((protocol === 'http:' || protocol === 'https:') && origin !== new URL(site.url).origin) problems.push(`off-site request: ${request.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await site.close();
});

describe('every kind of page', () => {
  test('the build has the pages the archive promises', () => {
    const kinds = PAGES.map(({ kind }) => kind);
    for (const kind of ['home', 'meetings/*', 'people', 'people/*', 'places', 'places/*', 'countries', 'countries/*', 'topics', 'topics/*', '404']) {
      expect(kinds, kind).toContain(kind);
    }
  });

  test.each(PAGES)('$kind ($path): fits the screen, logs no error, passes axe, light and dark', async ({ kind, path }) => {
    const failures: string[] = [];
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
      await load(path);
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ media: 'screen', colorScheme });
        const pass = `${viewport.width}px ${colorScheme}`;
        const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
        if (overflow.scroll > overflow.inner) failures.push(`${pass}: page is ${overflow.scroll}px wide in a ${overflow.inner}px window`);
        for (const violation of await axeViolations()) failures.push(`${pass}: ${violation}`);

        const file = join(shots, `${kind.replaceAll('/*', '-page').replace(/[^\w-]+/g, '_')}-${viewport.width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const png = readFileSync(file);
        expect(png.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is a PNG`).toBe(true);
        expect(statSync(file).size, `${file} has content`).toBeGreaterThan(1000);
      }
      for (const problem of problems) failures.push(`${viewport.width}px: ${problem}`);
    }
    expect(failures, `${kind} at ${path}`).toEqual([]);
  });
});

describe('colour scheme', () => {
  test('follows the reader’s preference: dark background and light text in dark mode', async () => {
    await page.setViewportSize(VIEWPORTS[1]);
    await load('');
    /** The relative luminance of the body's background and text, 0 (black) to 1 (white). */
    const luminance = () =>
      page.evaluate(() => {
        const probe = document.createElement('canvas').getContext('2d');
        const toLuminance = (css: string): number => {
          if (!probe) return Number.NaN;
          probe.fillStyle = css;
          probe.fillRect(0, 0, 1, 1);
          const [r = 0, g = 0, b = 0] = probe.getImageData(0, 0, 1, 1).data;
          const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
          return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        };
        const style = getComputedStyle(document.body);
        return { background: toLuminance(style.backgroundColor), text: toLuminance(style.color) };
      });
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    const light = await luminance();
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    const dark = await luminance();
    expect(light.background).toBeGreaterThan(0.9);
    expect(light.text).toBeLessThan(0.05);
    expect(dark.background).toBeLessThan(0.05);
    expect(dark.text).toBeGreaterThan(0.6);
  });
});

describe('keyboard', () => {
  test('the first Tab reaches the visible skip link, which moves focus into main', async () => {
    await page.setViewportSize(VIEWPORTS[0]);
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    await load('');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      const box = active?.getBoundingClientRect();
      const outline = active ? getComputedStyle(active).outlineStyle : '';
      return {
        className: active?.className ?? '',
        text: active?.textContent?.trim() ?? '',
        visible: box !== undefined && box.width > 0 && box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth,
        outline,
      };
    });
    expect(first.className).toContain('skip-link');
    expect(first.text).toBe('Skip to content');
    expect(first.visible, 'skip link on screen when focused').toBe(true);
    expect(first.outline, 'focus ring').not.toBe('none');

    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    // The skip link moves the sequential focus starting point to <main>: the next Tab lands inside it, past the header.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => ({
      inMain: document.activeElement?.closest('main') !== null,
      inHeader: document.activeElement?.closest('header') !== null,
    }));
    expect(next).toEqual({ inMain: true, inHeader: false });
  });
});

describe('print', () => {
  test('a meeting page prints black on white without navigation, skip link, footer or buttons', async () => {
    expect(MEETING, 'a meeting page was built').toBeDefined();
    await page.setViewportSize(VIEWPORTS[1]);
    // Dark preferred on screen: print must still be black on white.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await load(MEETING?.path ?? '');
    try {
      await expect.poll(() => page.locator('.site-nav').isVisible()).toBe(false);
      expect(await page.locator('.site-footer').isVisible()).toBe(false);
      expect(await page.locator('.skip-link').isVisible()).toBe(false);
      expect(await page.locator('button:visible').count()).toBe(0);
      expect(await page.locator('main h1').isVisible()).toBe(true);
      expect(await page.locator('.entry__text').isVisible()).toBe(true);
      const cites = await page.locator('.cite').count();
      for (let i = 0; i < cites; i++) expect(await page.locator('.cite').nth(i).isVisible(), 'the citation prints').toBe(true);

      const colours = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const link = document.querySelector('main a');
        return { background: body.backgroundColor, text: body.color, link: link ? getComputedStyle(link).color : 'rgb(0, 0, 0)' };
      });
      expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', link: 'rgb(0, 0, 0)' });

      // Addresses are printed after links that leave the site, and only after those.
      const after = await page.evaluate(() =>
        [...document.querySelectorAll('main a[href]')].map((a) => ({
          href: a.getAttribute('href') ?? '',
          inCite: a.closest('.cite') !== null,
          after: getComputedStyle(a, '::after').content,
        })),
      );
      expect(after.length).toBeGreaterThan(0);
      for (const { href, inCite, after: content } of after) {
        if (/^https?:\/\//.test(href) && !inCite) expect(content, href).toBe(`" (${href})"`);
        else expect(content, href).toMatch(/^(none|normal)$/);
      }
    } finally {
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    }
  });

  test('an external link prints its address, an internal one does not', async () => {
    await page.setViewportSize(VIEWPORTS[1]);
    await load('');
    await page.emulateMedia({ media: 'print' });
    try {
      const contents = await page.evaluate(() => {
        const main = document.querySelector('main');
        const external = document.createElement('a');
        external.href = 'https://example.org/bulletin';
        external.textContent = 'source';
        const internal = document.createElement('a');
        internal.href = `${document.querySelector('.site-name')?.getAttribute('href') ?? '/'}people/`;
        internal.textContent = 'people';
        main?.append(external, internal);
        return [getComputedStyle(external, '::after').content, getComputedStyle(internal, '::after').content];
      });
      expect(contents).toEqual(['" (https://example.org/bulletin)"', 'none']);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
