/**
 * A meeting page for citing and for machines, checked on the built sample site: the ingest
 * turns content/raw into entries in a temporary folder, `astro build` builds under a
 * sub-path, and one page is read back: Highwire and Open Graph tags, the JSON-LD, the
 * citation blocks as they are without JavaScript, the copy script as an external file, and
 * the raw text link, whose file must hold exactly the bytes the ingest read.
 */
import { runNode as run } from '../helpers/run-node.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BASE = '/archive/';
const SITE = 'https://records.example.org';
// The seed with a full date, a place and two participants (see README.md).
const ID = '2014-01-21-wang-yi-sergey-lavrov-20f3d1';
const RAW = '003_7429d5b04bd00a51.txt';
const PERMALINK = `${SITE}${BASE}meetings/${ID}/`;


let tmp = '';
let dist = '';
let page = '';
let head = '';


// Astro escapes attribute values and text with these entities.
function decodeHtml(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(?:39|x27);/g, "'")
    .replace(/&amp;/g, '&');
}

/** The `content` of every `<meta>` of the head whose `attr` (name or property) is `key`. */
function meta(attr: 'name' | 'property', key: string): string[] {
  return [...head.matchAll(/<meta\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => tag.includes(`${attr}="${key}"`))
    .map((tag) => decodeHtml(/content="([^"]*)"/.exec(tag)?.[1] ?? ''));
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'archive-meeting-'));
  const entries = join(tmp, 'entries');
  dist = join(tmp, 'dist');
  run([join(ROOT, 'scripts/ingest.ts'), '--input', 'content/raw', '--out', entries, '--report', join(tmp, 'report.json')]);
  // --force: the content layer caches rendered Markdown by file and config, not by plugin code.
  run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', dist], {
    ARCHIVE_ENTRIES_DIR: entries,
    ARCHIVE_RAW_DIR: join(ROOT, 'content/raw'),
    BASE,
    SITE,
  });
  page = readFileSync(join(dist, 'meetings', ID, 'index.html'), 'utf8');
  // The same entries built without their raw files: the page must not link to what is not there.
  run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(tmp, 'dist-no-raw')], {
    ARCHIVE_ENTRIES_DIR: entries,
    ARCHIVE_RAW_DIR: join(tmp, 'no-such-folder'),
    BASE,
    SITE,
  });
  head = /<head>([\s\S]*)<\/head>/.exec(page)?.[1] ?? '';
}, 300_000);

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

describe('the head of a meeting page', () => {
  test('has one canonical link, the permalink', () => {
    expect([...head.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1])).toEqual([PERMALINK]);
  });

  test('has Highwire Press tags with the date at its precision and the topics', () => {
    expect(meta('name', 'citation_title')).toEqual(['Wang Yi Meets with Foreign Minister of Russia']);
    expect(meta('name', 'citation_publication_date')).toEqual(['2014/01/21']);
    expect(meta('name', 'citation_date')).toEqual(['2014/01/21']);
    expect(meta('name', 'citation_public_url')).toEqual([PERMALINK]);
    expect(meta('name', 'citation_abstract_html_url')).toEqual([PERMALINK]);
    expect(meta('name', 'citation_publisher')).toEqual(['Diplomatic Records Archive']);
    expect(meta('name', 'citation_language')).toEqual(['en']);
    expect(meta('name', 'citation_keywords')[0]).toContain('Sochi Winter Olympics');
    // The seed names no agency: no author is invented, least of all a participant.
    expect(meta('name', 'citation_author')).toEqual([]);
  });

  test('the month-dated seed gives its month only', () => {
    const monthly = readdirSync(join(dist, 'meetings')).find((name) => name.startsWith('2020-12-'));
    const other = readFileSync(join(dist, 'meetings', monthly ?? '', 'index.html'), 'utf8');
    // It has a publication date of its own (January 5, 2021): that dates the document.
    expect(other).toContain('<meta name="citation_publication_date" content="2021/01/05">');
    expect(other).toContain('<time datetime="2020-12">December 2020</time>');
  });

  test('has Open Graph tags', () => {
    expect(meta('property', 'og:type')).toEqual(['article']);
    expect(meta('property', 'og:title')).toEqual(['Wang Yi Meets with Foreign Minister of Russia']);
    expect(meta('property', 'og:url')).toEqual([PERMALINK]);
    expect(meta('property', 'og:site_name')).toEqual(['Diplomatic Records Archive']);
    expect(meta('property', 'og:description')[0]).toMatch(/^In the evening of January 21, 2014, Foreign Minister Wang Yi met/);
  });

  test('has one JSON-LD block that parses to the Event and the NewsArticle with the participants', () => {
    const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0] ?? '') as { '@graph': Record<string, unknown>[] };
    const event = data['@graph'].find((node) => node['@type'] === 'Event');
    const article = data['@graph'].find((node) => node['@type'] === 'NewsArticle');
    expect(event).toMatchObject({
      startDate: '2014-01-21',
      location: { name: 'Montreux, Switzerland', address: { addressCountry: 'CH' }, geo: { latitude: 46.433, longitude: 6.9114 } },
    });
    expect(event?.['attendee']).toEqual([
      { '@type': 'Person', name: 'Wang Yi', jobTitle: 'Foreign Minister', nationality: { '@type': 'Country', name: 'China' }, url: `${SITE}${BASE}people/wang-yi/` },
      { '@type': 'Person', name: 'Sergey Lavrov', jobTitle: 'Foreign Minister', nationality: { '@type': 'Country', name: 'Russia' }, url: `${SITE}${BASE}people/sergey-lavrov/` },
    ]);
    expect(article).toMatchObject({ headline: 'Wang Yi Meets with Foreign Minister of Russia', url: PERMALINK, about: { '@id': `${PERMALINK}#event` } });
  });

  test('loads the copy script as an external file and has no inline script', () => {
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    const executable = scripts.filter((m) => !/type="application\/ld\+json"/.test(m[1] ?? ''));
    // The search box's keyboard shortcut (every page) and the copy buttons.
    expect(executable.map((m) => m[1]?.trim())).toEqual([`src="${BASE}scripts/search-shortcut.js" defer`, `src="${BASE}scripts/copy.js" defer`]);
    expect(executable.every((m) => (m[2] ?? '').trim() === '')).toBe(true);
    expect(existsSync(join(dist, 'scripts/copy.js'))).toBe(true);
  });
});

describe('the body of a meeting page, without JavaScript', () => {
  const pre = (label: string) => {
    const match = new RegExp(`<pre[^>]*data-copy="${label}"[^>]*>([\\s\\S]*?)</pre>`).exec(page);
    return decodeHtml(match?.[1] ?? '');
  };

  test('shows the Chicago note, the BibTeX record and the permalink as text', () => {
    expect(pre('Copy the Chicago note')).toBe(
      `\u201CWang Yi Meets with Foreign Minister of Russia,\u201D January 21, 2014, Diplomatic Records Archive, ${PERMALINK}.`,
    );
    const bibtex = pre('Copy the BibTeX record');
    expect(bibtex).toMatch(new RegExp(`^@misc\\{${ID},\\n`));
    expect(bibtex).toContain('  month = jan,\n  date = {2014-01-21},');
    expect(bibtex).toContain(`  url = {${PERMALINK}},`);
    expect(bibtex).toContain('source file 003\\_7429d5b04bd00a51.txt');
    expect(pre('Copy the permalink')).toBe(PERMALINK);
    // The buttons are the script's to add: none in the HTML that would do nothing without it.
    // (The header's search form has its own submit button, which works without JavaScript.)
    expect(page.replace(/<form class="site-search"[\s\S]*?<\/form>/, '')).not.toMatch(/<button\b/);
  });

  test('links the raw text to a built file holding exactly the raw bytes', () => {
    const href = /<a href="([^"]*)"[^>]*>raw text as received<\/a>/.exec(page)?.[1];
    const raw = readFileSync(join(ROOT, 'content/raw', RAW));
    const sha = createHash('sha256').update(raw).digest('hex');
    expect(href).toBe(`${BASE}raw/${sha}.txt`);
    expect(readFileSync(join(dist, (href ?? '').slice(BASE.length))).equals(raw)).toBe(true);
  });

  test('built without the raw files, shows no raw link and serves no raw file', () => {
    const bare = readFileSync(join(tmp, 'dist-no-raw', 'meetings', ID, 'index.html'), 'utf8');
    expect(bare).toContain('<code>003_7429d5b04bd00a51.txt</code>');
    expect(bare).not.toContain('raw text as received');
    expect(existsSync(join(tmp, 'dist-no-raw', 'raw'))).toBe(false);
  });

  test('publishes only the raw files entries name', () => {
    const served = readdirSync(join(dist, 'raw')).sort();
    const entryShas = readdirSync(join(tmp, 'entries'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(tmp, 'entries', name), 'utf8'))
      .map((text) => (parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { source: { sha256: string } }).source.sha256);
    expect(served).toEqual(entryShas.map((sha) => `${sha}.txt`).sort());
  });

  test('lists the other seed as a related meeting, through the same participants', () => {
    const related = /<section class="related"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(related).toMatch(new RegExp(`href="${BASE}meetings/2020-12-wang-yi-sergey-lavrov-[0-9a-f]{6}/"`));
    expect(related).toContain('with Wang Yi, Sergey Lavrov');
  });
});
