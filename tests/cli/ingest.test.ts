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
import { writeNumberedBulletins } from '../helpers/numbered-bulletins.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'ingest.ts');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** A small registry and an empty overrides folder, so the tests never depend on content/. */
const REGISTRY = join(FIXTURES, 'ingest-registry-minimal');
const NO_OVERRIDES = join(FIXTURES, 'ingest-no-overrides');
// Node 24 (type stripping) comes from the `node` package, not from the machine.
const ENV = { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}` };

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the CLI; a later `--registry` or `--overrides` in `args` wins over the test defaults. */
function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn('node', [SCRIPT, '--registry', REGISTRY, '--overrides', NO_OVERRIDES, ...args], { cwd: ROOT, env: ENV });
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
    // A symlink is read through; its bytes equal 001's, so it is a copy of 001's entry.
    expect(byFile.get('link.txt')).toMatchObject({ status: 'merged', id: byFile.get('001_bulletin.txt')?.id, reason: 'same text as 001_bulletin.txt' });

    const { counts } = report;
    expect(counts.total).toBe(names.length);
    expect(counts.written + counts.flagged + counts.merged + counts.rejected + counts.skipped).toBe(names.length);
    for (const f of report.files.filter((file) => file.status === 'rejected')) {
      expect(run.stdout).toContain(`\n  ${f.file}: ${f.reason ?? ''}\n`);
    }
    for (const label of ['written', 'flagged', 'merged', 'rejected', 'skipped', 'overrides:', 'meetings:', 'entries:', 'report:']) {
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

  test('a byte-identical copy never overwrites the first file: it is merged into its entry', async () => {
    const out = join(work, 'out');
    await ingest('-i', join(FIXTURES, 'ingest-byte-identical-copies'), '-o', out, '-r', join(work, 'r.json'));
    const report = await readReport(join(work, 'r.json'));
    expect(report.files.map((f) => f.file)).toEqual(['a.txt', 'b-copy-of-a.txt', 'c.txt']);
    const [a, copy] = report.files;
    expect(copy).toEqual({ file: 'b-copy-of-a.txt', status: 'merged', id: a?.id, reason: 'same text as a.txt' });
    const ids = report.files.filter((f) => f.path !== undefined).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(await readTree(out))).toHaveLength(ids.length);
    const { entry } = parseEntryMarkdown(await readFile(join(out, a?.path ?? ''), 'utf8'));
    expect(entry.source.file).toBe('a.txt');
    expect(entry.copies).toEqual([{ ...entry.source, file: 'b-copy-of-a.txt' }]);
  });
});

describe('re-posts and reports of one meeting', () => {
  test('re-posts of one bulletin, byte-identical or not, are one entry listing the others as copies', async () => {
    const out = join(work, 'out');
    const run = await ingest('-i', join(FIXTURES, 'ingest-re-posts-of-one-bulletin'), '-o', out, '-r', join(work, 'r.json'));
    expect(run.code).toBe(0);
    const report = await readReport(join(work, 'r.json'));
    const [first, crawl, identical, other] = report.files;
    expect(['written', 'flagged']).toContain(first?.status);
    expect(crawl).toEqual({ file: '002_crawl-of-the-same-page.txt', status: 'merged', id: first?.id, reason: 'same text as 001_web-page.txt' });
    expect(identical).toEqual({ file: '003_byte-identical-copy.txt', status: 'merged', id: first?.id, reason: 'same text as 001_web-page.txt' });
    expect(other?.id).not.toBe(first?.id);
    expect(report.counts).toMatchObject({ total: 4, merged: 2 });
    expect(run.stdout).toMatch(/\n {2}merged +2\n/);

    expect(Object.keys(await readTree(out)).sort()).toEqual([first?.path, other?.path].sort());
    const { entry } = parseEntryMarkdown(await readFile(join(out, first?.path ?? ''), 'utf8'));
    expect(entry.source).toMatchObject({ file: '001_web-page.txt' });
    expect(entry.source).not.toHaveProperty('url');
    expect(entry.copies).toEqual([
      // The crawl dump's header gives the page's address: the copy keeps it.
      { file: '002_crawl-of-the-same-page.txt', url: 'https://www.fmprc.gov.cn/eng/wjb/wjbz/201503/t20150303_1001.shtml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { file: '003_byte-identical-copy.txt', sha256: entry.source.sha256 },
    ]);
  });

  test('three reports of one phone call share one meeting id; another call that day does not', async () => {
    const out = join(work, 'out');
    const run = await ingest('-i', join(FIXTURES, 'ingest-three-reports-of-one-call'), '-o', out, '-r', join(work, 'r.json'));
    expect(run.code).toBe(0);
    const report = await readReport(join(work, 'r.json'));
    const entries = new Map<string, Awaited<ReturnType<typeof parseEntryMarkdown>>['entry']>();
    for (const f of report.files) entries.set(f.file, parseEntryMarkdown(await readFile(join(out, f.path ?? ''), 'utf8')).entry);
    const calls = ['001_ministry.txt', '002_tass.txt', '003_xinhua.txt'].map((file) => entries.get(file));
    const other = entries.get('004_another-call-that-day.txt');

    const ids = calls.map((entry) => entry?.id ?? '');
    expect(new Set(ids).size).toBe(3);
    const meeting = calls[0]?.meeting;
    expect(ids).toContain(meeting);
    for (const entry of calls) expect(entry?.meeting).toBe(meeting);
    // The main report is its own meeting; the other call is alone.
    expect(entries.get(report.files.find((f) => f.id === meeting)?.file ?? '')?.meeting).toBe(meeting);
    expect(other?.meeting).toBe(other?.id);
    expect(report.meetings).toEqual([{ meeting, reports: [...ids].sort() }]);
    expect(run.stdout).toContain('meetings: 1 with more than one report');
  });

  test('names the registry lacks are listed as provisional people, to confirm in people.yml', async () => {
    const run = await ingest('-i', join(FIXTURES, 'ingest-three-reports-of-one-call'), '-o', join(work, 'out'), '-r', join(work, 'r.json'));
    const report = await readReport(join(work, 'r.json'));
    const truss = report.provisional.find((person) => person.names.includes('Liz Truss'));
    expect(truss).toMatchObject({ files: ['004_another-call-that-day.txt'] });
    // The registry's own people are never provisional.
    expect(report.provisional.map((person) => person.person)).not.toContain('wang-yi');
    expect(report.provisional.map((person) => person.person)).not.toContain('sergey-lavrov');
    expect(report.provisional.map((p) => p.person)).toEqual([...report.provisional.map((p) => p.person)].sort());
    expect(run.stdout).toContain(`provisional people: ${report.provisional.length} not in the registry; confirm them in ${join(REGISTRY, 'people.yml')}`);
  });
});

describe('editor overrides and the registry', () => {
  /** A first ingest of the small folder; returns its paths, its report and a snapshot. */
  async function firstRun(): Promise<{ args: string[]; out: string; report: string; first: { id: string; path: string } }> {
    const out = join(work, 'out');
    const report = join(work, 'report.json');
    const args = ['-i', join(FIXTURES, 'ingest-small-bulletin-folder'), '-o', out, '-r', report];
    expect((await ingest(...args)).code).toBe(0);
    const line = (await readReport(report)).files.find((f) => f.path !== undefined);
    return { args, out, report, first: { id: line?.id ?? '', path: line?.path ?? '' } };
  }

  test('an override is applied, reported, and survives every re-ingest; an unmatched one is reported', async () => {
    const { args, out, report, first } = await firstRun();
    const overrides = join(work, 'overrides');
    await mkdir(overrides);
    await writeFile(join(overrides, `${first.id}.yml`), 'title: "Corrected by an editor"\ndate: 1999\n');
    await writeFile(join(overrides, 'no-such-entry-123abc.yml'), 'title: Lost\n');
    await writeFile(join(overrides, 'README.md'), 'not an override');

    const run = await ingest(...args, '--overrides', overrides);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = await readReport(report);
    const line = result.files.find((f) => f.id === first.id);
    // The override moved the entry to the folder of its new year.
    expect(line).toMatchObject({ path: `1999/${first.id}.md`, override: `${first.id}.yml` });
    expect(result.overrides).toEqual({
      applied: [{ file: `${first.id}.yml`, id: first.id }],
      unmatched: [{ file: 'no-such-entry-123abc.yml', reason: 'no entry has id no-such-entry-123abc' }],
    });
    expect(result.files.filter((f) => f.override !== undefined)).toHaveLength(1);
    expect(run.stdout).toContain('overrides: 1 applied, 1 unmatched');
    expect(run.stdout).toContain('\nunmatched overrides (1):\n  no-such-entry-123abc.yml: no entry has id no-such-entry-123abc\n');
    const { entry } = parseEntryMarkdown(await readFile(join(out, `1999/${first.id}.md`), 'utf8'));
    expect(entry).toMatchObject({ id: first.id, title: 'Corrected by an editor', date: '1999', datePrecision: 'year' });

    // The overrides are input: a second ingest applies them again, to the same bytes.
    const tree = await readTree(out);
    const text = await readFile(report, 'utf8');
    expect((await ingest(...args, '--overrides', overrides)).code).toBe(0);
    expect(await readTree(out)).toEqual(tree);
    expect(await readFile(report, 'utf8')).toBe(text);
  });

  test('bad override files: exit 2 naming each file and problem, output unchanged', async () => {
    const { args, out, report, first } = await firstRun();
    const tree = await readTree(out);
    const text = await readFile(report, 'utf8');
    const overrides = join(work, 'overrides');
    await mkdir(overrides);
    await writeFile(join(overrides, `${first.id}.yml`), 'kind: chat\nid: another-id\n');
    await writeFile(join(overrides, 'typo.yaml'), 'title: T\n');

    const run = await ingest(...args, '--overrides', overrides);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the overrides in ${overrides} have 3 problems`);
    expect(run.stderr).toContain(`${first.id}.yml: kind: `);
    expect(run.stderr).toContain(`${first.id}.yml: id: cannot be changed by an override`);
    expect(run.stderr).toContain('typo.yaml: override files end in .yml');
    expect(await readTree(out)).toEqual(tree);
    expect(await readFile(report, 'utf8')).toBe(text);
    expect(await leftovers(work)).toEqual([]);
  });

  test('an override that makes its entry invalid: exit 2 naming it, output unchanged', async () => {
    const { args, out, report, first } = await firstRun();
    const tree = await readTree(out);
    const text = await readFile(report, 'utf8');
    const overrides = join(work, 'overrides');
    await mkdir(overrides);
    await writeFile(join(overrides, `${first.id}.yml`), 'date: 2014\ndatePrecision: day\n');

    const run = await ingest(...args, '--overrides', overrides);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${first.id}.yml: datePrecision: date "2014" has year precision, not day`);
    expect(await readTree(out)).toEqual(tree);
    expect(await readFile(report, 'utf8')).toBe(text);
    expect(await leftovers(work)).toEqual([]);
  });

  test('a missing --overrides folder is an error; the default folder may be missing', async () => {
    const missing = join(work, 'no-overrides-here');
    const run = await ingest('-i', join(FIXTURES, 'ingest-small-bulletin-folder'), '-o', join(work, 'out'), '-r', join(work, 'r.json'), '--overrides', missing);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot read the overrides folder ${missing}`);
    expect(await readdir(work)).toEqual([]);
  });

  test('a bad registry: exit 2 naming the file and every problem, output unchanged', async () => {
    const { args, out, report } = await firstRun();
    const tree = await readTree(out);
    const text = await readFile(report, 'utf8');
    const registry = join(work, 'registry');
    await cp(REGISTRY, registry, { recursive: true });
    const people = join(registry, 'people.yml');
    await writeFile(people, `${await readFile(people, 'utf8')}- id: Not A Slug\n  name: Someone\n- name: No Id\n`);

    const run = await ingest(...args, '--registry', registry);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the registry has 2 problems');
    expect(run.stderr).toContain(`${people}: 2.id: `);
    expect(run.stderr).toContain(`${people}: 3.id: `);
    expect(await readTree(out)).toEqual(tree);
    expect(await readFile(report, 'utf8')).toBe(text);
    expect(await leftovers(work)).toEqual([]);
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
    expect(run.stdout).toContain('--registry DIR');
    expect(run.stdout).toContain('--overrides DIR');
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
    // Re-posts and linked reports too: merging and linking must not depend on read order.
    const fixtures = ['ingest-small-bulletin-folder', 'ingest-re-posts-of-one-bulletin', 'ingest-three-reports-of-one-call'];
    const files: [string, string][] = [];
    for (const fixture of fixtures) {
      for (const name of await readdir(join(FIXTURES, fixture))) files.push([name, join(FIXTURES, fixture, name)]);
    }
    files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const forward = join(work, 'forward');
    const backward = join(work, 'backward');
    await mkdir(forward);
    await mkdir(backward);
    for (const [name, path] of files) await cp(path, join(forward, name));
    for (const [name, path] of [...files].reverse()) await cp(path, join(backward, name));

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
    const { input: _input, output: _output, ...rest } = await readReport(join(work, 'out2.json'));
    const { input: _input1, output: _output1, ...firstRest } = JSON.parse(firstReport) as IngestReport;
    expect(rest).toEqual(firstRest);
    expect(rest.meetings.length).toBeGreaterThan(0);
    expect(rest.counts.merged).toBeGreaterThan(0);
    expect(await leftovers(work)).toEqual([]);
  });
});

describe('atomic replacement of the output', () => {
  /** A folder of `count` distinct bulletins, big enough that a run takes a few seconds. */
  async function bigInput(count: number): Promise<string> {
    const input = join(work, 'big');
    await mkdir(input);
    await writeNumberedBulletins(input, count);
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
