/**
 * Smoke test of the whole pipeline: the ingest CLI turns the sample corpus (content/raw)
 * into entries in a temporary folder, `astro build` builds the site from them under a
 * sub-path, and the output is checked page by page against the entries that were written.
 * Nothing in the working tree is touched except Astro's own caches.
 */
import { spawnSync } from 'node:child_process';
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
}

let tmp = '';
let dist = '';
let entries: WrittenEntry[] = [];

// Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test, ...) into process.env;
// inherited by `astro build`, they would override the site's `base` and mode.
const VITEST_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST(_.*)?)$/;

/** Runs a command from the project root and fails with its output when it fails. */
function run(args: string[], env: Record<string, string> = {}): void {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key)));
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().slice(-4000);
    throw new Error(`\`node ${args.join(' ')}\` exited with ${result.status ?? result.signal}:\n${output}`);
  }
}

/** Reads one written entry: its id and title from the frontmatter, its paragraph count from the body. */
function readEntry(file: string): WrittenEntry {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no YAML frontmatter between --- lines`);
  const data = parseYaml(match[1] ?? '') as { id: string; title: string };
  const paragraphs = (match[2] ?? '').split(/\n\s*\n/).filter((p) => p.trim() !== '').length;
  return { file, id: data.id, title: data.title, paragraphs };
}

function readPage(path: string): string {
  return readFileSync(join(dist, path), 'utf8');
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
}, 300_000);

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

describe('the built site', () => {
  test('the ingest wrote one entry per sample bulletin', () => {
    const raw = readdirSync(join(ROOT, 'content/raw')).filter((name) => name.endsWith('.txt'));
    expect(entries).toHaveLength(raw.length);
  });

  test('has a home page linking to every entry', () => {
    const home = readPage('index.html');
    for (const { id } of entries) expect(home).toContain(`href="${BASE}meetings/${id}/"`);
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

  test('ships no JavaScript on entry pages', () => {
    for (const { id } of entries) expect(readPage(`meetings/${id}/index.html`)).not.toMatch(/<script\b/i);
  });

  test('keeps every site-internal link under the base path', () => {
    const pages = ['index.html', '404.html', ...entries.map(({ id }) => `meetings/${id}/index.html`)];
    for (const path of pages) {
      const rootRelative = [...readPage(path).matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
      for (const url of rootRelative) expect(url, `${url} on ${path}`).toMatch(new RegExp(`^${BASE}`));
    }
  });
});
