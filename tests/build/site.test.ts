/**
 * Smoke test of the whole pipeline: the ingest CLI turns the sample corpus (content/raw)
 * into entries in a temporary folder, `astro build` builds the site from them under a
 * sub-path, and the output is checked page by page against the entries that were written.
 * A second build from hand-written entries (tests/fixtures/site-entries, with the small
 * registry tests/fixtures/site-registry) covers what the two seeds lack: a meeting of two
 * reports, a provisional person, copies. Nothing in the working tree is touched except
 * Astro's own caches.
 */
import { runNode as run } from '../helpers/run-node.ts';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
// Built under a sub-path so every link is checked for respecting `base`.
const BASE = '/archive/';

interface WrittenEntry {
  file: string;
  id: string;
  title: string;
  paragraphs: number;
  data: EntryData;
}

/** The frontmatter fields the checks below read. */
interface EntryData {
  id: string;
  title: string;
  meeting: string;
  participants: { name: string; person: string; country?: string }[];
  mentioned: { name: string; person: string }[];
  location: { city?: string; country?: string; place?: string } | null;
  topics: string[];
  organizations: string[];
}

let tmp = '';
let dist = '';
let fixtureDist = '';
let entries: WrittenEntry[] = [];
const FIXTURE_ENTRIES = join(ROOT, 'tests/fixtures/site-entries');
const FIXTURE_REGISTRY = join(ROOT, 'tests/fixtures/site-registry');



/** Reads one written entry: its id and title from the frontmatter, its paragraph count from the body. */
function readEntry(file: string): WrittenEntry {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no YAML frontmatter between --- lines`);
  const data = parseYaml(match[1] ?? '') as EntryData;
  const paragraphs = (match[2] ?? '').split(/\n\s*\n/).filter((p) => p.trim() !== '').length;
  return { file, id: data.id, title: data.title, paragraphs, data };
}

function readPage(path: string, root: string = dist): string {
  return readFileSync(join(root, path), 'utf8');
}

/** Every HTML file of a built site, as paths relative to its root. */
function listPages(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort();
}

/** The site-internal links of a page (root-relative hrefs), without fragments. */
function internalLinks(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#]*)(?:#[^"]*)?"/g)].map((m) => m[1] ?? '');
}

/** Whether a root-relative URL under BASE names a built page or file of `root`. */
function resolves(url: string, root: string): boolean {
  // A query or fragment names a state of the page, not another file (`/archive/search/?q=Wang+Yi`).
  const path = decodeURIComponent(url.slice(BASE.length).replace(/[?#].*$/, ''));
  return path.endsWith('/') || path === '' ? existsSync(join(root, path, 'index.html')) : existsSync(join(root, path));
}

/** The `<li>` of a list whose link is `href`, as text (tags stripped, spaces collapsed). */
function indexRow(html: string, href: string): string | undefined {
  const row = [...html.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].find((m) => (m[1] ?? '').includes(`href="${href}"`));
  return row && decodeHtml(row[1] ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The text of a page's `<main>` as a reader sees it: block elements apart (Astro drops the
 * whitespace between tags), inline ones run on, spaces collapsed.
 */
function mainText(html: string): string {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  const blocks = main.replace(/<\/?(?:p|li|dt|dd|h[1-6]|th|td|tr|div|section|header|aside|nav|ul|ol|dl|table)\b[^>]*>/g, ' ');
  return decodeHtml(blocks).replace(/\s+/g, ' ');
}

// Astro escapes text with these entities; enough to compare a title with the <h1>.
function decodeHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(?:39|x27);/g, "'")
    .replace(/&amp;/g, '&');
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'archive-build-'));
  const entriesDir = join(tmp, 'entries');
  dist = join(tmp, 'dist');

  const ingest = join(ROOT, 'scripts/ingest.ts');
  if (!existsSync(ingest)) throw new Error(`The ingest CLI is missing: ${ingest}`);
  run([ingest, '--input', 'content/raw', '--out', entriesDir, '--report', join(tmp, 'ingest-report.json')]);

  entries = readdirSync(entriesDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readEntry(join(entriesDir, name)));

  // --force: the content layer caches rendered Markdown by file content and config, not by
  // plugin code, so without it a changed plugin could pass on renders from an earlier build.
  run([ASTRO, 'build', '--force', '--outDir', dist], { ARCHIVE_ENTRIES_DIR: entriesDir, BASE });

  fixtureDist = join(tmp, 'fixture-dist');
  run([ASTRO, 'build', '--force', '--outDir', fixtureDist], {
    ARCHIVE_ENTRIES_DIR: FIXTURE_ENTRIES,
    ARCHIVE_REGISTRY_DIR: FIXTURE_REGISTRY,
    BASE,
  });
}, 300_000);

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

describe('the built site', () => {
  test('the ingest wrote one entry per sample bulletin', () => {
    const raw = readdirSync(join(ROOT, 'content/raw')).filter((name) => name.endsWith('.txt'));
    expect(entries).toHaveLength(raw.length);
  });

  test('has a home page linking to every meeting once, through its main report', () => {
    const home = readPage('index.html');
    const meetings = new Set(entries.map(({ data }) => data.meeting));
    for (const meeting of meetings) {
      const main = entries.find(({ id }) => id === meeting) ?? entries.find(({ data }) => data.meeting === meeting);
      expect(home.split(`href="${BASE}meetings/${main?.id}/"`), `links to ${meeting}`).toHaveLength(2);
    }
  });

  test('has a page for every entry with its title as the <h1>', () => {
    for (const { id, title } of entries) {
      const page = readPage(`meetings/${id}/index.html`);
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page);
      expect(h1, `<h1> on ${id}`).not.toBeNull();
      expect(decodeHtml(h1?.[1] ?? '')).toBe(title);
    }
  });

  test('numbers every paragraph of every entry and links each to itself', () => {
    for (const { id, paragraphs } of entries) {
      const page = readPage(`meetings/${id}/index.html`);
      expect(paragraphs, `paragraphs in ${id}`).toBeGreaterThan(0);
      for (let n = 1; n <= paragraphs; n++) {
        expect(page).toContain(`<p id="p${n}">`);
        expect(page).toContain(`href="#p${n}"`);
      }
      expect(page).not.toContain(`id="p${paragraphs + 1}"`);
    }
  });

  test('entry pages ship no inline script: only JSON-LD data and the external copy-button script', () => {
    for (const { id } of entries) {
      const scripts = [...readPage(`meetings/${id}/index.html`).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      for (const [, attributes = '', body = ''] of scripts) {
        const isData = /type="application\/ld\+json"/.test(attributes);
        const isCopyScript = /src="[^"]*scripts\/(copy|search-shortcut)\.js"/.test(attributes) && body.trim() === '';
        expect(isData || isCopyScript, `<script${attributes}> on ${id}`).toBe(true);
      }
    }
  });

  test('keeps every site-internal link under the base path', () => {
    const pages = listPages(dist);
    expect(pages).toContain('404.html');
    for (const path of pages) {
      const rootRelative = [...readPage(path).matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
      for (const url of rootRelative) expect(url, `${url} on ${path}`).toMatch(new RegExp(`^${BASE}`));
    }
  });
});

describe('browsing pages of the seed build', () => {
  test('has the index of every section and the header links to them', () => {
    for (const section of ['people', 'places', 'countries', 'topics']) {
      expect(existsSync(join(dist, section, 'index.html')), `/${section}/`).toBe(true);
    }
    const home = readPage('index.html');
    for (const [label, href] of [['Meetings', ''], ['People', 'people/'], ['Places', 'places/'], ['Countries', 'countries/'], ['Topics', 'topics/']]) {
      expect(home).toMatch(new RegExp(`<a href="${BASE}${href}"[^>]*>\\s*${label}\\s*</a>`));
    }
  });

  test('every meeting page links each participant, mention, place, country and topic to a built page', () => {
    for (const { id, data } of entries) {
      const page = readPage(`meetings/${id}/index.html`);
      const expected = [
        ...data.participants.map((p) => `${BASE}people/${p.person}/`),
        ...data.participants.flatMap((p) => (p.country ? [`${BASE}countries/${p.country.toLowerCase()}/`] : [])),
        ...data.mentioned.map((m) => `${BASE}people/${m.person}/`),
        ...(data.location?.place ? [`${BASE}places/${data.location.place}/`] : []),
        ...(data.location?.country ? [`${BASE}countries/${data.location.country.toLowerCase()}/`] : []),
        ...[...data.topics, ...data.organizations].map((t) => `${BASE}topics/${t}/`),
      ];
      expect(expected.length, `links expected on ${id}`).toBeGreaterThan(0);
      for (const href of expected) {
        expect(page, `${href} on ${id}`).toContain(`href="${href}"`);
        expect(resolves(href, dist), `${href} on ${id} has a page`).toBe(true);
      }
    }
  });

  test('every site-internal link of every page resolves to a built page', () => {
    for (const path of listPages(dist)) {
      for (const url of internalLinks(readPage(path))) expect(resolves(url, dist), `${url} on ${path}`).toBe(true);
    }
  });

  test('the people index counts meetings (as participant) and mentions as the entries give them', () => {
    const meetings = new Map<string, EntryData[]>();
    for (const { data } of entries) meetings.set(data.meeting, [...(meetings.get(data.meeting) ?? []), data]);
    const counts = new Map<string, { meetings: number; mentions: number }>();
    const tally = (person: string) => counts.get(person) ?? counts.set(person, { meetings: 0, mentions: 0 }).get(person)!;
    for (const reports of meetings.values()) {
      const took = new Set(reports.flatMap((r) => r.participants.map((p) => p.person)));
      const named = new Set(reports.flatMap((r) => r.mentioned.map((m) => m.person)).filter((person) => !took.has(person)));
      for (const person of took) tally(person).meetings += 1;
      for (const person of named) tally(person).mentions += 1;
    }
    expect(counts.size).toBeGreaterThan(0);
    const index = readPage('people/index.html');
    for (const [person, { meetings: n, mentions }] of counts) {
      const row = indexRow(index, `${BASE}people/${person}/`);
      expect(row, `row of ${person}`).toBeDefined();
      expect(row).toContain(`${n} ${n === 1 ? 'meeting' : 'meetings'}`);
      if (mentions > 0) expect(row).toContain(`${mentions} ${mentions === 1 ? 'mention' : 'mentions'}`);
      else expect(row).not.toContain('mention');
      expect(existsSync(join(dist, 'people', person, 'index.html')), `/people/${person}/`).toBe(true);
    }
  });
});

describe('meetings of several reports (fixture build)', () => {
  const MAIN = '2014-01-21-wang-yi-sergey-lavrov-a1a1a1';
  const SECOND = '2014-01-21-sergey-lavrov-wang-yi-b2b2b2';
  const CALL = '2019-07-26-wang-yi-s-jaishankar-c3c3c3';
  const MESSAGES = '2020-12-wang-yi-sergey-lavrov-d4d4d4';
  const UNDATED = 'undated-xi-jinping-e5e5e5';
  const page = (path: string) => readPage(path, fixtureDist);
  const meetingPage = (id: string) => page(`meetings/${id}/index.html`);
  const reportsSection = (html: string) => /<section class="reports"[\s\S]*?<\/section>/.exec(html)?.[0];

  test('every report keeps its page, its paragraph anchors and its own text', () => {
    expect(meetingPage(MAIN)).toContain('<p id="p3">');
    expect(meetingPage(SECOND)).toContain('<p id="p2">');
    expect(meetingPage(SECOND)).toContain('discussed the Syrian settlement');
    expect(meetingPage(MAIN)).not.toContain('discussed the Syrian settlement');
  });

  test('the main report lists every report of the meeting, marking itself', () => {
    const section = reportsSection(meetingPage(MAIN));
    expect(section).toBeDefined();
    expect(section).toContain('Reports of this meeting');
    expect(section).toContain(`href="${BASE}meetings/${SECOND}/"`);
    expect(section).not.toContain(`href="${BASE}meetings/${MAIN}/"`);
    expect(section).toMatch(/aria-current="page"[^>]*>[\s\S]*?Wang Yi Meets with Foreign Minister of Russia/);
    // Source of each report: publisher, file, address.
    for (const text of ['Ministry of Foreign Affairs', '003_main.txt', 'https://www.fmprc.gov.cn/eng/example/t1121000.shtml', 'TASS', '044_tass.txt']) {
      expect(section).toContain(text);
    }
    expect(meetingPage(MAIN)).not.toContain('One of 2 reports');
  });

  test('a secondary report says so at the top and links to the main report', () => {
    const html = meetingPage(SECOND);
    const notice = /<aside class="notice"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
    expect(decodeHtml(notice).replace(/\s+/g, ' ')).toContain('One of 2 reports of Wang Yi Meets with Foreign Minister of Russia — read the meeting');
    expect(notice).toContain(`href="${BASE}meetings/${MAIN}/"`);
    expect(html.indexOf('class="notice"')).toBeLessThan(html.indexOf('<h1'));
    const section = reportsSection(html);
    expect(section).toContain(`href="${BASE}meetings/${MAIN}/"`);
    expect(section).not.toContain(`href="${BASE}meetings/${SECOND}/"`);
  });

  test('a meeting of one report has neither the list nor the notice', () => {
    expect(reportsSection(meetingPage(CALL))).toBeUndefined();
    expect(meetingPage(CALL)).not.toContain('One of ');
  });

  test('lists and counts show the meeting once, through its main report', () => {
    const home = page('index.html');
    expect(home).toContain(`href="${BASE}meetings/${MAIN}/"`);
    expect(home).not.toContain(`href="${BASE}meetings/${SECOND}/"`);
    expect(mainText(home)).toContain('4 meetings from 5 reports');
    expect(indexRow(home, `${BASE}meetings/${MAIN}/`)).toContain('2 reports');
    const index = page('people/index.html');
    expect(indexRow(index, `${BASE}people/sergey-lavrov/`)).toBe('Sergey Lavrov 2 meetings');
    expect(indexRow(index, `${BASE}people/wang-yi/`)).toBe('Wang Yi 3 meetings');
    expect(indexRow(index, `${BASE}people/xi-jinping/`)).toBe('Xi Jinping 1 meeting · 1 mention');
    const topic = page('topics/strategic-partnership/index.html');
    expect(mainText(topic)).toContain('2 meetings, newest first');
    expect(topic.indexOf(MESSAGES)).toBeLessThan(topic.indexOf(MAIN));
    expect(topic).not.toContain(SECOND);
  });

  test('copies are listed in the provenance block', () => {
    const provenance = /<section class="provenance"[\s\S]*?<\/section>/.exec(meetingPage(MAIN))?.[0] ?? '';
    const text = decodeHtml(provenance).replace(/\s+/g, ' ');
    expect(text).toContain('Also published as');
    expect(text).toContain('file 017_repost.txt');
    expect(text).toContain('file 018_repost.txt, Xinhua, https://www.example.org/repost/18');
  });

  test('a provisional person is linked, marked and given a page; registry people no entry names are not', () => {
    const call = meetingPage(CALL);
    expect(call).toContain(`href="${BASE}people/s-jaishankar-in/"`);
    expect(mainText(call)).toContain('S. Jaishankar (provisional: not yet confirmed in the registry), External Affairs Minister (India)');
    expect(mainText(call)).not.toContain('Wang Yi (provisional');
    const person = mainText(page('people/s-jaishankar-in/index.html'));
    expect(person).toContain('Provisional: not yet confirmed in the registry.');
    expect(person).toContain('Also written as Jaishankar');
    expect(existsSync(join(fixtureDist, 'people/never-in-an-entry/index.html'))).toBe(false);
  });

  test('a person page: offices over time, meetings newest first with the office held, counterparts with counts', () => {
    const html = page('people/wang-yi/index.html');
    const text = mainText(html);
    expect(text).toContain('Foreign Minister March 2013 – December 2022');
    expect(text).toContain('State Councilor, State Council March 2018 – March 2023');
    const order = [MESSAGES, CALL, MAIN].map((id) => html.indexOf(`href="${BASE}meetings/${id}/"`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('As Foreign Minister and State Councilor');
    expect(text).toContain('As Foreign Minister');
    expect(indexRow(html, `${BASE}people/sergey-lavrov/`)).toBe('Sergey Lavrov · Russia 2 meetings');
    expect(indexRow(html, `${BASE}people/s-jaishankar-in/`)).toBe('S. Jaishankar (provisional) · India 1 meeting');
  });

  test('a place page: city, country link, coordinates as text, venues, meetings', () => {
    const html = page('places/montreux-ch/index.html');
    const text = mainText(html);
    expect(text).toContain('Montreux');
    expect(html).toContain(`href="${BASE}countries/ch/"`);
    expect(text).toContain('46.43° N, 6.91° E');
    expect(text).toContain('Montreux Palace');
    expect(text).toContain('1 meeting, newest first');
    expect(indexRow(page('places/index.html'), `${BASE}places/montreux-ch/`)).toBe('Montreux 1 meeting');
  });

  test('a country page: meetings by counterpart with counts, and meetings held there', () => {
    const html = page('countries/cn/index.html');
    // Each counterpart links to the pair's own (paginated) list: /countries/cn/with/ru/.
    expect(indexRow(html, `${BASE}countries/cn/with/ru/`)).toBe('China–Russia 2 meetings');
    expect(indexRow(html, `${BASE}countries/cn/with/in/`)).toBe('China–India 1 meeting');
    expect(indexRow(html, `${BASE}countries/cn/with/none/`)).toBe('No other country named 1 meeting');
    expect(html).toContain(`href="${BASE}meetings/${UNDATED}/"`);
    expect(page('countries/cn/with/ru/index.html')).toContain(`href="${BASE}meetings/${MAIN}/"`);
    expect(page('countries/cn/with/none/index.html')).toContain(`href="${BASE}meetings/${UNDATED}/"`);
    expect(mainText(html)).toContain('1 meeting held in China');
    expect(mainText(page('countries/cn/hosted/index.html'))).toContain('1 meeting, newest first');
    expect(indexRow(page('countries/index.html'), `${BASE}countries/ch/`)).toBe('Switzerland 0 meetings · hosted 1');
  });

  test('topic and organization pages carry the registry labels', () => {
    expect(mainText(page('topics/sco/index.html'))).toContain('Shanghai Cooperation Organization (SCO)');
    expect(mainText(page('topics/index.html'))).toContain('2 topics and 2 organizations');
    expect(meetingPage(MAIN)).toMatch(/<a href="\/archive\/topics\/sco\/"[^>]*>SCO<\/a>/);
    expect(meetingPage(MAIN)).toMatch(/<a href="\/archive\/topics\/strategic-partnership\/"[^>]*>Strategic partnership<\/a>/);
  });

  test('every site-internal link of every page resolves, and no page ships JavaScript', () => {
    for (const path of listPages(fixtureDist)) {
      const html = page(path);
      for (const url of internalLinks(html)) {
        expect(url, `${url} on ${path}`).toMatch(new RegExp(`^${BASE}`));
        expect(resolves(url, fixtureDist), `${url} on ${path}`).toBe(true);
      }
      // Meeting pages carry JSON-LD and the copy-button script; no page has an inline executable script.
      for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        expect(/type="application\/ld\+json"/.test(attributes) || (/\bsrc="/.test(attributes) && body.trim() === ''), `${path}`).toBe(true);
      }
    }
  });
});
