/**
 * Permalinks that never break, on a built site: the sample corpus is ingested, then ingested
 * again after one bulletin's date was corrected (its id changes) and the other bulletin was
 * removed; the site built from the second run (one build, under a sub-path) must answer the
 * old id with a redirect page to the new one, the removed id with a "withdrawn" page (not the
 * 404), list the redirect in `_redirects`, and keep both pages out of the sitemap. The pages
 * must pass html-validate and the link check like every other page.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveSite, type ServedSite } from '../helpers/build-site.ts';
import { ROOT, runNode } from '../helpers/run-node.ts';
import { checkLinks, formatBrokenLink, formatHtmlProblem, validateHtml } from '../helpers/site-checks.ts';
import { LedgerSchema, type Ledger } from '../../src/schema/ledger.ts';

const BASE = '/archive/';
const SITE = 'https://records.example.org';
const CORRECTED = '003_7429d5b04bd00a51.txt';
const REMOVED = '000_dcbf2027460c5d9e.txt';

let tmp = '';
let dist = '';
let first: Ledger;
let ledger: Ledger;
let served: ServedSite;
/** The corrected bulletin's first id, its new id, and the removed bulletin's id. */
let oldId = '';
let newId = '';
let goneId = '';

const page = (id: string): string => readFileSync(join(dist, 'meetings', id, 'index.html'), 'utf8');
const readLedger = (path: string): Ledger => LedgerSchema.parse(JSON.parse(readFileSync(path, 'utf8')));

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'archive-permalinks-'));
  const input = join(tmp, 'raw');
  const entries = join(tmp, 'entries');
  dist = join(tmp, 'dist');
  await cp(join(ROOT, 'content/raw'), input, { recursive: true });
  const ingest = [join(ROOT, 'scripts/ingest.ts'), '--input', input, '--out', entries, '--report', join(tmp, 'report.json')];
  runNode(ingest);
  first = readLedger(join(tmp, 'ids.json'));

  const text = await readFile(join(input, CORRECTED), 'utf8');
  await writeFile(join(input, CORRECTED), text.replace('January 21, 2014', 'January 22, 2014'));
  await rm(join(input, REMOVED));
  runNode(ingest);
  // The site finds the ledger beside the entries folder (tmp/ids.json), where the ingest wrote it.
  ledger = readLedger(join(tmp, 'ids.json'));
  oldId = first.sources[CORRECTED]?.id ?? '';
  newId = ledger.sources[CORRECTED]?.id ?? '';
  goneId = first.sources[REMOVED]?.id ?? '';

  runNode([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', dist], {
    ARCHIVE_ENTRIES_DIR: entries,
    ARCHIVE_RAW_DIR: input,
    BASE,
    SITE,
  });
  served = await serveSite({ dist, base: BASE });
});

afterAll(async () => {
  await served?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('the second ingest recorded a redirect and a withdrawal', () => {
  expect(oldId).not.toBe('');
  expect(newId).not.toBe(oldId);
  expect(ledger.redirects).toEqual({ [oldId]: newId });
  expect(Object.keys(ledger.withdrawn)).toEqual([goneId]);
});

describe('the old id of a changed entry', () => {
  test('is a static redirect page to the new page: meta refresh, canonical, visible link, noindex', () => {
    const html = page(oldId);
    const to = `${BASE}meetings/${newId}/`;
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
    expect(html).toContain(`<link rel="canonical" href="${SITE}${to}">`);
    expect(html).toContain(`<a href="${to}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    // The target is a real page of this build.
    expect(existsSync(join(dist, 'meetings', newId, 'index.html'))).toBe(true);
  });

  test('is served (200) where the old URL was, and its target is too', async () => {
    const old = await fetch(new URL(`meetings/${oldId}/`, served.url), { redirect: 'manual' });
    expect(old.status).toBe(200);
    expect(await old.text()).toContain('http-equiv="refresh"');
    expect((await fetch(new URL(`meetings/${newId}/`, served.url))).status).toBe(200);
  });

  test('has a JSON stub at the old .json address naming the new id', () => {
    const stub = JSON.parse(readFileSync(join(dist, 'meetings', `${oldId}.json`), 'utf8')) as unknown;
    expect(stub).toEqual({
      id: oldId,
      status: 'moved',
      redirect: newId,
      url: `${SITE}${BASE}meetings/${newId}/`,
      json: `${SITE}${BASE}meetings/${newId}.json`,
    });
  });

  test('is listed in _redirects at the root of dist, with the base path', () => {
    const lines = readFileSync(join(dist, '_redirects'), 'utf8').split('\n');
    expect(lines).toContain(`${BASE}meetings/${oldId}/ ${BASE}meetings/${newId}/ 301`);
    expect(lines).toContain(`${BASE}meetings/${oldId}.json ${BASE}meetings/${newId}.json 301`);
    expect(lines.filter((line) => line.endsWith(' 301'))).toHaveLength(2);
  });
});

describe('the id of a removed bulletin', () => {
  test('is a "withdrawn" page saying what it was and why, noindex, not the 404 page', async () => {
    const response = await fetch(new URL(`meetings/${goneId}/`, served.url));
    expect(response.status).toBe(200);
    const html = await response.text();
    const was = first.sources[REMOVED];
    expect(html).toContain('Withdrawn entry');
    expect(html).toContain(`<h1>${was?.title ?? ''}</h1>`);
    expect(html).toContain(`<code>${REMOVED}</code>`);
    expect(html).toContain(`<code>${was?.sha256 ?? ''}</code>`);
    expect(html).toContain('Its source file is no longer in the input folder.');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`href="${BASE}"`);
    expect(html).not.toContain('Page not found');
    // A never-published id still gets the 404 page, so the check above can tell them apart.
    const missing = await fetch(new URL('meetings/2000-01-01-nobody-000000/', served.url));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
  });

  test('has a JSON stub saying it was withdrawn', () => {
    const stub = JSON.parse(readFileSync(join(dist, 'meetings', `${goneId}.json`), 'utf8')) as { status: string; reason: string; source: { file: string } };
    expect(stub.status).toBe('withdrawn');
    expect(stub.source.file).toBe(REMOVED);
    expect(stub.reason).toBe('its source file is no longer in the input folder');
  });
});

test('the sitemap lists the new page, not the redirect or withdrawn pages', () => {
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain(`${SITE}${BASE}meetings/${newId}/`);
  expect(sitemap).not.toContain(`meetings/${oldId}/`);
  expect(sitemap).not.toContain(`meetings/${goneId}/`);
});

test('both pages pass html-validate, and no link on or to them is broken', async () => {
  const retired = [`meetings/${oldId}/index.html`, `meetings/${goneId}/index.html`];
  const { errors } = await validateHtml(dist);
  expect(errors.filter((problem) => retired.includes(problem.file)).map(formatHtmlProblem)).toEqual([]);
  const links = await checkLinks({ dist, url: served.url });
  const touches = (url: string | undefined) => url !== undefined && (url.includes(oldId) || url.includes(goneId));
  expect(links.broken.filter((link) => touches(link.url) || touches(link.parent)).map(formatBrokenLink)).toEqual([]);
  expect(links.checked).toBeGreaterThan(0);
});
