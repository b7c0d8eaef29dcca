/**
 * The Content Security Policy in a real browser (Debian's Chromium via playwright-core). The
 * home page, a meeting page and, once the build has one, the search page load without a single
 * CSP violation, first under the <meta> policy Astro writes (astro.config.mjs, security.csp),
 * then with the header policy of public/_headers added, as a host that reads that file would
 * send it. A positive control proves the policy is enforced and the listener hears it: an
 * injected inline script does not run and is reported. The copy buttons, the only script of
 * the site besides search, still copy the citation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAndServe, listPagePaths, ROOT, type BuiltAndServedSite } from '../helpers/build-site.ts';

const CHROMIUM = '/usr/bin/chromium';

/** A violation as the `securitypolicyviolation` event reports it. */
interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    /** Violations recorded by the init script since the page started loading. */
    cspViolations: Violation[];
  }
}

/** The headers public/_headers gives every path (`/*`), by lower-case name. */
function readHeadersFile(): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync(join(ROOT, 'public/_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (inAll && match) headers[(match[1] as string).toLowerCase()] = (match[2] as string).trim();
  }
  return headers;
}

let site: BuiltAndServedSite;
let browser: Browser;
/** The pages to load: home, one meeting, and the search page when the build has one. */
let pages: { name: string; path: string }[] = [];

beforeAll(async () => {
  site = await buildAndServe();
  const paths = listPagePaths(site.dist);
  const meeting = paths.find((path) => path.startsWith('meetings/'));
  if (meeting === undefined) throw new Error('the sample build has no meeting page');
  pages = [
    { name: 'home', path: '' },
    { name: 'meeting', path: meeting },
  ];
  // The search page is being added alongside this test: include it as soon as the build has it.
  // With a query, so Pagefind compiles its WebAssembly and fetches its index under the policy.
  if (existsSync(join(site.dist, 'search/index.html'))) pages.push({ name: 'search', path: 'search/?q=Lavrov' });
  console.log(`CSP test pages: ${pages.map(({ path }) => `/${path}`).join(', ')}`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', '--no-first-run', '--disable-extensions'],
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * A browser context that records CSP violations (the DOM event, and Chromium's console
 * message for each) on every page it opens; with `headerPolicy`, every response of the site
 * also carries the headers of public/_headers.
 */
async function newContext(headerPolicy: boolean): Promise<{ context: BrowserContext; page: Page; console: string[] }> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
  if (headerPolicy) {
    const headers = readHeadersFile();
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
    });
  }
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  return { context, page, console };
}

/**
 * Loads `path`, lets it settle, checks the response carries the header policy exactly when
 * `headerPolicy`, and returns the violations seen (DOM events and console lines).
 */
async function violationsOn(page: Page, console: string[], path: string, headerPolicy: boolean): Promise<string[]> {
  console.length = 0;
  const response = await page.goto(new URL(path, site.url).href, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  const sent = response?.headers()['content-security-policy'];
  if (headerPolicy) expect(sent, path).toContain("frame-ancestors 'none'");
  else expect(sent, path).toBeUndefined();
  const events = await page.evaluate(() => window.cspViolations);
  return [...events.map((v) => `${v.directive} blocked ${v.blocked || 'inline'} ${v.sample}`), ...console];
}

describe.each([
  { policy: 'the <meta> policy', headerPolicy: false },
  { policy: 'the <meta> and the _headers policy', headerPolicy: true },
])('$policy', ({ headerPolicy }) => {
  test('every page loads without a CSP violation', async () => {
    const { context, page, console } = await newContext(headerPolicy);
    try {
      const found: string[] = [];
      for (const { name, path } of pages) {
        const violations = await violationsOn(page, console, path, headerPolicy);
        if (name === 'search') {
          // The results prove Pagefind's script and WebAssembly ran; then look again.
          await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
          violations.push(...console, ...(await page.evaluate(() => window.cspViolations)).map((v) => `${v.directive} blocked ${v.blocked}`));
        }
        for (const violation of violations) found.push(`${name}: ${violation}`);
      }
      expect(found).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('an injected inline script and inline style are blocked and reported', async () => {
    const { context, page, console } = await newContext(headerPolicy);
    try {
      expect(await violationsOn(page, console, '', headerPolicy)).toEqual([]);
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.injectedScriptRan = true';
        document.head.append(script);
        document.body.setAttribute('style', 'background: red');
        // The violation events are dispatched asynchronously.
        await new Promise((resolve) => setTimeout(resolve, 100));
        return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan === true;
      });
      expect(ran).toBe(false);
      const directives = await page.evaluate(() => window.cspViolations.map((v) => v.directive));
      expect(directives.some((d) => d.startsWith('script-src'))).toBe(true);
      expect(directives.some((d) => d.startsWith('style-src'))).toBe(true);
      // The inline style attribute did not apply.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 0, 0)');
    } finally {
      await context.close();
    }
  });

  test('the copy buttons of a meeting page still copy the citation', async () => {
    const { context, page, console } = await newContext(headerPolicy);
    try {
      const meeting = pages.find(({ name }) => name === 'meeting')?.path ?? '';
      expect(await violationsOn(page, console, meeting, headerPolicy)).toEqual([]);
      const sources = await page.locator('[data-copy]').count();
      expect(sources).toBeGreaterThan(0);
      await expect.poll(() => page.locator('button.copy-button').count()).toBe(sources);
      for (let i = 0; i < sources; i++) {
        const expected = await page.locator('[data-copy]').nth(i).textContent();
        await page.locator('button.copy-button').nth(i).click();
        await expect.poll(() => page.locator('.copy-status').nth(i).textContent()).toBe('Copied');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      }
      expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
