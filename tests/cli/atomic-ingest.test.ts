/**
 * Atomic ingest, once it has started writing: an ingest stopped while it writes its entries
 * (Ctrl-C, SIGTERM, or SIGKILL, which no handler sees) leaves the previous entries, report and
 * id ledger byte-identical, and the next run succeeds, removes what the killed run left and
 * writes what a clean run writes. tests/cli/ingest.test.ts stops runs earlier, while they read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { writeNumberedBulletins } from '../helpers/numbered-bulletins.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'ingest.ts');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const REGISTRY = join(FIXTURES, 'ingest-registry-minimal');
const NO_OVERRIDES = join(FIXTURES, 'ingest-no-overrides');
/** Files in the big input: enough that writing their entries takes a good part of a second. */
const FILES = 2500;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

let shared: string;
let bigInput: string;
let cache: string;
/** The entries a clean run makes of the big input. */
let cleanTree: Record<string, string>;

/** Starts the ingest; the parse cache is a folder of this test's own, warmed by the first run. */
function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const env = { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}`, ARCHIVE_INGEST_CACHE: cache };
  const child = spawn('node', [SCRIPT, '--registry', REGISTRY, '--overrides', NO_OVERRIDES, ...args], { cwd: ROOT, env });
  let stderr = '';
  child.stdout?.resume();
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return { child, done };
}

/** Every file under `dir` by relative path, with its bytes. */
async function readTree(dir: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
  for (const file of files.sort()) tree[file] = (await readFile(join(dir, file))).toString('base64');
  return tree;
}

/** Waits until the run's temporary folder holds at least one written entry, then returns its path. */
async function waitForWrites(work: string, done: Promise<Run>): Promise<string> {
  let finished = false;
  void done.then(() => (finished = true));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (finished) throw new Error('the run ended before it was seen writing; make the input bigger');
    if (Date.now() > deadline) throw new Error('the run never started writing');
    const temp = (await readdir(work)).find((name) => name.startsWith('.out.ingest-tmp-'));
    if (temp !== undefined) {
      const inside = await readdir(join(work, temp), { recursive: true }).catch(() => []);
      if (inside.some((name) => String(name).endsWith('.md'))) return join(work, temp);
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

beforeAll(async () => {
  shared = await mkdtemp(join(tmpdir(), 'atomic-ingest-'));
  cache = join(shared, 'parse-cache');
  bigInput = join(shared, 'big');
  await mkdir(bigInput);
  await writeNumberedBulletins(bigInput, FILES);
  // A clean run: the reference output, and it warms the parse cache so later runs reach the
  // writing stage quickly (the cache holds parse outcomes only, never output).
  const clean = join(shared, 'clean');
  await mkdir(clean);
  const run = await start(['-i', bigInput, '-o', join(clean, 'out'), '-r', join(clean, 'report.json')]).done;
  expect(run.code, run.stderr).toBe(0);
  cleanTree = await readTree(join(clean, 'out'));
  expect(Object.keys(cleanTree).length).toBeGreaterThan(FILES / 2);
}, 300_000);

afterAll(async () => {
  await rm(shared, { recursive: true, force: true });
});

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(shared, 'case-'));
});

/** A previous, small ingest in `work`: its entries, report and ledger, as bytes. */
async function previousRun(): Promise<{ args: string[]; snapshot: () => Promise<unknown> }> {
  const small = join(work, 'small');
  await cp(join(FIXTURES, 'ingest-small-bulletin-folder'), small, { recursive: true });
  const out = join(work, 'out');
  const report = join(work, 'report.json');
  const ledger = join(work, 'ids.json');
  const first = await start(['-i', small, '-o', out, '-r', report, '--ledger', ledger]).done;
  expect(first.code, first.stderr).toBe(0);
  const snapshot = async (): Promise<unknown> => ({
    entries: await readTree(out),
    report: await readFile(report, 'utf8'),
    ledger: await readFile(ledger, 'utf8'),
  });
  return { args: ['-o', out, '-r', report, '--ledger', ledger], snapshot };
}

/** Names beside the output that a run left behind: temporary folders and files, backups. */
async function leftovers(): Promise<string[]> {
  return (await readdir(work)).filter((name) => name.includes('.ingest-') || name.endsWith('.tmp'));
}

describe('stopped while writing its entries', () => {
  test.each(['SIGINT', 'SIGTERM'] as const)('%s: exits 130, the previous output is byte-identical, nothing is left behind', async (signal) => {
    const previous = await previousRun();
    const before = await previous.snapshot();
    const { child, done } = start(['-i', bigInput, ...previous.args]);
    await waitForWrites(work, done);
    child.kill(signal);
    const run = await done;
    expect(run.code).toBe(130);
    expect(run.stderr).toContain(`interrupted (${signal})`);
    expect(await previous.snapshot()).toEqual(before);
    expect(await leftovers()).toEqual([]);
  }, 180_000);

  test('SIGKILL: the previous output is byte-identical; the next run succeeds, cleans up and writes what a clean run writes', async () => {
    const previous = await previousRun();
    const before = await previous.snapshot();
    const { child, done } = start(['-i', bigInput, ...previous.args]);
    const temp = await waitForWrites(work, done);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    expect(await previous.snapshot()).toEqual(before);
    // What the killed run left: its temporary folder, with entries in it.
    expect((await readdir(temp, { recursive: true })).some((name) => String(name).endsWith('.md'))).toBe(true);

    const next = await start(['-i', bigInput, ...previous.args]).done;
    expect(next.code, next.stderr).toBe(0);
    expect(await leftovers()).toEqual([]);
    expect(await readTree(join(work, 'out'))).toEqual(cleanTree);
  }, 180_000);
});
