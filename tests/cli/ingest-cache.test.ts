/**
 * The ingest's parse cache and worker threads never change the output: a run without either,
 * a cold run with workers, a warm run from the cache and a run after a file was changed and
 * another renamed all write the same bytes as a plain run over the same input; and the warm
 * runs parse only what changed. Files unchanged since the last run are not even read, yet a
 * change that keeps the size and sets the modification time back is still seen, and a
 * corrupt cache shard or file index is ignored, never fatal.
 */
import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
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

/** Runs the ingest of `input` (default the shared raw folder) into `<work>/<name>/entries` with the given cache setting; returns its stdout. */
function ingest(name: string, env: Record<string, string>, input: string = raw): string {
  const out = join(work, name);
  const result = spawnSync('node', [SCRIPT, '--input', input, '--out', join(out, 'entries'), '--report', join(out, 'report.json'), '--registry', 'content/registry', '--overrides', NO_OVERRIDES], {
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

test('corrupt cache shards and a corrupt file index are ignored, not trusted', async () => {
  const cache = join(work, 'cache-3');
  ingest('seed-cache', { ARCHIVE_INGEST_CACHE: cache });
  const shards = (await readdir(cache)).filter((name) => name.startsWith('outcomes-'));
  expect(shards.length).toBeGreaterThan(10);
  for (const name of shards) await writeFile(join(cache, name), '{"format":3,"version":"x","records":{}} trailing');
  await writeFile(join(cache, 'files.json'), '{"format":3,"inp');
  const run = ingest('after-corrupt', { ARCHIVE_INGEST_CACHE: cache, ARCHIVE_INGEST_WORKERS: '0' });
  expect(run).toContain(`\nparsed: ${distinct} of 90 bulletins`);
  expect(run).toContain('\nunread: 0 files');
  ingest('plain-2', { ARCHIVE_INGEST_CACHE: 'off', ARCHIVE_INGEST_WORKERS: '0' });
  expect(await readOutput('after-corrupt')).toEqual(await readOutput('plain-2'));
  // The next run finds the shards rewritten.
  expect(ingest('after-corrupt', { ARCHIVE_INGEST_CACHE: cache, ARCHIVE_INGEST_WORKERS: '0' })).toMatch(/^parsed: 0 of 90 bulletins/m);
});

test('unchanged files are not read again; a change of the same size with the old modification time is still seen', async () => {
  const cache = join(work, 'cache-5');
  const input = join(work, 'raw-stat');
  await cp(raw, input, { recursive: true });
  const names = (await readdir(input)).sort();
  const ingestFrom = (name: string, env: Record<string, string>): string => ingest(name, env, input);
  // A whole second, which utimes sets exactly (a time read back from stat would lose its nanoseconds).
  const path = join(input, names[7] ?? '');
  const old = new Date('2020-01-02T03:04:05Z');
  await utimes(path, old, old);
  // A file changed less than two seconds before a run is hashed again next time (a second
  // change could share its timestamps), so let the copies settle first.
  await new Promise((resolve) => setTimeout(resolve, 2100));
  ingestFrom('stat-1', { ARCHIVE_INGEST_CACHE: cache });
  expect(ingestFrom('stat-2', { ARCHIVE_INGEST_CACHE: cache })).toMatch(/^unread: 90 files/m);

  // Same size, one letter changed, the modification time put back as it was.
  const before = await stat(path);
  const text = await readFile(path, 'utf8');
  const at = text.indexOf(' the ');
  expect(at).toBeGreaterThan(0);
  await writeFile(path, `${text.slice(0, at)} thE ${text.slice(at + 5)}`);
  await utimes(path, old, old);
  const after = await stat(path);
  expect(after.size).toBe(before.size);
  expect(after.mtimeMs).toBe(before.mtimeMs);
  // Past the racy window again, so only the status time can tell.
  await new Promise((resolve) => setTimeout(resolve, 2100));
  const run = ingestFrom('stat-3', { ARCHIVE_INGEST_CACHE: cache });
  expect(run).toMatch(/^unread: 89 files/m);
  expect(run).toMatch(/^parsed: 1 of 90 bulletins/m);
  ingestFrom('stat-fresh', { ARCHIVE_INGEST_CACHE: 'off', ARCHIVE_INGEST_WORKERS: '0' });
  expect(await readOutput('stat-3')).toEqual(await readOutput('stat-fresh'));
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
