/**
 * The ingest CLI fed the hostile-input folder (tests/fixtures/hostile-input): every directory
 * entry is accounted for exactly once with a clear status and reason, none stops the others,
 * the good bulletins are written, the exit code is the documented one, and the run stays
 * bounded in time and memory with a 20 MB file and a 5 MB single line in the folder.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { constants, accessSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareNames, MAX_BULLETIN_BYTES, type FileReport, type IngestReport } from '../../src/ingest/ingest-run.ts';
import { parseEntryMarkdown } from '../../src/ingest/serialise-entry.ts';
import { materialiseHostileInput, NON_UTF8_NAME_AS_LISTED, TWENTY_MB, type Materialised } from '../fixtures/hostile-input/materialise.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'ingest.ts');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const REGISTRY = join(FIXTURES, 'ingest-registry-minimal');
const NO_OVERRIDES = join(FIXTURES, 'ingest-no-overrides');
const PEAK_MEMORY = pathToFileURL(join(FIXTURES, 'hostile-input', 'record-peak-memory.mjs')).href;
// Node 24 from the `node` package; no parse cache, so nothing outside the work folder is written.
const ENV = {
  ...process.env,
  PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
  ARCHIVE_INGEST_CACHE: 'off',
};

/** Generous bounds for a loaded 2-core CI machine; a quadratic parser or a 20 MB read into memory breaks them. */
const MAX_SECONDS = 120;
const MAX_PEAK_MEGABYTES = 1500;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs the ingest on Node 24 (as `uid`/`gid` when given), recording its peak memory in `peakFile`. */
function ingest(args: string[], peakFile: string, user?: { uid: number; gid: number }): Promise<Run> {
  const started = performance.now();
  const child = spawn('node', ['--import', PEAK_MEMORY, SCRIPT, '--registry', REGISTRY, '--overrides', NO_OVERRIDES, ...args], {
    cwd: ROOT,
    env: { ...ENV, HOSTILE_PEAK_MEMORY_FILE: peakFile },
    ...(user ?? {}),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

/** Whether this process can read the file (false for mode 000, unless it is root). */
function canRead(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

const WRITTEN = ['written', 'flagged'];

let work: string;
let input: string;
let made: Materialised;
let run: Run;
let report: IngestReport;
let byFile: Map<string, FileReport>;
let peakMegabytes: number;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hostile-input-'));
  input = join(work, 'in');
  made = await materialiseHostileInput(input);
  const peakFile = join(work, 'peak-kb');
  // --strict: rejections make exit code 1, everything else is still written.
  run = await ingest(['-i', input, '-o', join(work, 'out'), '-r', join(work, 'report.json'), '--ledger', join(work, 'ids.json'), '--strict'], peakFile);
  report = JSON.parse(await readFile(join(work, 'report.json'), 'utf8')) as IngestReport;
  byFile = new Map(report.files.map((f) => [f.file, f]));
  peakMegabytes = Number(await readFile(peakFile, 'utf8')) / 1024;
  process.stdout.write(
    `hostile input: ${report.counts.total} items accounted for in ${run.seconds.toFixed(1)} s, peak memory ${peakMegabytes.toFixed(0)} MB\n`,
  );
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the hostile-input folder', () => {
  test('exits 1 under --strict (files were rejected), with nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  test('accounts for every directory entry exactly once, each with a status and, unless written, a reason', async () => {
    const names = (await readdir(input)).sort(compareNames);
    expect(names.length).toBeGreaterThanOrEqual(15);
    expect(report.files.map((f) => f.file)).toEqual(names);
    expect(report.counts.total).toBe(names.length);
    const { written, flagged, merged, rejected, skipped } = report.counts;
    expect(written + flagged + merged + rejected + skipped).toBe(names.length);
    for (const file of report.files) {
      if (file.status === 'written') continue;
      if (file.status === 'flagged') expect(file.flags?.length ?? 0).toBeGreaterThan(0);
      else expect(file.reason ?? '').not.toBe('');
    }
  });

  test('gives each hostile item the status and reason it deserves', () => {
    const expected: [string, string, RegExp?][] = [
      ['empty.txt', 'rejected', /^empty file/],
      ['whitespace-only.txt', 'rejected', /^only white space/],
      ['png-renamed.txt', 'rejected', /binary data, not text: PNG image/],
      ['zero-filled-block.txt', 'rejected', /binary data, not text: \d+% control bytes/],
      ['twenty-megabytes.txt', 'rejected', new RegExp(`too large for a bulletin: 20\\.0 MB \\(${TWENTY_MB} bytes\\).*not read`)],
      ['x.txt', 'rejected', /^a folder/],
      ['broken-link.txt', 'rejected', /^broken symbolic link/],
      ['loop.txt', 'rejected', /too many symbolic links .*\(ELOOP\)/],
    ];
    if (made.fifo) expected.push(['pipe.txt', 'rejected', /^not a regular file$/]);
    if (made.nonUtf8Name) expected.push([NON_UTF8_NAME_AS_LISTED, 'rejected', /not valid UTF-8.*rename it/]);
    for (const [file, status, reason] of expected) {
      expect({ file, ...byFile.get(file) }).toMatchObject({ file, status, ...(reason ? { reason: expect.stringMatching(reason) } : {}) });
      // Every rejection is also printed, one `file: reason` line each.
      expect(run.stdout).toContain(`  ${file}: ${byFile.get(file)?.reason ?? ''}\n`);
    }
    expect(byFile.get('nul-bytes-inside.txt')).toMatchObject({
      status: 'flagged',
      flags: expect.arrayContaining(['3 control characters (NUL and the like) removed from the text']),
    });
    expect(byFile.get('long-line-5mb.txt')).toMatchObject({
      status: 'flagged',
      flags: expect.arrayContaining([expect.stringMatching(/^very long: \d+ characters/)]),
    });
  });

  test('writes the good bulletins, whatever their names, each pointing back at its file', async () => {
    const good = ['plain-bulletin.txt', 'a b.txt', 'Визит 2014.txt', 'line\nbreak.txt', 'nul-bytes-inside.txt', 'long-line-5mb.txt'];
    for (const file of good) {
      const line = byFile.get(file);
      expect(WRITTEN, file).toContain(line?.status);
      const { entry, body } = parseEntryMarkdown(await readFile(join(work, 'out', line?.path ?? ''), 'utf8'), line?.path);
      expect(entry.source.file).toBe(file);
      expect(entry.id).toBe(line?.id);
      expect(body).not.toContain('\u0000');
    }
    const long = byFile.get('long-line-5mb.txt');
    const { body } = parseEntryMarkdown(await readFile(join(work, 'out', long?.path ?? ''), 'utf8'));
    // Kept whole: a long line is data, not a reason to cut.
    expect(body.length).toBeGreaterThan(4_900_000);
    const onDisk = (await readdir(join(work, 'out'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    expect(onDisk.length).toBe(report.files.filter((f) => WRITTEN.includes(f.status)).length);
  });

  test('reads a file without read permission when it can (root), and says so when it cannot', () => {
    const line = byFile.get('unreadable.txt');
    if (canRead(join(input, 'unreadable.txt'))) expect(WRITTEN).toContain(line?.status);
    else expect(line).toMatchObject({ status: 'rejected', reason: 'cannot read: permission denied (EACCES)' });
  });

  test(`stays within ${MAX_SECONDS} s and ${MAX_PEAK_MEGABYTES} MB: the 20 MB file is never read, the 5 MB line parses in linear time`, () => {
    expect(TWENTY_MB).toBeGreaterThan(MAX_BULLETIN_BYTES);
    expect(run.seconds).toBeLessThan(MAX_SECONDS);
    expect(peakMegabytes).toBeGreaterThan(0);
    expect(peakMegabytes).toBeLessThan(MAX_PEAK_MEGABYTES);
  });
});

describe('a file the ingest may not read', () => {
  test('is rejected with permission denied, and the others are still written', async () => {
    // Root reads mode-000 files, so as root the ingest runs as the unprivileged user `nobody`.
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
    const own = await mkdtemp(join(tmpdir(), 'hostile-nobody-'));
    try {
      await chmod(own, 0o777);
      const folder = join(own, 'in');
      await mkdir(folder);
      await writeFile(join(folder, 'unreadable.txt'), 'BEIJING, July 8 (Xinhua) -- Wang Yi met Sergey Lavrov in Beijing on Monday.\n');
      await chmod(join(folder, 'unreadable.txt'), 0o000);
      await writeFile(join(folder, 'readable.txt'), await readFile(join(FIXTURES, 'hostile-input', 'files', 'plain-bulletin.txt')));
      const result = await ingest(
        ['-i', folder, '-o', join(own, 'out'), '-r', join(own, 'report.json'), '--ledger', join(own, 'ids.json')],
        join(own, 'peak-kb'),
        user,
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const files = (JSON.parse(await readFile(join(own, 'report.json'), 'utf8')) as IngestReport).files;
      expect(files.find((f) => f.file === 'unreadable.txt')).toEqual({
        file: 'unreadable.txt',
        status: 'rejected',
        reason: 'cannot read: permission denied (EACCES)',
      });
      expect(WRITTEN).toContain(files.find((f) => f.file === 'readable.txt')?.status);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  }, 120_000);
});
