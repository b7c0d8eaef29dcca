/**
 * Long listings, built: a generated archive of 123 meetings of one person (Wang Yi), all held
 * in Beijing, all about energy and all naming Xi Jinping, with twelve counterparts from
 * Russia and the United States (and Angela Merkel named once, so Germany has a page but no
 * meeting). Every person, place, country and topic listing then runs to
 * several pages: each page exists, page 1 keeps the old URL and the summary, the pages link
 * to each other, and every meeting appears exactly once across them, newest first. One
 * build, under a sub-path so links that ignore the base fail.
 */
import { runNode } from '../helpers/run-node.ts';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toEntryMarkdown } from '../../src/ingest/serialise-entry.ts';
import { LISTING_PAGE_SIZE, PREVIEW_SIZE } from '../../src/lib/pagination.ts';
import { validateEntry, type Entry } from '../../src/schema/entry.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const BASE = '/archive/';

/** Meetings generated: two pages and a bit at 50 a page, so first, middle and last pages all occur. */
const COUNT = 123;
/** Counterparts 0–7 represent Russia, 8–11 the United States. */
const COUNTERPARTS = 12;
const countryOf = (k: number) => (k < 8 ? 'RU' : 'US');

/** One generated meeting: its id, and the counterpart's person id and country. */
interface Generated {
  id: string;
  counterpart: string;
  country: string;
}

/** Day `i` after 1 January 2015, as `YYYY-MM-DD`. */
function dayAfter(i: number): string {
  return new Date(Date.UTC(2015, 0, 1 + i)).toISOString().slice(0, 10);
}

/** Writes the archive into `dir`; returns the meetings oldest first. */
function writeEntries(dir: string): Generated[] {
  const generated: Generated[] = [];
  for (let i = 0; i < COUNT; i++) {
    const date = dayAfter(i);
    const k = i % COUNTERPARTS;
    const id = `${date}-wang-yi-envoy-${i.toString(16).padStart(6, '0')}`;
    const counterpart = `envoy-${k}`;
    const data = {
      id,
      title: `Wang Yi meets Envoy ${k} (${i})`,
      date,
      datePrecision: 'day',
      kind: 'meeting',
      participants: [
        { name: 'Wang Yi', person: 'wang-yi', role: 'Foreign Minister', country: 'CN' },
        { name: `Envoy ${k}`, person: counterpart, country: countryOf(k) },
      ],
      // Angela Merkel, named once, gives Germany a page with no meeting of its own.
      mentioned: [{ name: 'Xi Jinping', person: 'xi-jinping' }, ...(i === 0 ? [{ name: 'Angela Merkel', person: 'angela-merkel' }] : [])],
      location: { city: 'Beijing', country: 'CN', place: 'beijing-cn', coordinates: { lat: 39.9042, lon: 116.4074 } },
      topics: ['energy'],
      organizations: [],
      meeting: id,
      source: { file: `${id}.txt`, sha256: '0'.repeat(64) },
    };
    const result = validateEntry(data);
    if (!result.ok) throw new Error(`generated entry ${id} is invalid: ${result.errors.join('; ')}`);
    const entry: Entry = result.entry;
    mkdirSync(join(dir, date.slice(0, 4)), { recursive: true });
    writeFileSync(join(dir, date.slice(0, 4), `${id}.md`), toEntryMarkdown(entry, `Paragraph of ${id}.`));
    generated.push({ id, counterpart, country: countryOf(k) });
  }
  return generated;
}

let tmp = '';
let dist = '';
let meetings: Generated[] = [];

/** The built file of a root-relative URL under BASE. */
function fileOf(url: string): string {
  const path = decodeURIComponent(url.slice(BASE.length));
  return join(dist, path === '' || path.endsWith('/') ? join(path, 'index.html') : path);
}

const read = (url: string) => readFileSync(fileOf(url), 'utf8');

/** The `<section>` labelled by `headingId`, or '' when the page has none. */
function section(html: string, headingId: string): string {
  return new RegExp(`<section aria-labelledby="${headingId}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
}

/** The meeting ids a section lists, in order. */
function listed(html: string): string[] {
  return [...html.matchAll(new RegExp(`href="${BASE}meetings/([^/"]+)/"`, 'g'))].map((m) => m[1] ?? '');
}

/** The href of the page's link with `rel` (prev or next), if any. */
function relLink(html: string, rel: 'prev' | 'next'): string | undefined {
  return new RegExp(`<a href="([^"]+)" rel="${rel}"`).exec(html)?.[1];
}

/** A listing followed from its first page by the "next" links: each page's URL and HTML. */
function walk(first: string): { url: string; html: string }[] {
  const pages: { url: string; html: string }[] = [];
  for (let url: string | undefined = first; url !== undefined; url = relLink(read(url), 'next')) {
    expect(existsSync(fileOf(url)), `${url} is built`).toBe(true);
    expect(pages.length, `${first} ends`).toBeLessThan(COUNT);
    pages.push({ url, html: read(url) });
  }
  return pages;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'archive-pagination-'));
  const entries = join(tmp, 'entries');
  dist = join(tmp, 'dist');
  meetings = writeEntries(entries);
  // --force: the content layer caches entries by file; this folder is new on every run.
  runNode([ASTRO, 'build', '--force', '--outDir', dist], { ARCHIVE_ENTRIES_DIR: entries, BASE });
}, 300_000);

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

const newestFirst = (list: Generated[]) => [...list].reverse().map(({ id }) => id);

/** Each listing: its first page, the section holding its meetings, and the meetings it must list. */
const LISTINGS: { first: string; heading: string; expected: () => string[] }[] = [
  { first: `${BASE}people/wang-yi/`, heading: 'meetings-heading', expected: () => newestFirst(meetings) },
  { first: `${BASE}people/xi-jinping/named/`, heading: 'mentioned-heading', expected: () => newestFirst(meetings) },
  { first: `${BASE}places/beijing-cn/`, heading: 'meetings-heading', expected: () => newestFirst(meetings) },
  { first: `${BASE}topics/energy/`, heading: 'meetings-heading', expected: () => newestFirst(meetings) },
  { first: `${BASE}countries/cn/`, heading: 'meetings-heading', expected: () => newestFirst(meetings) },
  { first: `${BASE}countries/cn/hosted/`, heading: 'hosted-heading', expected: () => newestFirst(meetings) },
  { first: `${BASE}countries/cn/with/ru/`, heading: 'meetings-heading', expected: () => newestFirst(meetings.filter((m) => m.country === 'RU')) },
  { first: `${BASE}countries/cn/with/us/`, heading: 'meetings-heading', expected: () => newestFirst(meetings.filter((m) => m.country === 'US')) },
  { first: `${BASE}countries/ru/`, heading: 'meetings-heading', expected: () => newestFirst(meetings.filter((m) => m.country === 'RU')) },
  { first: `${BASE}people/envoy-0/`, heading: 'meetings-heading', expected: () => newestFirst(meetings.filter((m) => m.counterpart === 'envoy-0')) },
];

describe('long listings are paginated', () => {
  test.each(LISTINGS)('$first: every meeting once, newest first, 50 to a page, pages numbered below the old URL', ({ first, heading, expected }) => {
    const want = expected();
    const pages = walk(first);
    expect(pages).toHaveLength(Math.ceil(want.length / LISTING_PAGE_SIZE));
    pages.forEach(({ url, html }, i) => {
      expect(url).toBe(i === 0 ? first : `${first}${i + 1}/`);
      const ids = listed(section(html, heading));
      expect(ids.length, url).toBeLessThanOrEqual(LISTING_PAGE_SIZE);
      expect(ids, url).toEqual(want.slice(i * LISTING_PAGE_SIZE, (i + 1) * LISTING_PAGE_SIZE));
      // Back links mirror the forward ones.
      expect(relLink(html, 'prev'), url).toBe(i === 0 ? undefined : pages[i - 1]?.url);
    });
    const all = pages.flatMap(({ html }) => listed(section(html, heading)));
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(want);
    // No page beyond the last.
    expect(existsSync(fileOf(`${first}${pages.length + 1}/`))).toBe(false);
  });

  test('a later page says which meetings of how many it holds and numbers every page', () => {
    const html = read(`${BASE}topics/energy/2/`);
    expect(section(html, 'meetings-heading')).toContain('Meetings 51–100 of 123');
    for (const n of [1, 3]) expect(html).toContain(`href="${BASE}topics/energy/${n === 1 ? '' : `${n}/`}" aria-label="Page ${n}"`);
    expect(/<span aria-current="page"[^>]*>2<\/span>/.test(html)).toBe(true);
    expect(html).toContain('<title>Energy, page 2');
  });

  test("page 1 keeps the person's summary; later pages hold the meetings and a way back", () => {
    const first = read(`${BASE}people/wang-yi/`);
    expect(first).toContain('id="roles-heading"');
    const metWith = section(first, 'counterparts-heading');
    expect(listed(metWith)).toEqual([]);
    expect([...metWith.matchAll(/<li\b/g)]).toHaveLength(PREVIEW_SIZE);
    expect(metWith).toContain(`href="${BASE}people/wang-yi/met-with/"`);
    const all = read(`${BASE}people/wang-yi/met-with/`);
    for (let k = 0; k < COUNTERPARTS; k++) expect(all).toContain(`href="${BASE}people/envoy-${k}/"`);

    const later = read(`${BASE}people/wang-yi/2/`);
    expect(later).not.toContain('id="roles-heading"');
    expect(later).not.toContain('id="counterparts-heading"');
    expect(later).toContain(`href="${BASE}people/wang-yi/"`);
  });

  test('meetings that only name a person are previewed on their page and listed in full below it', () => {
    const preview = section(read(`${BASE}people/xi-jinping/`), 'mentioned-heading');
    expect(listed(preview)).toEqual(newestFirst(meetings).slice(0, PREVIEW_SIZE));
    expect(preview).toContain(`href="${BASE}people/xi-jinping/named/"`);
    // Wang Yi is never only named: no such listing.
    expect(existsSync(fileOf(`${BASE}people/wang-yi/named/`))).toBe(false);
  });

  test('a country page links each counterpart to its own list and the meetings it hosted', () => {
    const html = read(`${BASE}countries/cn/`);
    const counterparts = section(html, 'counterparts-heading');
    expect(counterparts).toContain(`href="${BASE}countries/cn/with/ru/"`);
    expect(counterparts).toContain(`href="${BASE}countries/cn/with/us/"`);
    expect(html).toContain(`href="${BASE}countries/cn/hosted/"`);
    // Russia's page, the other way round.
    expect(read(`${BASE}countries/ru/`)).toContain(`href="${BASE}countries/ru/with/cn/"`);
  });

  test("a country known only from a person's record has one page, saying it has no meetings", () => {
    const html = read(`${BASE}countries/de/`);
    expect(listed(section(html, 'meetings-heading'))).toEqual([]);
    expect(section(html, 'meetings-heading')).toContain('No meeting of the archive has Germany');
    expect(existsSync(fileOf(`${BASE}countries/de/2/`))).toBe(false);
    expect(existsSync(fileOf(`${BASE}countries/de/hosted/`))).toBe(false);
  });

  test('every site-internal link of every listing page resolves', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (name) => name.endsWith('index.html') && /^(people|places|countries|topics)\//.test(name),
    );
    expect(pages.length).toBeGreaterThan(20);
    for (const name of pages) {
      const html = readFileSync(join(dist, name), 'utf8');
      for (const [, url = ''] of html.matchAll(/href="(\/[^"#?]*)/g)) {
        expect(url.startsWith(BASE), `${url} on ${name}`).toBe(true);
        expect(existsSync(fileOf(url)), `${url} on ${name}`).toBe(true);
      }
    }
  });
});
