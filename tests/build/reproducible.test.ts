/**
 * Reproducible builds (issue 6, part 7): the sample corpus, ingested, built and indexed twice
 * into two clean temporary folders (tests/helpers/build-site.ts: ingest, astro build, Pagefind),
 * gives byte-identical `dist/` trees: no build timestamp, random id or absolute path of the
 * machine may reach the output. The failure message lists every file that differs or exists
 * in one tree only.
 *
 * One known exception, upstream: Pagefind 1.5.2 writes the values of each filter in the order
 * of a Rust HashMap, which is seeded at random per run (Pagefind issue #638: fragments are
 * stable since 1.3.0, "other files will still change, such as the filter/metadata indexes").
 * So `pagefind/filter/*.pf_filter` (and the content hashes in their names), the
 * `pagefind.*.pf_meta` that lists them and the hash in `pagefind-entry.json` can differ. They
 * are reported, and checked to hold the same data in another order; every other file must be
 * byte-identical.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';

let first: BuiltSite | undefined;
let second: BuiltSite | undefined;

beforeAll(() => {
  // Each call ingests content/raw into its own new folder and builds from there (--force).
  first = buildSite();
  second = buildSite();
});

afterAll(() => {
  first?.remove();
  second?.remove();
});

/** Every file under `root`, relative, with forward slashes, sorted. */
function listTree(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(root, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

/** Pagefind's filter index, whose bytes depend on a random hash seed (see the module comment). */
const PAGEFIND_FILTER_INDEX = [/^pagefind\/filter\/[^/]+\.pf_filter$/, /^pagefind\/pagefind\.[^/]+\.pf_meta$/, /^pagefind\/pagefind-entry\.json$/];
const isFilterIndex = (file: string) => PAGEFIND_FILTER_INDEX.some((pattern) => pattern.test(file));

/** The files whose bytes differ, then the files only one tree has: one line each. */
function compareTrees(a: string, b: string, ignore: (file: string) => boolean): { files: number; differences: string[] } {
  const left = listTree(a).filter((file) => !ignore(file));
  const right = new Set(listTree(b).filter((file) => !ignore(file)));
  const differences: string[] = [];
  for (const file of left) {
    if (!right.has(file)) differences.push(`only in the first build: ${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) differences.push(`differs: ${file}`);
    right.delete(file);
  }
  for (const file of right) differences.push(`only in the second build: ${file}`);
  return { files: left.length, differences };
}

/**
 * Pagefind's filter files of a build, by filter name, as their decompressed bytes sorted: the
 * same filters holding the same values and pages give the same bytes whatever the order.
 * A filter file is gzip of `pagefind_dcd` then CBOR whose first text string is the name.
 */
function filterContents(dist: string): Map<string, string> {
  const contents = new Map<string, string>();
  for (const file of listTree(dist).filter((name) => name.startsWith('pagefind/filter/'))) {
    const bytes = gunzipSync(readFileSync(join(dist, file)));
    const name = /^pagefind_dcd.[\x60-\x77]?([a-z0-9_-]+)/.exec(bytes.toString('latin1'))?.[1] ?? file;
    contents.set(name, [...bytes].sort((x, y) => x - y).join(','));
  }
  return contents;
}

test('two clean builds of the sample corpus are byte-identical', () => {
  if (!first || !second) throw new Error('the builds did not run');
  expect(first.dist).not.toBe(second.dist);
  const all = compareTrees(first.dist, second.dist, () => false);
  console.log(`reproducible: compared ${all.files} files of two builds, ${all.differences.length} differ${all.differences.length > 0 ? `:\n  ${all.differences.join('\n  ')}` : ''}`);
  expect(all.files).toBeGreaterThan(20);
  const { differences } = compareTrees(first.dist, second.dist, isFilterIndex);
  expect(differences, differences.join('\n')).toEqual([]);
});

test("Pagefind's filter index holds the same data in both builds, whatever its order", () => {
  if (!first || !second) throw new Error('the builds did not run');
  const filters = filterContents(first.dist);
  expect(filters.size).toBeGreaterThan(0);
  expect(filterContents(second.dist)).toEqual(filters);
  const entry = (dist: string) => JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const withoutHash = (dist: string) => JSON.stringify(entry(dist), (key, value: unknown) => (key === 'hash' ? '' : value));
  expect(withoutHash(second.dist)).toBe(withoutHash(first.dist));
  const metas = (dist: string) => listTree(dist).filter((file) => /^pagefind\/pagefind\.[^/]+\.pf_meta$/.test(file)).length;
  expect([metas(first.dist), metas(second.dist)]).toEqual([1, 1]);
});
