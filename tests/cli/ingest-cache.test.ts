/**
 * The ingest's parse cache and worker threads never change the output: a run without either,
 * a cold run with workers, a warm run from the cache and a run after a file was changed and
 * another renamed all write the same bytes as a plain run over the same input; and the warm
 * runs parse only what changed.
 */
import { spawnSync } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createCorpus } from '../../src/bench/generate-corpus.ts';
import { readRegistry } from '../../src/registry/read-registry.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'ingest.ts');
const NO_OVERRIDES = join(ROOT, 'tests', 'fixtures', 'ingest-no-overrides');
const PATH = `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}`;

let work: string;
let raw: string;
/** How many of the files differ in their bytes: exact re-posts are parsed once per run. */
let distinct: number;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ingest-cache-'));
  raw = join(work, 'raw');
  const corpus = createCorpus('cache-test', readRegistry('content/registry'));
  await mkdir(raw);
  // More files than the pool parses in the main thread, so a cold run starts its workers.
  const contents = new Set<string>();
  for (const file of corpus.files(90)) {
    await writeFile(join(raw, file.file), file.bytes);
    contents.add(Buffer.from(file.bytes).toString('base64'));
  }
  distinct = contents.size;
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Runs the ingest into `<work>/<name>/entries` with the given cache setting; returns its stdout. */
function ingest(name: string, env: Record<string, string>): string {
  const out = join(work, name);
  const result = spawnSync('node', [SCRIPT, '--input', raw, '--out', join(out, 'entries'), '--report', join(out, 'report.json'), '--registry', 'content/registry', '--overrides', NO_OVERRIDES], {
    cwd: ROOT,
    env: { ...process.env, PATH, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`ingest ${name} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Every file the run wrote (entries, report with its paths made relative, ledger), by path. */
async function readOutput(name: string): Promise<Record<string, string>> {
  const out = join(work, name);
  const tree: Record<string, string> = {};
  const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  for (const file of files) {
    const path = join(file.parentPath, file.name);
    tree[path.slice(out.length + 1)] = (await readFile(path, 'utf8')).replaceAll(out, '<out>');
  }
  return tree;
}

test('cached, uncached, threaded and unthreaded runs write byte-identical output', async () => {
  const cache = join(work, 'cache');
  const plain = ingest('plain', { ARCHIVE_INGEST_CACHE: 'off', ARCHIVE_INGEST_WORKERS: '0' });
  expect(distinct).toBeLessThan(90);
  expect(plain).toContain(`\nparsed: ${distinct} of 90 bulletins in the main thread, ${90 - distinct} from the parse cache\n`);
  const cold = ingest('cold', { ARCHIVE_INGEST_CACHE: cache, ARCHIVE_INGEST_WORKERS: '2' });
  expect(cold).toContain(`\nparsed: ${distinct} of 90 bulletins with 2 worker threads, ${90 - distinct} from the parse cache\n`);
  const warm = ingest('warm', { ARCHIVE_INGEST_CACHE: cache, ARCHIVE_INGEST_WORKERS: '2' });
  expect(warm).toMatch(/^parsed: 0 of 90 bulletins in the main thread, 90 from the parse cache$/m);

  const expected = await readOutput('plain');
  expect(Object.keys(expected).length).toBeGreaterThan(80);
  expect(await readOutput('cold')).toEqual(expected);
  expect(await readOutput('warm')).toEqual(expected);
});

test('after one file is changed and another renamed, only the changed one is parsed', async () => {
  const cache = join(work, 'cache-2');
  ingest('before', { ARCHIVE_INGEST_CACHE: cache });
  const names = (await readdir(raw)).sort();
  await appendFile(join(raw, names[3] ?? ''), '\nThe two sides agreed to stay in close touch.\n');
  await rename(join(raw, names[5] ?? ''), join(raw, `renamed-${names[5] ?? ''}`));
  const after = ingest('after', { ARCHIVE_INGEST_CACHE: cache });
  expect(after).toMatch(/^parsed: 1 of 90 bulletins in the main thread, 89 from the parse cache$/m);
  // A renamed file's entry names its new file, as a fresh parse would.
  ingest('fresh', { ARCHIVE_INGEST_CACHE: 'off', ARCHIVE_INGEST_WORKERS: '0' });
  expect(await readOutput('after')).toEqual(await readOutput('fresh'));
});

test('a corrupt cache file is ignored, not trusted', async () => {
  const cache = join(work, 'cache-3');
  ingest('seed-cache', { ARCHIVE_INGEST_CACHE: cache });
  await writeFile(join(cache, 'parse-cache.json'), '{"format":1,"version":"x","records":{}} trailing');
  const run = ingest('after-corrupt', { ARCHIVE_INGEST_CACHE: cache, ARCHIVE_INGEST_WORKERS: '0' });
  expect(run).toContain(`\nparsed: ${distinct} of 90 bulletins`);
  ingest('plain-2', { ARCHIVE_INGEST_CACHE: 'off', ARCHIVE_INGEST_WORKERS: '0' });
  expect(await readOutput('after-corrupt')).toEqual(await readOutput('plain-2'));
});

test('a re-ingest into the same folder links unchanged entries and rewrites an entry edited by hand', async () => {
  const cache = join(work, 'cache-4');
  ingest('same', { ARCHIVE_INGEST_CACHE: cache });
  const entries = join(work, 'same', 'entries');
  const files = (await readdir(entries, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  await writeFile(files[0] ?? '', 'edited by hand\n');
  const again = ingest('same', { ARCHIVE_INGEST_CACHE: cache });
  expect(again).toMatch(new RegExp(`^written: 1 entry files, ${files.length - 1} unchanged ones linked from the previous output$`, 'm'));
  ingest('same-fresh', { ARCHIVE_INGEST_CACHE: 'off', ARCHIVE_INGEST_WORKERS: '0' });
  expect(await readOutput('same')).toEqual(await readOutput('same-fresh'));
});
