/**
 * The ingest CLI run as a user runs it: a subprocess on temporary folders. The assertions are
 * about structure, statuses, determinism and atomicity, not about what the parser extracts,
 * so they hold whatever the parser's ids and titles are.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { IngestReport } from '../../src/ingest/ingest-run.ts';
import { parseEntryMarkdown } from '../../src/ingest/serialise-entry.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'ingest.ts');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
// Node 24 (type stripping) comes from the `node` package, not from the machine.
const ENV = { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}` };

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn('node', [SCRIPT, ...args], { cwd: ROOT, env: ENV });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

const ingest = (...args: string[]): Promise<Run> => start(args).done;

/** Every file under `dir`, by relative path, with its bytes; sorted so trees compare equal. */
async function readTree(dir: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
  for (const file of files.sort()) tree[file] = (await readFile(join(dir, file))).toString('base64');
  return tree;
}

const readReport = async (path: string): Promise<IngestReport> => JSON.parse(await readFile(path, 'utf8')) as IngestReport;

/** Names beside the output folder that a run left behind (temporary or backup folders). */
async function leftovers(work: string): Promise<string[]> {
  return (await readdir(work)).filter((name) => name.includes('.ingest-') || name.endsWith('.tmp'));
}

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('every item of the input folder is accounted for', () => {
  test('bulletins, an empty file, other files, a folder named x.txt, symlinks and a FIFO', async () => {
    const input = join(work, 'in');
    await cp(join(FIXTURES, 'ingest-every-kind-of-folder-item'), input, { recursive: true });
    await writeFile(join(input, '.DS_Store'), 'junk');
    await symlink(join(input, 'missing.txt'), join(input, 'broken.txt'));
    await symlink(join(input, '001_bulletin.txt'), join(input, 'link.txt'));
    const hasFifo = spawnSync('mkfifo', [join(input, 'pipe.txt')]).status === 0;

    const run = await ingest('--input', input, '--out', join(work, 'out'), '--report', join(work, 'report.json'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    const report = await readReport(join(work, 'report.json'));
    const names = (await readdir(input)).sort();
    expect(report.files.map((f) => f.file)).toEqual(names);
    const byFile = new Map(report.files.map((f) => [f.file, f]));
    const status = (file: string): string | undefined => byFile.get(file)?.status;

    expect(status('empty.txt')).toBe('rejected');
    expect(byFile.get('x.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/folder/) });
    expect(byFile.get('broken.txt')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/broken symbolic link/) });
    if (hasFifo) expect(byFile.get('pipe.txt')).toMatchObject({ status: 'rejected', reason: 'not a regular file' });
    for (const file of ['notes.md', 'README', '.DS_Store']) {
      expect(byFile.get(file)).toMatchObject({ status: 'skipped', reason: 'not a .txt file' });
    }
    for (const file of ['001_bulletin.txt', '002_bulletin.txt']) expect(['written', 'flagged']).toContain(status(file));
    // A symlink is read through; its bytes equal 001's, so it is a second entry or a duplicate.
    const link = byFile.get('link.txt');
    if (link?.status === 'skipped') expect(link.reason).toBe('duplicate of 001_bulletin.txt');
    else expect(['written', 'flagged']).toContain(link?.status);

    const { counts } = report;
    expect(counts.total).toBe(names.length);
    expect(counts.written + counts.flagged + counts.rejected + counts.skipped).toBe(names.length);
    for (const f of report.files.filter((file) => file.status === 'rejected')) {
      expect(run.stdout).toContain(`\n  ${f.file}: ${f.reason ?? ''}\n`);
    }
    for (const label of ['written', 'flagged', 'rejected', 'skipped', 'entries:', 'report:']) {
      expect(run.stdout).toContain(label);
    }
  });

  test('the output holds exactly the written entries, each valid and pointing back at its file', async () => {
    const input = join(FIXTURES, 'ingest-every-kind-of-folder-item');
    const out = join(work, 'out');
    expect((await ingest('-i', input, '-o', out, '-r', join(work, 'r.json'))).code).toBe(0);
    const report = await readReport(join(work, 'r.json'));
    const written = report.files.filter((f) => f.status === 'written' || f.status === 'flagged');
    expect(Object.keys(await readTree(out)).sort()).toEqual(written.map((f) => f.path).sort());
    for (const f of written) {
      expect(f.path).toMatch(/^(\d{4}|undated)\/[a-z0-9]+(-[a-z0-9]+)*\.md$/);
      expect(f.path).toBe(`${f.path?.split('/')[0]}/${f.id}.md`);
      const { entry } = parseEntryMarkdown(await readFile(join(out, f.path ?? ''), 'utf8'), f.path);
      expect(entry.id).toBe(f.id);
      expect(entry.source.file).toBe(f.file);
      expect(f.path?.split('/')[0]).toBe(entry.date?.slice(0, 4) ?? 'undated');
      expect(f.status === 'flagged').toBe((f.flags ?? []).length > 0);
    }
  });

  test('a byte-identical copy never overwrites the first file: ids in the output are unique', async () => {
    const out = join(work, 'out');
    await ingest('-i', join(FIXTURES, 'ingest-byte-identical-copies'), '-o', out, '-r', join(work, 'r.json'));
    const report = await readReport(join(work, 'r.json'));
    expect(report.files.map((f) => f.file)).toEqual(['a.txt', 'b-copy-of-a.txt', 'c.txt']);
    const [a, copy] = report.files;
    if (a?.id !== undefined && a.id === copy?.id) {
      expect(copy).toMatchObject({ status: 'skipped', reason: 'duplicate of a.txt' });
      expect(copy).not.toHaveProperty('path');
    }
    const ids = report.files.filter((f) => f.path !== undefined).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(await readTree(out))).toHaveLength(ids.length);
  });
});

describe('exit codes', () => {
  test('--strict exits 1 when a file was rejected, 0 without --strict', async () => {
    const input = join(FIXTURES, 'ingest-every-kind-of-folder-item');
    const args = ['-i', input, '-o', join(work, 'out'), '-r', join(work, 'r.json')];
    expect((await ingest(...args)).code).toBe(0);
    expect((await ingest(...args, '--strict')).code).toBe(1);
  });

  test('--strict exits 0 when nothing was rejected', async () => {
    const input = join(FIXTURES, 'ingest-no-bulletins-only-other-files');
    const run = await ingest('-i', input, '-o', join(work, 'out'), '-r', join(work, 'r.json'), '--strict');
    expect(run.code).toBe(0);
    expect((await readReport(join(work, 'r.json'))).counts).toMatchObject({ total: 2, skipped: 2, rejected: 0 });
  });

  test('--help prints the usage and exits 0', async () => {
    const run = await ingest('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: .*--input DIR.*--out DIR/);
  });

  test.each([
    ['an unknown flag', ['--bogus'], /Unknown option '--bogus'/],
    ['a positional argument', ['content/raw'], /Unexpected argument/],
    ['an empty path', ['--input', ''], /--input needs a path/],
    ['an output inside the input', ['-i', 'IN', '-o', 'IN/out'], /must not contain each other/],
  ])('exits 2 on %s', async (_name, args, message) => {
    const run = await ingest(...args.map((a) => a.replace('IN', join(work, 'in'))));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  test('exits 2 naming the input folder when it cannot be read, and writes nothing', async () => {
    const missing = join(work, 'no-such-folder');
    const run = await ingest('-i', missing, '-o', join(work, 'out'), '-r', join(work, 'r.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot read the input folder ${missing}`);
    expect(await readdir(work)).toEqual([]);
  });

  test('refuses to replace an output folder holding files it did not write', async () => {
    const out = join(work, 'out');
    await mkdir(out);
    await writeFile(join(out, 'keep-me.txt'), 'precious');
    const run = await ingest('-i', join(FIXTURES, 'ingest-small-bulletin-folder'), '-o', out, '-r', join(work, 'r.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`refusing to replace ${out}`);
    expect(await readTree(out)).toEqual({ 'keep-me.txt': Buffer.from('precious').toString('base64') });
  });
});

describe('reproducible output', () => {
  test('same bytes across runs and across the order files were copied in', async () => {
    const fixture = join(FIXTURES, 'ingest-small-bulletin-folder');
    const names = (await readdir(fixture)).sort();
    const forward = join(work, 'forward');
    const backward = join(work, 'backward');
    await mkdir(forward);
    await mkdir(backward);
    for (const name of names) await cp(join(fixture, name), join(forward, name));
    for (const name of [...names].reverse()) await cp(join(fixture, name), join(backward, name));

    const run = (input: string, out: string): Promise<Run> =>
      ingest('-i', input, '-o', join(work, out), '-r', join(work, `${out}.json`));
    expect((await run(forward, 'out1')).code).toBe(0);
    const first = await readTree(join(work, 'out1'));
    const firstReport = await readFile(join(work, 'out1.json'), 'utf8');
    expect(Object.keys(first).length).toBeGreaterThan(0);

    expect((await run(forward, 'out1')).code).toBe(0);
    expect(await readTree(join(work, 'out1'))).toEqual(first);
    expect(await readFile(join(work, 'out1.json'), 'utf8')).toBe(firstReport);

    expect((await run(backward, 'out2')).code).toBe(0);
    expect(await readTree(join(work, 'out2'))).toEqual(first);
    const { files, counts } = await readReport(join(work, 'out2.json'));
    expect({ files, counts }).toEqual({ files: JSON.parse(firstReport).files, counts: JSON.parse(firstReport).counts });
    expect(await leftovers(work)).toEqual([]);
  });
});

describe('atomic replacement of the output', () => {
  /** A folder of `count` distinct bulletins, big enough that a run takes a few seconds. */
  async function bigInput(count: number): Promise<string> {
    const input = join(work, 'big');
    await mkdir(input);
    const fixture = join(FIXTURES, 'ingest-small-bulletin-folder');
    const texts = await Promise.all((await readdir(fixture)).sort().map((n) => readFile(join(fixture, n), 'utf8')));
    for (let i = 0; i < count; i += 500) {
      await Promise.all(
        Array.from({ length: Math.min(500, count - i) }, (_, j) =>
          writeFile(join(input, `${String(i + j).padStart(5, '0')}.txt`), `${texts[(i + j) % texts.length]}\nItem ${i + j}.\n`),
        ),
      );
    }
    return input;
  }

  /** Runs a first, small ingest and returns a snapshot of what it wrote. */
  async function previousRun(): Promise<{ out: string; report: string; tree: Record<string, string>; reportText: string }> {
    const out = join(work, 'out');
    const report = join(work, 'report.json');
    expect((await ingest('-i', join(FIXTURES, 'ingest-small-bulletin-folder'), '-o', out, '-r', report)).code).toBe(0);
    return { out, report, tree: await readTree(out), reportText: await readFile(report, 'utf8') };
  }

  /** Starts a run and returns it once its temporary output folder exists. */
  async function startAndWaitForTemp(args: string[]): Promise<{ child: ChildProcess; done: Promise<Run> }> {
    const run = start(args);
    const deadline = Date.now() + 20_000;
    while (!(await readdir(work)).some((name) => name.startsWith('.out.ingest-tmp-'))) {
      if (Date.now() > deadline) throw new Error('the run never created its temporary folder');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // Let it write some entries before stopping it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return run;
  }

  test('Ctrl-C mid-run leaves the previous output and report intact and cleans up', async () => {
    const before = await previousRun();
    const input = await bigInput(4000);
    const { child, done } = await startAndWaitForTemp(['-i', input, '-o', before.out, '-r', before.report]);
    child.kill('SIGINT');
    const run = await done;
    expect(run.code).toBe(130);
    expect(run.stderr).toContain('interrupted');
    expect(await readTree(before.out)).toEqual(before.tree);
    expect(await readFile(before.report, 'utf8')).toBe(before.reportText);
    expect(await leftovers(work)).toEqual([]);
  }, 60_000);

  test('a killed run leaves the previous output intact, and the next run cleans up after it', async () => {
    const before = await previousRun();
    const input = await bigInput(4000);
    const { child, done } = await startAndWaitForTemp(['-i', input, '-o', before.out, '-r', before.report]);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    expect(await readTree(before.out)).toEqual(before.tree);
    expect(await readFile(before.report, 'utf8')).toBe(before.reportText);

    const next = await ingest('-i', input, '-o', before.out, '-r', before.report);
    expect(next.code).toBe(0);
    expect(await leftovers(work)).toEqual([]);
    expect((await readReport(before.report)).counts.total).toBe(4000);
  }, 60_000);

  test('a run that died between its two renames has its backup restored by the next run', async () => {
    const before = await previousRun();
    // What a crash after `rename(out, backup)` leaves: no output, a backup of a dead process.
    const backup = join(dirname(before.out), '.out.ingest-old-99999999-abcdef');
    await cp(before.out, backup, { recursive: true });
    await rm(before.out, { recursive: true });
    const run = await ingest('-i', join(FIXTURES, 'ingest-small-bulletin-folder'), '-o', before.out, '-r', before.report);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('restored');
    expect(await readTree(before.out)).toEqual(before.tree);
    expect(await leftovers(work)).toEqual([]);
  });
});
