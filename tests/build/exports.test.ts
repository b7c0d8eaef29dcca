/**
 * The archive as data, checked on built sites: the sample corpus ingested into a temporary
 * folder and built under a sub-path (as tests/build/site.test.ts does), and the fixture
 * entries (tests/fixtures/site-entries: a meeting of two reports, an undated report, a
 * provisional person). Each download is parsed as its consumers would parse it and
 * compared with the entries that were written.
 */
import { runNode as run } from '../helpers/run-node.ts';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const BASE = '/archive/';
const SITE = 'https://records.example.org';
const ORIGIN = `${SITE}${BASE}`;
const FIXTURE_ENTRIES = join(ROOT, 'tests/fixtures/site-entries');
const FIXTURE_REGISTRY = join(ROOT, 'tests/fixtures/site-registry');


/** The frontmatter fields the checks read. */
interface EntryData {
  id: string;
  title: string;
  date?: string;
  meeting: string;
  participants: { name: string; person: string }[];
  location: { coordinates?: { lat: number; lon: number } } | null;
  topics: string[];
}

interface WrittenEntry {
  data: EntryData;
  body: string;
}

/** An export record as the JSON gives it (the fields the checks read). */
interface ExportedRecord extends EntryData {
  url: string;
  meetingUrl: string;
  mainReport: boolean;
  people: { id: string; name: string; provisional: boolean }[];
  paragraphs: string[];
}

let tmp = '';


function build(outDir: string, env: Record<string, string>): string {
  run([ASTRO, 'build', '--force', '--outDir', outDir], { BASE, SITE, ...env });
  return outDir;
}

/** Every entry of a folder of entries: frontmatter and Markdown body. */
function readEntries(dir: string): WrittenEntry[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(dir, name), 'utf8'));
      if (!match) throw new Error(`${name}: no frontmatter`);
      return { data: parseYaml(match[1] ?? '') as EntryData, body: match[2] ?? '' };
    });
}

/**
 * A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks;
 * every record ends in CRLF. Throws on anything else, so a malformed file fails the test.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) throw new Error(`unterminated quoted field at ${i}`);
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n"]/);
      const stop = end === -1 ? text.length : i + end;
      if (text[stop] === '"') throw new Error(`a quote inside an unquoted field at ${stop}`);
      field = text.slice(i, stop);
      i = stop;
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(text.slice(i, i + 10))}`);
  }
  if (row.length > 0) throw new Error('the last record does not end in CRLF');
  return rows;
}

/**
 * Checks that `xml` is well formed as far as elements go (one root, every tag closed in
 * order, no stray `<` or `&`) and returns it; enough to catch a broken feed or sitemap.
 */
function assertWellFormedXml(xml: string): string {
  const body = xml.replace(/^<\?xml[^?]*\?>/, '').trim();
  const stack: string[] = [];
  let roots = 0;
  for (const token of body.split(/(<[^>]*>)/).filter((t) => t !== '')) {
    if (!token.startsWith('<')) {
      if (/[<>]|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(token)) throw new Error(`bad text: ${token.slice(0, 60)}`);
      if (stack.length === 0 && token.trim() !== '') throw new Error(`text outside the root: ${token.slice(0, 60)}`);
      continue;
    }
    const tag = /^<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>$/.exec(token);
    if (!tag) throw new Error(`bad tag: ${token}`);
    const [, closing, name = '', selfClosing] = tag;
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes nothing open`);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name);
    }
  }
  if (stack.length > 0 || roots !== 1) throw new Error(`unclosed ${stack.join(', ')} or ${roots} roots`);
  return xml;
}

/** The text of every `<tag>` element of `xml`, entities decoded. */
function elements(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
    (m[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  );
}

/** The built file an absolute URL of the site names (`index.html` for a page). */
function fileOf(url: string, dist: string): string {
  expect(url.startsWith(ORIGIN), `${url} is under ${ORIGIN}`).toBe(true);
  const path = decodeURIComponent(url.slice(ORIGIN.length));
  return path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

function read(dist: string, path: string): string {
  return readFileSync(join(dist, path), 'utf8');
}

let sample = { dist: '', entries: [] as WrittenEntry[] };
let fixture = { dist: '', entries: [] as WrittenEntry[] };
let rebuilt = '';

beforeAll(() => {
  // Inside the project, not the system's temp folder: Astro writes the prerender chunks of a
  // build whose outDir lies outside the working directory to the shared `.astro/.prerender/`,
  // so two such builds at once (other test files run in parallel) delete each other's
  // chunks. Within the project they go to `<outDir>/.prerender/`, one per build.
  const cache = join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  tmp = mkdtempSync(join(cache, 'archive-exports-'));
  const entriesDir = join(tmp, 'entries');
  run([join(ROOT, 'scripts/ingest.ts'), '--input', 'content/raw', '--out', entriesDir, '--report', join(tmp, 'ingest-report.json')]);
  sample = { dist: build(join(tmp, 'dist'), { ARCHIVE_ENTRIES_DIR: entriesDir }), entries: readEntries(entriesDir) };
  rebuilt = build(join(tmp, 'dist-again'), { ARCHIVE_ENTRIES_DIR: entriesDir });
  fixture = {
    dist: build(join(tmp, 'fixture-dist'), { ARCHIVE_ENTRIES_DIR: FIXTURE_ENTRIES, ARCHIVE_REGISTRY_DIR: FIXTURE_REGISTRY }),
    entries: readEntries(FIXTURE_ENTRIES),
  };
}, 300_000);

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

const builds = [['sample', () => sample] as const, ['fixture', () => fixture] as const];

describe.each(builds)('downloads of the %s build', (_, site) => {
  test('meetings.json has one record per written entry, ordered by id, with its fields and text', () => {
    const { dist, entries } = site();
    const records = JSON.parse(read(dist, 'data/meetings.json')) as ExportedRecord[];
    const ids = entries.map((e) => e.data.id).sort();
    expect(records.map((r) => r.id)).toEqual(ids);
    for (const { data, body } of entries) {
      const record = records.find((r) => r.id === data.id);
      expect(record, data.id).toBeDefined();
      expect(record).toMatchObject(data as unknown as Record<string, unknown>);
      expect(record?.url).toBe(`${ORIGIN}meetings/${data.id}/`);
      expect(existsSync(fileOf(record?.url ?? '', dist)), `${data.id} has a page`).toBe(true);
      expect(existsSync(fileOf(record?.meetingUrl ?? '', dist)), `${data.id}'s meeting has a page`).toBe(true);
      expect(record?.people.map((p) => p.id)).toEqual(expect.arrayContaining(data.participants.map((p) => p.person)));
      // One plain-text paragraph per Markdown block, as the page numbers them #p1, #p2, ...
      const blocks = body.split(/\n\s*\n/).filter((b) => b.trim() !== '');
      expect(record?.paragraphs).toHaveLength(blocks.length);
      const page = read(dist, `meetings/${data.id}/index.html`);
      expect(page).toContain(`<p id="p${blocks.length}">`);
      expect(page).not.toContain(`<p id="p${blocks.length + 1}">`);
    }
  });

  test('each /meetings/<id>.json sits beside its page and equals its record in meetings.json', () => {
    const { dist, entries } = site();
    const records = JSON.parse(read(dist, 'data/meetings.json')) as ExportedRecord[];
    for (const { data } of entries) {
      const path = `meetings/${data.id}.json`;
      expect(existsSync(join(dist, path)), path).toBe(true);
      expect(JSON.parse(read(dist, path))).toEqual(records.find((r) => r.id === data.id));
    }
  });

  test('meetings.csv parses as RFC 4180 with one row per entry, matching the JSON', () => {
    const { dist, entries } = site();
    const [header, ...rows] = parseCsv(read(dist, 'data/meetings.csv'));
    expect(header?.slice(0, 4)).toEqual(['id', 'meeting', 'url', 'title']);
    expect(rows).toHaveLength(entries.length);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    const records = JSON.parse(read(dist, 'data/meetings.json')) as ExportedRecord[];
    rows.forEach((row, i) => {
      const record = records[i] as ExportedRecord;
      expect(row).toHaveLength(header?.length ?? 0);
      expect(row[column('id')]).toBe(record.id);
      expect(row[column('meeting')]).toBe(record.meeting);
      expect(row[column('url')]).toBe(record.url);
      expect(row[column('title')]).toBe(record.title);
      expect(row[column('date')]).toBe(record.date ?? '');
      expect(row[column('participantIds')]).toBe(record.participants.map((p) => p.person).join('; '));
      expect(row[column('topics')]).toBe(record.topics.join('; '));
      const coordinates = record.location?.coordinates;
      expect(row[column('lat')]).toBe(coordinates ? String(coordinates.lat) : '');
      if (coordinates) expect(Number(row[column('lon')])).toBe(coordinates.lon);
    });
  });

  test('rss.xml is well-formed RSS whose items are dated meetings linking to built main reports', () => {
    const { dist, entries } = site();
    const rss = assertWellFormedXml(read(dist, 'rss.xml'));
    expect(rss).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0">/);
    const items = elements(rss, 'item');
    const meetings = new Set(entries.filter((e) => e.data.date !== undefined).map((e) => e.data.meeting));
    expect(items).toHaveLength(Math.min(50, meetings.size));
    const links = items.map((item) => elements(item, 'link')[0] ?? '');
    expect(links.map((link) => link.slice(`${ORIGIN}meetings/`.length, -1)).sort()).toEqual([...meetings].sort());
    for (const link of links) expect(existsSync(fileOf(link, dist)), link).toBe(true);
    const dates = items.map((item) => Date.parse(elements(item, 'pubDate')[0] ?? ''));
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  test('the sitemap index leads to every page of the site, meeting pages included, and nothing else', () => {
    const { dist, entries } = site();
    const index = assertWellFormedXml(read(dist, 'sitemap-index.xml'));
    const urls = elements(index, 'loc').flatMap((loc) => elements(assertWellFormedXml(readFileSync(fileOf(loc, dist), 'utf8')), 'loc'));
    for (const { data } of entries) expect(urls, data.id).toContain(`${ORIGIN}meetings/${data.id}/`);
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('index.html'))
      .map((name) => `${ORIGIN}${name.replace(/index\.html$/, '')}`)
      .sort();
    expect([...urls].sort()).toEqual(pages);
    expect(urls).toContain(`${ORIGIN}data/`);
  });

  test('the /data/ page describes every CSV column and links to the files, the feed and the sitemap', () => {
    const { dist } = site();
    const page = read(dist, 'data/index.html');
    const [header] = parseCsv(read(dist, 'data/meetings.csv'));
    for (const name of header ?? []) expect(page, name).toContain(`<code>${name}</code>`);
    for (const file of ['data/meetings.json', 'data/meetings.csv', 'rss.xml', 'sitemap-index.xml']) {
      expect(page).toContain(`href="${BASE}${file}"`);
      expect(existsSync(join(dist, file)), file).toBe(true);
    }
    expect(page).toContain("the bulletins' own");
  });
});

describe('what only the fixture build shows', () => {
  const MAIN = '2014-01-21-wang-yi-sergey-lavrov-a1a1a1';
  const SECOND = '2014-01-21-sergey-lavrov-wang-yi-b2b2b2';
  const records = () => JSON.parse(read(fixture.dist, 'data/meetings.json')) as ExportedRecord[];

  test('a secondary report points to its meeting; the feed carries the meeting once', () => {
    const second = records().find((r) => r.id === SECOND);
    expect(second?.mainReport).toBe(false);
    expect(second?.meetingUrl).toBe(`${ORIGIN}meetings/${MAIN}/`);
    const rss = read(fixture.dist, 'rss.xml');
    expect(rss).toContain(`<link>${ORIGIN}meetings/${MAIN}/</link>`);
    expect(rss).not.toContain(SECOND);
  });

  test('an undated report is in the downloads but not in the feed', () => {
    expect(records().map((r) => r.id)).toContain('undated-xi-jinping-e5e5e5');
    expect(read(fixture.dist, 'rss.xml')).not.toContain('undated-xi-jinping-e5e5e5');
  });

  test('a month-dated meeting is dated the first of its month in the feed', () => {
    const item = elements(read(fixture.dist, 'rss.xml'), 'item').find((i) => i.includes('2020-12-wang-yi-sergey-lavrov-d4d4d4'));
    expect(elements(item ?? '', 'pubDate')).toEqual(['Tue, 01 Dec 2020 00:00:00 GMT']);
  });

  test('a person the registry lacks is marked provisional under the name as written', () => {
    const people = records().flatMap((r) => r.people);
    expect(people).toContainEqual({ id: 's-jaishankar-in', name: 'S. Jaishankar', provisional: true });
    expect(people).toContainEqual({ id: 'wang-yi', name: 'Wang Yi', provisional: false });
  });
});

test('the same entries give byte-identical downloads, feed and sitemap', () => {
  const files = ['data/meetings.json', 'data/meetings.csv', 'rss.xml', 'sitemap-index.xml', 'sitemap-0.xml'];
  for (const { data } of sample.entries) files.push(`meetings/${data.id}.json`);
  for (const file of files) expect(read(rebuilt, file), file).toBe(read(sample.dist, file));
});
