/**
 * The world map as the built site ships it: the hand-written fixture entries
 * (tests/fixtures/site-entries, registry tests/fixtures/site-registry) are built under a
 * sub-path, and the places index must carry an inline SVG map with a title, one link per
 * place to a page that exists, and no JavaScript.
 */
import { runNode } from '../helpers/run-node.ts';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const BASE = '/archive/';


let tmp = '';
let dist = '';

beforeAll(() => {
  // Built inside node_modules/.cache (ignored by git), not the system's temporary folder:
  // Astro stages the prerendered chunks in `<outDir>/.prerender/` only when outDir lies under
  // the project, and otherwise in the project's shared `.astro/`, where a build running beside
  // this one (site.test.ts) deletes them mid-build. The chunks import the project's packages,
  // so the folder must be where node_modules resolves.
  const cache = join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  tmp = mkdtempSync(join(cache, 'archive-map-test-'));
  dist = join(tmp, 'dist');
  runNode([ASTRO, 'build', '--force', '--outDir', dist], {
    BASE,
    ARCHIVE_ENTRIES_DIR: join(ROOT, 'tests/fixtures/site-entries'),
    ARCHIVE_REGISTRY_DIR: join(ROOT, 'tests/fixtures/site-registry'),
  });
});

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

/** The page at a site path (`/archive/places/`), read from the build. */
function readPage(sitePath: string): string {
  return readFileSync(join(dist, sitePath.slice(BASE.length), 'index.html'), 'utf8');
}

/** The place slugs the places index lists in its text (the links outside the map). */
function listedPlaces(html: string): string[] {
  const outside = html.replace(/<svg[\s\S]*?<\/svg>/g, '');
  return [...outside.matchAll(/href="\/archive\/places\/([^"/]+)\/"/g)].map((m) => m[1] ?? '').sort();
}

describe('the world map on /places/', () => {
  test('is one inline SVG with a title and a description', () => {
    const html = readPage('/archive/places/');
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(1);
    const svg = svgs[0] ?? '';
    expect(svg).toMatch(/^<svg[^>]*\bviewBox="0 0 960 \d+"/);
    expect(svg).toMatch(/^<svg[^>]*\brole="group"/);
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)?.[1]?.split(' ') ?? [];
    expect(labelledBy.length).toBeGreaterThan(0);
    for (const id of labelledBy) expect(svg).toContain(`id="${id}"`);
    expect(svg).toMatch(/<title id="[^"]+">Map of the places meetings were held in<\/title>/);
    // Outlines are inline path data, not an image or a tile fetched from elsewhere.
    expect(svg).toMatch(/<path class="world-map__land"[^>]* d="M[\d.]+,[\d.]+l/);
    expect(svg).not.toMatch(/<image|xlink:href|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  test('links once to every place with coordinates, each to a page that exists', () => {
    const html = readPage('/archive/places/');
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    const marks = [...svg.matchAll(/<a href="([^"]+)"[^>]*>\s*<title>([^<]+)<\/title>\s*<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)];
    const hrefs = marks.map((m) => m[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    // The fixture's places all have coordinates, so the map marks exactly the listed ones.
    expect(hrefs.map((href) => href.replace(/^\/archive\/places\/|\/$/g, '')).sort()).toEqual(listedPlaces(html));
    for (const [, href = '', title = '', , , r = ''] of marks) {
      expect(existsSync(join(dist, href.slice(BASE.length), 'index.html')), href).toBe(true);
      expect(title).toMatch(/^.+: \d+ meetings?$/);
      expect(Number(r)).toBeGreaterThanOrEqual(3);
      expect(Number(r)).toBeLessThanOrEqual(14);
    }
  });

  test('the page ships no JavaScript', () => {
    const html = readPage('/archive/places/');
    // Beyond the one script every page has: the search box's keyboard shortcut.
    expect(html.replace(/<script src="[^"]*scripts\/search-shortcut\.js" defer><\/script>/, '')).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

describe('the world map on other pages', () => {
  test("a place's page emphasises that place", () => {
    const html = readPage('/archive/places/montreux-ch/');
    expect(html).toMatch(/<a href="\/archive\/places\/montreux-ch\/" class="world-map__mark world-map__mark--here"/);
  });

  test("a person's page marks the places of their meetings", () => {
    const html = readPage('/archive/people/wang-yi/');
    expect(html).toMatch(/<svg[^>]*role="group"/);
    expect(html).toMatch(/<title>Montreux: \d+ meetings?<\/title>/);
    expect(html.replace(/<script src="[^"]*scripts\/search-shortcut\.js" defer><\/script>/, '')).not.toMatch(/<script\b/i);
  });
});
