/**
 * The reading room, built: the home page's holdings and timeline chart, the chronology
 * (/years/, year pages, month pages with pagination, the undated listing) and their links.
 * Two builds under a sub-path: the hand-written fixture entries (tests/fixtures/site-entries,
 * whose dates span 2014–2020 with gaps, a month-precision meeting and an undated one), and a
 * generated archive with 61 meetings in one month, so a month page runs to a second page.
 * Nothing in the working tree is touched except Astro's own caches.
 */
import { runNode } from '../helpers/run-node.ts';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toEntryMarkdown } from '../../src/ingest/serialise-entry.ts';
import { validateEntry, type Entry } from '../../src/schema/entry.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
// Built under a sub-path so every link is checked for respecting `base`.
const BASE = '/archive/';
const FIXTURE_ENTRIES = join(ROOT, 'tests/fixtures/site-entries');
const FIXTURE_REGISTRY = join(ROOT, 'tests/fixtures/site-registry');


/**
 * What a build reads from the project. Builds run in a temporary root holding a copy of
 * these, so Astro's caches (`.astro/`: the content data store, prerender chunks) are this
 * test's own: Vitest runs test files in parallel, and two builds sharing one `.astro/` read
 * each other's half-written store. They are copied, not linked: Astro's compiler loses
 * track of a page's styles when the page is reached through a symlinked folder.
 */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A fresh build root inside `dir`: the project's sources copied, its node_modules linked. */
function makeBuildRoot(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const name of PROJECT_FILES) if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Runs `astro build` in `root` and fails with its output when it fails. */
function build(root: string, outDir: string, env: Record<string, string>): void {
  // --force: the content layer caches entries by file; these folders are new on every run.
  runNode([ASTRO, 'build', '--force', '--root', root, '--outDir', outDir], env, root);
}

/** The generated month: 2015-06, one month-precision meeting and two on each of 30 days. */
const BUSY_MONTH_DAYS = 30;
const BUSY_MONTH_MEETINGS = 2 * BUSY_MONTH_DAYS + 1;

/** One valid single-report meeting, as the ingest would write it. */
function makeEntry(id: string, date: string | undefined): Entry {
  const data: Record<string, unknown> = {
    id,
    title: `Wang Yi meets a counterpart (${id})`,
    kind: 'meeting',
    participants: [{ name: 'Wang Yi', person: 'wang-yi', country: 'CN' }],
    mentioned: [],
    location: null,
    topics: [],
    organizations: [],
    meeting: id,
    source: { file: `${id}.txt`, sha256: '0'.repeat(64) },
  };
  if (date !== undefined) {
    data['date'] = date;
    data['datePrecision'] = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  }
  const result = validateEntry(data);
  if (!result.ok) throw new Error(`generated entry ${id} is invalid: ${result.errors.join('; ')}`);
  return result.entry;
}

/** Writes the generated archive: the busy month, a year-only meeting in 2017 (2016 left empty). */
function writeGeneratedEntries(dir: string): string[] {
  const ids: string[] = [];
  const write = (entry: Entry) => {
    const folder = join(dir, entry.date?.slice(0, 4) ?? 'undated');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${entry.id}.md`), toEntryMarkdown(entry, `Paragraph of ${entry.id}.`));
    ids.push(entry.id);
  };
  write(makeEntry('2015-06-wang-yi-month-only-aaaaaa', '2015-06'));
  for (let day = 1; day <= BUSY_MONTH_DAYS; day++) {
    const dd = String(day).padStart(2, '0');
    for (const suffix of ['a', 'b']) write(makeEntry(`2015-06-${dd}-wang-yi-${suffix}-${dd}${dd}${dd}`, `2015-06-${dd}`));
  }
  write(makeEntry('2017-wang-yi-year-only-bbbbbb', '2017'));
  return ids;
}

let tmp = '';
let fixtureDist = '';
let busyDist = '';
let busyIds: string[] = [];

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

/** The built file of a root-relative URL under BASE. */
function fileOf(url: string): string {
  const path = decodeURIComponent(url.slice(BASE.length));
  return path === '' || path.endsWith('/') ? join(path, 'index.html') : path;
}

/** Whether a root-relative URL under BASE names a built page of `root`. */
function resolves(url: string, root: string): boolean {
  return url.startsWith(BASE) && existsSync(join(root, fileOf(url)));
}

/** The site-internal hrefs of some HTML, without fragments. */
function links(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#]*)(?:#[^"]*)?"/g)].map((m) => m[1] ?? '');
}

/** The `<main>` of a page. */
function main(html: string): string {
  return /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
}

/** The text of some HTML, tags dropped, spaces collapsed. */
function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every HTML page under `dir` of a built site, relative to its root. */
function pagesUnder(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

const YEAR = new RegExp(`^${BASE}years/(\\d{4})/$`);
const MONTH = new RegExp(`^${BASE}years/(\\d{4})/(\\d{2})/(?:(\\d+)/)?$`);
const MEETING = new RegExp(`^${BASE}meetings/([^/]+)/$`);

/**
 * Walks the chronology from /years/ as a reader would: year pages, then month pages and
 * every page of them reached by links. Returns the meetings linked from year and month pages.
 */
function walkChronology(root: string): { years: string[]; monthPages: string[]; fromMonths: Set<string>; fromYears: Set<string> } {
  const index = main(read(root, 'years/index.html'));
  const years = [...new Set(links(index).filter((url) => YEAR.test(url)))];
  const monthPages = new Set<string>();
  const fromYears = new Set<string>();
  const fromMonths = new Set<string>();
  const queue: string[] = [];
  for (const year of years) {
    const html = main(read(root, fileOf(year)));
    for (const url of links(html)) {
      if (MONTH.test(url)) queue.push(url);
      const id = MEETING.exec(url)?.[1];
      if (id !== undefined) fromYears.add(id);
    }
  }
  while (queue.length > 0) {
    const url = queue.pop() as string;
    if (monthPages.has(url)) continue;
    monthPages.add(url);
    for (const link of links(main(read(root, fileOf(url))))) {
      if (MONTH.test(link)) queue.push(link);
      const id = MEETING.exec(link)?.[1];
      if (id !== undefined) fromMonths.add(id);
    }
  }
  return { years, monthPages: [...monthPages].sort(), fromMonths, fromYears };
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'archive-chronology-'));
  const root = makeBuildRoot(join(tmp, 'root'));
  fixtureDist = join(tmp, 'fixture-dist');
  build(root, fixtureDist, {
    ARCHIVE_ENTRIES_DIR: FIXTURE_ENTRIES,
    ARCHIVE_REGISTRY_DIR: FIXTURE_REGISTRY,
    BASE,
  });
  const busyEntries = join(tmp, 'busy-entries');
  busyIds = writeGeneratedEntries(busyEntries);
  busyDist = join(tmp, 'busy-dist');
  build(root, busyDist, {
    ARCHIVE_ENTRIES_DIR: busyEntries,
    ARCHIVE_REGISTRY_DIR: FIXTURE_REGISTRY,
    BASE,
  });
}, 300_000);

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

describe('the chronology (fixture build)', () => {
  const MAIN = '2014-01-21-wang-yi-sergey-lavrov-a1a1a1';
  const SECOND = '2014-01-21-sergey-lavrov-wang-yi-b2b2b2';
  const CALL = '2019-07-26-wang-yi-s-jaishankar-c3c3c3';
  const MESSAGES = '2020-12-wang-yi-sergey-lavrov-d4d4d4';
  const UNDATED = 'undated-xi-jinping-e5e5e5';

  test('/years/ lists every year of the span, empty ones included, each with a page', () => {
    const { years } = walkChronology(fixtureDist);
    expect(years).toEqual(['2014', '2015', '2016', '2017', '2018', '2019', '2020'].map((y) => `${BASE}years/${y}/`));
    for (const year of years) expect(resolves(year, fixtureDist), year).toBe(true);
    const index = text(main(read(fixtureDist, 'years/index.html')));
    expect(index).toContain('3 dated meetings, 2014–2020');
    expect(index).toMatch(/2015 no meetings/);
  });

  test('every dated meeting is reachable from /years/ through its year and month page, through its main report', () => {
    const { monthPages, fromMonths } = walkChronology(fixtureDist);
    expect(monthPages).toEqual([`${BASE}years/2014/01/`, `${BASE}years/2019/07/`, `${BASE}years/2020/12/`]);
    expect([...fromMonths].sort()).toEqual([MAIN, CALL, MESSAGES].sort());
    expect(fromMonths.has(SECOND)).toBe(false);
    expect(fromMonths.has(UNDATED)).toBe(false);
  });

  test('a year page: breadcrumb, month counts, its meetings, previous and next year', () => {
    const html = main(read(fixtureDist, 'years/2019/index.html'));
    const crumbs = /<nav[^>]*aria-label="Breadcrumb"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect(text(crumbs)).toBe('Years › 2019'.replace(' › ', ' '));
    expect(crumbs).toContain(`href="${BASE}years/"`);
    expect(crumbs).toMatch(/aria-current="page"[^>]*>2019</);
    expect(html).toContain(`href="${BASE}years/2019/07/"`);
    expect(html).toContain(`href="${BASE}meetings/${CALL}/"`);
    expect(html).toMatch(new RegExp(`<a href="${BASE}years/2018/" rel="prev"`));
    expect(html).toMatch(new RegExp(`<a href="${BASE}years/2020/" rel="next"`));
    // The first year has no previous year, and an empty year says so.
    expect(read(fixtureDist, 'years/2014/index.html')).not.toContain('rel="prev"');
    expect(text(main(read(fixtureDist, 'years/2016/index.html')))).toContain('No meetings are dated to 2016.');
  });

  test('a month page: breadcrumb Years › year › month, the month-precision meeting, neighbouring months skipping empty ones', () => {
    const html = main(read(fixtureDist, 'years/2020/12/index.html'));
    expect(text(/<nav[^>]*aria-label="Breadcrumb"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '')).toBe('Years 2020 December');
    expect(text(/<h1[^>]*>[\s\S]*?<\/h1>/.exec(html)?.[0] ?? '')).toBe('December 2020');
    expect(html).toContain(`href="${BASE}meetings/${MESSAGES}/"`);
    expect(html).toMatch(new RegExp(`<a href="${BASE}years/2019/07/" rel="prev"`));
    expect(html).not.toContain('rel="next"');
  });

  test('the undated meetings have their own listing, linked from /years/ and the home page', () => {
    const html = main(read(fixtureDist, 'years/undated/index.html'));
    expect(html).toContain(`href="${BASE}meetings/${UNDATED}/"`);
    expect(html).not.toContain(`href="${BASE}meetings/${MAIN}/"`);
    expect(links(main(read(fixtureDist, 'years/index.html')))).toContain(`${BASE}years/undated/`);
    expect(links(main(read(fixtureDist, 'index.html')))).toContain(`${BASE}years/undated/`);
  });

  test('the home page says what the archive holds', () => {
    const home = main(read(fixtureDist, 'index.html'));
    expect(text(home)).toContain('4 meetings from 5 reports, 2014–2020');
    const facts = [...home.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g)].map((m) => [text(m[1] ?? ''), text(m[2] ?? '')]);
    // Meetings count once however many reports they have; people, countries and places as the indexes list them.
    expect(facts).toEqual([
      ['meetings', '4'],
      ['reports', '5'],
      ['people', '4'],
      ['countries', '4'],
      ['place', '1'],
      ['span', '2014–2020'],
    ]);
    expect(home).toContain(`<a href="${BASE}people/"`);
  });

  test('the home chart: an inline SVG with one bar link per year of the span, each to an existing year page, with a tooltip', () => {
    const home = read(fixtureDist, 'index.html');
    const svgs = [...home.matchAll(/<svg\b[^>]*class="timeline__svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(1);
    const svg = svgs[0] as string;
    expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(svg).toMatch(/width="100%"/);
    expect(svg).toMatch(/aria-labelledby="timeline-heading"/);
    const bars = [...svg.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>\s*<title>([^<]*)<\/title>([\s\S]*?)<\/a>/g)];
    expect(bars.map((m) => m[1])).toEqual(['2014', '2015', '2016', '2017', '2018', '2019', '2020'].map((y) => `${BASE}years/${y}/`));
    for (const [, href] of bars) expect(resolves(href as string, fixtureDist), href).toBe(true);
    expect(bars.map((m) => m[2])).toEqual([
      '2014: 1 meeting',
      '2015: no meetings',
      '2016: no meetings',
      '2017: no meetings',
      '2018: no meetings',
      '2019: 1 meeting',
      '2020: 1 meeting',
    ]);
    // A visible bar only where there are meetings; colour from the stylesheet, not baked in.
    expect(bars.map((m) => /class="timeline__bar/.test(m[3] ?? ''))).toEqual([true, false, false, false, false, true, true]);
    expect(svg).not.toMatch(/fill="#/);
  });

  test('pages of the chronology ship no JavaScript and link only to built pages under the base', () => {
    const pages = ['index.html', ...pagesUnder(fixtureDist, 'years')];
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const html = read(fixtureDist, path);
      // The one script every page has: the search box's keyboard shortcut (public/scripts/search-shortcut.js).
      expect(html.replace(/<script src="[^"]*scripts\/search-shortcut\.js" defer><\/script>/, ''), path).not.toMatch(/<script\b/i);
      for (const url of links(html)) expect(resolves(url, fixtureDist), `${url} on ${path}`).toBe(true);
    }
  });
});

describe('a long month (generated build)', () => {
  const PAGE_ONE = `${BASE}years/2015/06/`;
  const PAGE_TWO = `${BASE}years/2015/06/2/`;

  test('runs to a second page: 50 meetings, then the rest, each once, oldest first across the pages', () => {
    const ids = (url: string) =>
      links(main(read(busyDist, fileOf(url))))
        .map((link) => MEETING.exec(link)?.[1])
        .filter((id): id is string => id !== undefined);
    const first = ids(PAGE_ONE);
    const second = ids(PAGE_TWO);
    expect(first).toHaveLength(50);
    expect(second).toHaveLength(BUSY_MONTH_MEETINGS - 50);
    const all = [...first, ...second];
    expect(new Set(all).size).toBe(all.length);
    const expected = busyIds.filter((id) => id.startsWith('2015-06'));
    expect([...all].sort()).toEqual([...expected].sort());
    // The meeting dated only to the month opens it; then day by day.
    expect(first[0]).toBe('2015-06-wang-yi-month-only-aaaaaa');
    expect(second.at(-1)).toBe('2015-06-30-wang-yi-b-303030');
    expect(existsSync(join(busyDist, 'years/2015/06/3/index.html'))).toBe(false);
  });

  test('the pages link to each other, and the second says where it is', () => {
    const one = main(read(busyDist, fileOf(PAGE_ONE)));
    const two = main(read(busyDist, fileOf(PAGE_TWO)));
    expect(one).toMatch(new RegExp(`<a href="${PAGE_TWO}" rel="next"`));
    expect(two).toMatch(new RegExp(`<a href="${PAGE_ONE}" rel="prev"`));
    expect(text(two)).toContain('61 meetings, oldest first; 51–61 on this page');
    expect(text(/<nav[^>]*aria-label="Breadcrumb"[\s\S]*?<\/nav>/.exec(two)?.[0] ?? '')).toBe('Years 2015 June Page 2');
  });

  test('every dated meeting is reachable from /years/, the year-only one from its year page', () => {
    const { years, monthPages, fromMonths, fromYears } = walkChronology(busyDist);
    expect(years).toEqual(['2015', '2016', '2017'].map((y) => `${BASE}years/${y}/`));
    expect(monthPages).toEqual([PAGE_ONE, PAGE_TWO]);
    expect(fromMonths.size).toBe(BUSY_MONTH_MEETINGS);
    expect(fromYears.has('2017-wang-yi-year-only-bbbbbb')).toBe(true);
    expect(text(main(read(busyDist, 'years/2017/index.html')))).toContain('Dated to the year only 1');
  });

  test('the home page lists the 20 latest meetings and leads to the rest; the chart spans 2015–2017', () => {
    const home = read(busyDist, 'index.html');
    const listed = links(main(home)).filter((url) => MEETING.test(url));
    expect(listed).toHaveLength(20);
    expect(listed[0]).toBe(`${BASE}meetings/2017-wang-yi-year-only-bbbbbb/`);
    expect(text(main(home))).toContain('All 62 dated meetings by year and month');
    const svg = /<svg\b[^>]*class="timeline__svg[\s\S]*?<\/svg>/.exec(home)?.[0] ?? '';
    expect([...svg.matchAll(/<a\b[^>]*href="([^"]+)"/g)].map((m) => m[1])).toEqual(['2015', '2016', '2017'].map((y) => `${BASE}years/${y}/`));
    // The busy year's bar is full height; the one-meeting year keeps a visible bar.
    const heights = [...svg.matchAll(/class="timeline__bar[^"]*"[^>]*height="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(2);
    expect(heights[1]).toBeGreaterThanOrEqual(2);
    expect(heights[0]).toBeGreaterThan(heights[1] as number);
  });
});
