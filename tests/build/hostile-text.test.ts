/**
 * Text is data (issue 6, part 3): bulletins and editor overrides full of markup, Markdown,
 * YAML and spreadsheet-formula syntax (tests/fixtures/hostile-text) are ingested and built
 * once, and every output must carry that text as inert text: no element, attribute, script,
 * link or image comes from it in any page (parsed with parse5, the HTML standard's parsing
 * algorithm, as a browser would); the JSON-LD cannot be closed early; the feed and sitemaps
 * are well-formed XML (saxes, a strict XML parser); the CSV neutralises formula starts; the
 * JSON exports and the raw text give the words back unchanged; and the frontmatter is YAML
 * that reads back to the same values and bytes. In Chromium, the search page's result cards
 * (rendered in the browser from the Pagefind index) show the text as text too.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { parse as parseHtml } from 'parse5';
import { chromium } from 'playwright-core';
import { SaxesParser } from 'saxes';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseEntryMarkdown, toEntryMarkdown } from '../../src/ingest/serialise-entry.ts';
import { toXmlText } from '../../src/lib/export.ts';
import type { Entry } from '../../src/schema/entry.ts';
import { serveSite } from '../helpers/build-site.ts';
import { runNode, ROOT } from '../helpers/run-node.ts';
import { formatHtmlProblem, validateHtml } from '../helpers/site-checks.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/hostile-text');
const RAW = join(FIXTURE, 'raw');
const BASE = '/archive/';

/** The entry ids the fixture's bulletins get; the override files are named after them. */
const MARKUP_ID = '2014-01-21-wang-yi-sergey-lavrov-d35584';
const FORMULA_TITLE_ID = '2019-06-05-xi-jinping-vladimir-putin-2197f1';
const CONTROL_TITLE_ID = '2020-12-wang-yi-sergey-lavrov-002454';

/** Strings of the fixture that must reach a reader exactly as written, never as markup. */
const HOSTILE_TEXTS = [
  '<script>alert(1)</script> Wang Yi said the two sides <img src=x onerror=alert(1)> should <a href="javascript:alert(1)">deepen</a> cooperation & trust.',
  '<div onclick="alert(1)"><iframe src="javascript:alert(1)"></iframe><svg onload=alert(1)><style>body{display:none}</style></div>',
  '# A heading that is not one',
  '[click me](javascript:alert(1))',
  '![](http://evil/x.png)',
  '| =1+1 | <b>x</b> |',
  '<!-- an HTML comment --> Lavrov said --> the talks were <!-- frank -->.',
  '{{ site.title }} ${process.env.SECRET} {% raw %} <%= 1 %> </script><script>alert(1)</script>',
  'title: injected',
  '=HYPERLINK("http://evil/","click") +1+1 -1 @SUM(1:2)',
];

/** Words that only the fixture's text holds: a comment node or an attribute holding one came from the text. */
const TEXT_MARKERS = ['alert(1)', 'an HTML comment', 'frank', 'evil'];

interface Built {
  tmp: string;
  entriesDir: string;
  dist: string;
  report: { counts: Record<string, number>; overrides: { applied: { id: string }[]; unmatched: unknown[] } };
}

let built: Built;

beforeAll(() => {
  const tmp = mkdtempSync(join(tmpdir(), 'archive-hostile-'));
  const entriesDir = join(tmp, 'entries');
  const dist = join(tmp, 'dist');
  const reportFile = join(tmp, 'ingest-report.json');
  runNode([join(ROOT, 'scripts/ingest.ts'), '--input', RAW, '--overrides', join(FIXTURE, 'overrides'), '--out', entriesDir, '--report', reportFile]);
  // --force: the content layer caches rendered Markdown by file and config, not by plugin code.
  runNode([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', dist], {
    ARCHIVE_ENTRIES_DIR: entriesDir,
    ARCHIVE_RAW_DIR: RAW,
    BASE,
  });
  // The search index, as `npm run build` makes it: the search page shows the text too.
  runNode([join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist]);
  built = { tmp, entriesDir, dist, report: JSON.parse(readFileSync(reportFile, 'utf8')) as Built['report'] };
});

afterAll(() => {
  if (built) rmSync(built.tmp, { recursive: true, force: true });
});

/** Files under `root` whose name ends with `suffix`, relative, with forward slashes, sorted. */
function listFiles(root: string, suffix: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.split(sep).join('/'))
    .sort();
}

/** Every written entry by id: the file's text, the parsed entry and the body. */
function readEntries(): Map<string, { text: string; entry: Entry; body: string }> {
  const entries = new Map<string, { text: string; entry: Entry; body: string }>();
  for (const file of listFiles(built.entriesDir, '.md')) {
    const text = readFileSync(join(built.entriesDir, file), 'utf8');
    const { entry, body } = parseEntryMarkdown(text, file);
    entries.set(entry.id, { text, entry, body });
  }
  return entries;
}

function entryOf(id: string): Entry {
  const found = readEntries().get(id);
  if (!found) throw new Error(`No entry ${id}: the parser changed the fixture's ids; rename tests/fixtures/hostile-text/overrides/*.yml and the ids above.`);
  return found.entry;
}

// parse5's tree, as far as these checks read it.
interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  value?: string;
  data?: string;
}

/** Every node of a parsed document, depth first (template contents included). */
function* walk(node: HtmlNode): Generator<HtmlNode> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
  if (node.content) yield* walk(node.content);
}

function attr(node: HtmlNode, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

/** The text of a node as a reader sees it (text nodes joined). */
function textOf(node: HtmlNode): string {
  return [...walk(node)].map((n) => (n.nodeName === '#text' ? (n.value ?? '') : '')).join('');
}

function parsePage(file: string): HtmlNode {
  return parseHtml(readFileSync(join(built.dist, file), 'utf8')) as unknown as HtmlNode;
}

/** The first element matching `test`, or undefined. */
function find(root: HtmlNode, predicate: (node: HtmlNode) => boolean): HtmlNode | undefined {
  for (const node of walk(root)) if (node.tagName !== undefined && predicate(node)) return node;
  return undefined;
}

const hasClass = (node: HtmlNode, name: string) => (attr(node, 'class') ?? '').split(/\s+/).includes(name);

// Attributes that hold a URL a browser may follow or load.
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset', 'ping', 'background']);
// Elements that embed or change how the page loads; none belongs in this site's pages.
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'style', 'img', 'video', 'audio', 'source', 'portal']);

/** What in one parsed page did not come from the site's own templates: one line per problem. */
function injectionProblems(document: HtmlNode): string[] {
  const problems: string[] = [];
  for (const node of walk(document)) {
    if (node.nodeName === '#comment') {
      const data = node.data ?? '';
      if (TEXT_MARKERS.some((marker) => data.includes(marker))) problems.push(`a comment from the text: <!--${data}-->`);
      continue;
    }
    if (node.tagName === undefined) continue;
    const tag = node.tagName;
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`a <${tag}> element`);
    for (const { name, value } of node.attrs ?? []) {
      if (/^on/i.test(name)) problems.push(`an event handler attribute ${name}="${value}" on <${tag}>`);
      if (name === 'style') problems.push(`a style attribute on <${tag}>: ${value}`);
      if (URL_ATTRIBUTES.has(name)) {
        // Browsers drop tabs, line breaks and leading controls before reading the scheme.
        const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (/^(javascript|vbscript|data:text\/html)/.test(url)) problems.push(`a script URL ${name}="${value}" on <${tag}>`);
        if (TEXT_MARKERS.some((marker) => value.includes(marker))) problems.push(`a URL from the text ${name}="${value}" on <${tag}>`);
      }
    }
    // Every URL, address and host in the fixture's text names "evil" (a TEXT_MARKER above),
    // so an autolinked `http://`, `www.` or e-mail address shows up as a URL from the text.
    if (tag === 'a' && /^\s*mailto:/i.test(attr(node, 'href') ?? '')) problems.push(`an e-mail link: ${attr(node, 'href')}`);
    if (tag === 'script') {
      const src = attr(node, 'src');
      const type = attr(node, 'type');
      const inline = textOf(node);
      if (src !== undefined) {
        if (!src.startsWith(BASE)) problems.push(`a script from elsewhere: ${src}`);
        if (inline.trim() !== '') problems.push(`a script with both src and inline code: ${src}`);
      } else if (type === 'application/ld+json') {
        if (/[<>&]/.test(inline)) problems.push(`JSON-LD with raw <, > or &: ${inline.slice(0, 80)}`);
        try {
          JSON.parse(inline);
        } catch (error) {
          problems.push(`JSON-LD that does not parse: ${(error as Error).message}`);
        }
      } else {
        problems.push(`an inline script (type ${type ?? 'none'}): ${inline.slice(0, 80)}`);
      }
    }
  }
  return problems;
}

describe('the hostile fixture', () => {
  test('every bulletin is written and every override applied', () => {
    // Written, or written and flagged (the control characters removed from one bulletin).
    expect(built.report.counts).toMatchObject({ total: 3, rejected: 0, merged: 0, skipped: 0 });
    expect((built.report.counts['written'] ?? 0) + (built.report.counts['flagged'] ?? 0)).toBe(3);
    // An unmatched override means the parser now gives a bulletin another id: rename the file.
    expect(built.report.overrides.unmatched).toEqual([]);
    expect(built.report.overrides.applied.map((a) => a.id).sort()).toEqual([FORMULA_TITLE_ID, MARKUP_ID, CONTROL_TITLE_ID].sort());
  });
});

describe('frontmatter', () => {
  test('is valid YAML that reads back to the same values and is written back to the same bytes', () => {
    const entries = readEntries();
    expect(entries.size).toBe(3);
    for (const [id, { text, entry, body }] of entries) {
      const yaml = text.slice(4, text.indexOf('\n---\n', 3) + 1);
      const document = parseDocument(yaml);
      expect(document.errors, id).toEqual([]);
      expect(document.warnings, id).toEqual([]);
      expect(document.toJS(), id).toEqual(JSON.parse(JSON.stringify(entry)));
      expect(toEntryMarkdown(entry, body), id).toBe(text);
      // No body line can end the frontmatter early for a reader that looks for the next `---`.
      expect(body.split('\n').filter((line) => /^-{3,}\s*$/.test(line)), id).toEqual([]);
    }
  });

  test('keeps hostile titles, names and places exactly as written', () => {
    const markup = entryOf(MARKUP_ID);
    expect(markup.title).toBe('Wang Yi Meets "Sergey Lavrov": <script>alert(1)</script> & Talks --- <img src=x onerror=alert(1)>');
    expect(markup.participants[1]).toMatchObject({
      name: `O'Brien "The Fixer" <img src=x onerror=alert(1)> & Sons: ---`,
      role: '</script><script>alert(1)</script> Envoy <!--',
    });
    expect(markup.location).toMatchObject({
      venue: 'Hotel "Le Palace": <b onmouseover=alert(1)>Salle</b> & --- {{ venue }}',
      occasion: '@Geneva II: <svg onload=alert(1)> ${occasion}',
    });
    expect(entryOf(FORMULA_TITLE_ID).title).toBe('=HYPERLINK("http://evil/","x") title: "quoted" --- & <b>bold</b> # not a comment');
    expect(entryOf(CONTROL_TITLE_ID).title).toBe('\t-1+1 tab-led: \r+carriage return, \u0001 control \u001b[31m escape');
  });
});

describe('pages', () => {
  test('no page holds an element, attribute, script, link or image that came from the text', () => {
    const pages = listFiles(built.dist, '.html');
    expect(pages.length).toBeGreaterThan(20);
    const problems = pages.flatMap((file) => injectionProblems(parsePage(file)).map((problem) => `${file}: ${problem}`));
    expect(problems).toEqual([]);
  });

  test('the meeting page shows every hostile paragraph as text, each a plain numbered paragraph', () => {
    const document = parsePage(`meetings/${MARKUP_ID}/index.html`);
    const entry = entryOf(MARKUP_ID);
    const h1 = find(document, (node) => node.tagName === 'h1');
    expect(h1 && textOf(h1).trim()).toBe(entry.title);
    const text = find(document, (node) => hasClass(node, 'entry__text'));
    if (!text) throw new Error('the meeting page has no .entry__text');
    const children = (text.childNodes ?? []).filter((node) => node.tagName !== undefined);
    // Only <p id="pN"> children, whose only element is the ¶ link: no heading, list, table,
    // rule, quote or image came from the Markdown-looking lines.
    expect(children.map((node) => `${node.tagName}#${attr(node, 'id')}`)).toEqual(children.map((_, i) => `p#p${i + 1}`));
    for (const paragraph of children) {
      const elements = (paragraph.childNodes ?? []).filter((node) => node.tagName !== undefined);
      expect(elements.map((node) => `${node.tagName}.${attr(node, 'class')}`)).toEqual(['a.paragraph-link']);
    }
    const shown = textOf(text);
    for (const hostile of HOSTILE_TEXTS) expect(shown).toContain(hostile);
  });

  test('hostile names and places are page titles and headings, as text', () => {
    const person = parsePage('people/obrien-the-fixer-img-src-x-onerror-alert-1-sons/index.html');
    const heading = find(person, (node) => node.tagName === 'h1');
    expect(heading && textOf(heading)).toContain(`O'Brien "The Fixer" <img src=x onerror=alert(1)> & Sons: ---`);
    const place = parsePage('places/vienna-img-src-x-onerror-alert-1-at/index.html');
    const title = find(place, (node) => node.tagName === 'title');
    expect(title && textOf(title)).toContain('-Vienna <img src=x onerror=alert(1)>');
  });

  test('the JSON-LD reads back to the hostile values, its script never closed early', () => {
    const document = parsePage(`meetings/${MARKUP_ID}/index.html`);
    const scripts = [...walk(document)].filter((node) => node.tagName === 'script' && attr(node, 'type') === 'application/ld+json');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(textOf(scripts[0] as HtmlNode)) as { '@graph': [{ attendee: { jobTitle?: string }[] }, { headline: string }] };
    expect(data['@graph'][1].headline).toBe(entryOf(MARKUP_ID).title);
    expect(data['@graph'][0].attendee.map((person) => person.jobTitle)).toContain('</script><script>alert(1)</script> Envoy <!--');
  });

  test('html-validate finds no error', async () => {
    const { errors } = await validateHtml(built.dist);
    expect(errors.map(formatHtmlProblem)).toEqual([]);
  });
});

/** Parses `xml` strictly; returns the first well-formedness error and the text of every `<tag>`. */
function parseXml(xml: string, tag: string): { error: string | undefined; texts: string[] } {
  const parser = new SaxesParser();
  let error: string | undefined;
  const texts: string[] = [];
  let current: string | undefined;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.on('opentag', (node) => {
    if (node.name === tag) current = '';
  });
  parser.on('text', (text) => {
    if (current !== undefined) current += text;
  });
  parser.on('closetag', (node) => {
    if (node.name === tag && current !== undefined) {
      texts.push(current);
      current = undefined;
    }
  });
  parser.write(xml).close();
  return { error, texts };
}

describe('feed and sitemap', () => {
  test('the feed is well-formed XML whose titles are the hostile titles, escaped', () => {
    const xml = readFileSync(join(built.dist, 'rss.xml'), 'utf8');
    expect(xml).not.toMatch(/<(script|img|b|svg)\b/);
    const { error, texts } = parseXml(xml, 'title');
    expect(error).toBeUndefined();
    // XML readers turn a carriage return into a line feed (XML 1.0, 2.11), and the feed drops
    // the characters XML forbids (src/lib/export.ts, toXmlText).
    const asXmlReads = (title: string) => toXmlText(title).replace(/\r\n?/g, '\n');
    for (const id of [MARKUP_ID, FORMULA_TITLE_ID, CONTROL_TITLE_ID]) expect(texts).toContain(asXmlReads(entryOf(id).title));
  });

  test('the sitemaps are well-formed XML listing only URLs of the site', () => {
    for (const file of ['sitemap-index.xml', 'sitemap-0.xml']) {
      const { error, texts } = parseXml(readFileSync(join(built.dist, file), 'utf8'), 'loc');
      expect(error, file).toBeUndefined();
      expect(texts.length, file).toBeGreaterThan(0);
      for (const loc of texts) expect(new URL(loc).pathname, loc).toMatch(/^\/archive\/[a-z0-9/._-]*$/);
    }
  });
});

/** RFC 4180 rows: quoted cells may hold commas, quotes (doubled), CR and LF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) throw new Error('the CSV does not end with CRLF');
  return rows;
}

describe('exports', () => {
  test('the CSV neutralises every cell a spreadsheet would run as a formula', () => {
    const [header, ...rows] = parseCsv(readFileSync(join(built.dist, 'data/meetings.csv'), 'utf8'));
    if (!header) throw new Error('empty CSV');
    expect(rows).toHaveLength(3);
    const numeric = new Set(['lat', 'lon']);
    for (const row of rows) {
      expect(row).toHaveLength(header.length);
      row.forEach((cell, i) => {
        const column = header[i] as string;
        if (numeric.has(column) && cell !== '') expect(Number.isFinite(Number(cell)), `${column}: ${cell}`).toBe(true);
        else expect(cell, `${column}: ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
      });
    }
    const cellOf = (id: string, column: string) => rows.find((row) => row[0] === id)?.[header.indexOf(column)];
    // The apostrophe is the only change: the rest of the text is the bulletin's.
    expect(cellOf(FORMULA_TITLE_ID, 'title')).toBe(`'${entryOf(FORMULA_TITLE_ID).title}`);
    expect(cellOf(CONTROL_TITLE_ID, 'title')).toBe(`'${entryOf(CONTROL_TITLE_ID).title}`);
    expect(cellOf(CONTROL_TITLE_ID, 'sourceFile')).toBe(`'=1+1 003_formula-file-name.txt`);
    expect(cellOf(CONTROL_TITLE_ID, 'city')).toBe(`'-Vienna <img src=x onerror=alert(1)>`);
    expect(cellOf(MARKUP_ID, 'title')).toBe(entryOf(MARKUP_ID).title);
  });

  test('the JSON downloads give every hostile string back unchanged', () => {
    const records = JSON.parse(readFileSync(join(built.dist, 'data/meetings.json'), 'utf8')) as { id: string; title: string; participants: { name: string }[]; paragraphs: string[] }[];
    expect(records.map((record) => record.id).sort()).toEqual([FORMULA_TITLE_ID, MARKUP_ID, CONTROL_TITLE_ID].sort());
    for (const record of records) {
      const entry = entryOf(record.id);
      expect(record.title).toBe(entry.title);
      expect(record.participants.map((p) => p.name)).toEqual(entry.participants.map((p) => p.name));
      // The page for one meeting is the same record.
      expect(JSON.parse(readFileSync(join(built.dist, `meetings/${record.id}.json`), 'utf8'))).toEqual(record);
    }
    const markup = records.find((record) => record.id === MARKUP_ID);
    for (const hostile of HOSTILE_TEXTS) expect(markup?.paragraphs.some((p) => p.includes(hostile)), hostile).toBe(true);
  });

  test('the raw text is published byte for byte', () => {
    const raw = listFiles(RAW, '.txt');
    expect(raw).toHaveLength(3);
    for (const file of raw) {
      const entry = [...readEntries().values()].find(({ entry: e }) => e.source.file === file)?.entry;
      if (!entry) throw new Error(`no entry for ${file}`);
      expect(readFileSync(join(built.dist, 'raw', `${entry.source.sha256}.txt`)).equals(readFileSync(join(RAW, file))), file).toBe(true);
    }
  });
});

describe('search', () => {
  test('the result cards in a browser show the hostile text as text, with no CSP violation', async () => {
    const served = await serveSite({ dist: built.dist, base: BASE });
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    });
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      page.on('pageerror', (error) => violations.push(`uncaught: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to ${event.violatedDirective}: ${event.blockedURI}`));
      });
      for (const query of ['alert', 'onerror', 'HYPERLINK']) {
        await page.goto(new URL(`search/?q=${query}`, served.url).href, { waitUntil: 'networkidle' });
        await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
        const found = await page.evaluate(() => {
          const main = document.querySelector('main') ?? document.body;
          const handlers = [...main.querySelectorAll('*')].flatMap((element) =>
            [...element.attributes].filter((a) => /^on/i.test(a.name) || a.name === 'style').map((a) => `${element.tagName} ${a.name}`),
          );
          const embedded = [...main.querySelectorAll('script, img, iframe, svg, style, object, embed, b')].map((element) => element.tagName);
          const links = [...main.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((href) => /^\s*javascript:|evil/i.test(href));
          return { handlers, embedded, links, text: [...document.querySelectorAll('.search-result')].map((card) => card.textContent ?? '').join('\n') };
        });
        expect(found.handlers, query).toEqual([]);
        expect(found.embedded, query).toEqual([]);
        expect(found.links, query).toEqual([]);
        expect(found.text, query).toContain(query === 'HYPERLINK' ? '=HYPERLINK(' : 'alert(1)');
      }
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
      await served.close();
    }
  });
});
