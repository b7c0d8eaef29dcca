/**
 * The id ledger through the ingest CLI: a folder is ingested, then ingested again after one
 * bulletin was corrected (so its id changes) and another removed; the ledger must keep every
 * id published by the first run, as a redirect or a withdrawal. Also: a failed run leaves the
 * ledger as it was, and a broken ledger stops the run before anything is written.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { IngestReport } from '../../src/ingest/ingest-run.ts';
import { LedgerSchema, type Ledger } from '../../src/schema/ledger.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'ingest.ts');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const REGISTRY = join(FIXTURES, 'ingest-registry-minimal');
const NO_OVERRIDES = join(FIXTURES, 'ingest-no-overrides');
// Node 24 (type stripping) comes from the `node` package, not from the machine.
const ENV = { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}` };

/** The bulletin whose date is corrected, and the one removed, in the second run. */
const CORRECTED = '005_date-in-prose.txt';
const REMOVED = '002_web-page-dump.txt';

/** Runs the ingest CLI on the test's folders; extra args win over the defaults. */
function ingest(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync('node', [SCRIPT, '--registry', REGISTRY, '--overrides', NO_OVERRIDES, '--input', input, '--out', out, '--report', reportPath, ...args], {
    cwd: ROOT,
    env: ENV,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const readLedger = async (path: string): Promise<Ledger> => LedgerSchema.parse(JSON.parse(await readFile(path, 'utf8')));
const readReport = async (): Promise<IngestReport> => JSON.parse(await readFile(reportPath, 'utf8')) as IngestReport;

let work = '';
let input = '';
let out = '';
let reportPath = '';
/** The default ledger: ids.json beside the output folder. */
let ledgerPath = '';
let first: Ledger;
let firstReport: IngestReport;
let firstBytes = '';
let second: Ledger;
let secondReport: IngestReport;
let secondRun: ReturnType<typeof ingest>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'id-ledger-cli-'));
  input = join(work, 'in');
  out = join(work, 'out');
  reportPath = join(work, 'report.json');
  ledgerPath = join(work, 'ids.json');
  await cp(join(FIXTURES, 'ingest-small-bulletin-folder'), input, { recursive: true });

  const run1 = ingest();
  if (run1.code !== 0) throw new Error(`first ingest failed: ${run1.stderr}`);
  firstBytes = await readFile(ledgerPath, 'utf8');
  first = await readLedger(ledgerPath);
  firstReport = await readReport();

  // (a) correct the date in the text, so the entry's date and hash change; (b) remove a bulletin.
  const text = await readFile(join(input, CORRECTED), 'utf8');
  await writeFile(join(input, CORRECTED), text.replace('January 21, 2014', 'January 22, 2014'));
  await rm(join(input, REMOVED));
  secondRun = ingest();
  if (secondRun.code !== 0) throw new Error(`second ingest failed: ${secondRun.stderr}`);
  second = await readLedger(ledgerPath);
  secondReport = await readReport();
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a first ingest', () => {
  test('writes the ledger beside the output folder: every written file maps to its entry id', () => {
    expect(existsSync(ledgerPath)).toBe(true);
    expect(Object.keys(first.sources)).toEqual([
      '001_crawl-dump.txt',
      '002_web-page-dump.txt',
      '003_wire-copy.txt',
      '004_bom-and-crlf.txt',
      '005_date-in-prose.txt',
    ]);
    expect(first.redirects).toEqual({});
    expect(first.withdrawn).toEqual({});
    expect(firstReport.ledger).toEqual({
      file: ledgerPath,
      counts: { sources: 5, live: 5, redirects: 0, withdrawn: 0 },
      redirected: [],
      withdrawn: [],
      restored: [],
    });
  });
});

describe('a second ingest after one id changed and one bulletin went', () => {
  test('the corrected bulletin has a new id, and its old id redirects to it', () => {
    const oldId = first.sources[CORRECTED]?.id;
    const newId = second.sources[CORRECTED]?.id;
    expect(oldId).toBeDefined();
    expect(newId).toBeDefined();
    expect(newId).not.toBe(oldId);
    expect(second.sources[CORRECTED]?.date).toBe('2014-01-22');
    expect(second.redirects).toEqual({ [oldId ?? '']: newId });
    // The new id's entry is the one written.
    expect(secondReport.files.find((f) => f.file === CORRECTED)?.id).toBe(newId);
  });

  test('the removed bulletin is withdrawn, with what it was and why', () => {
    const was = first.sources[REMOVED];
    expect(was).toBeDefined();
    expect(second.sources[REMOVED]).toBeUndefined();
    expect(second.withdrawn).toEqual({
      [was?.id ?? '']: {
        title: was?.title,
        ...(was?.date === undefined ? {} : { date: was.date }),
        file: REMOVED,
        sha256: was?.sha256,
        ...(was?.url === undefined ? {} : { url: was.url }),
        reason: 'its source file is no longer in the input folder',
      },
    });
  });

  test('the other ids are untouched', () => {
    for (const file of ['001_crawl-dump.txt', '003_wire-copy.txt', '004_bom-and-crlf.txt']) {
      expect(second.sources[file]).toEqual(first.sources[file]);
    }
  });

  test('the report and the printed summary list the redirect and the withdrawal', () => {
    const oldId = first.sources[CORRECTED]?.id ?? '';
    const goneId = first.sources[REMOVED]?.id ?? '';
    expect(secondReport.ledger).toEqual({
      file: ledgerPath,
      counts: { sources: 4, live: 4, redirects: 1, withdrawn: 1 },
      redirected: [{ from: oldId, to: second.sources[CORRECTED]?.id }],
      withdrawn: [{ id: goneId, file: REMOVED, reason: 'its source file is no longer in the input folder' }],
      restored: [],
    });
    expect(secondRun.stdout).toContain('permalinks: 4 live ids, 1 redirected (1 this run), 1 withdrawn (1 this run), 0 restored');
    expect(secondRun.stdout).toContain(`redirect  ${oldId} -> ${second.sources[CORRECTED]?.id}`);
    expect(secondRun.stdout).toContain(`withdrawn ${goneId}: its source file is no longer in the input folder`);
  });
});

describe('the ledger file', () => {
  test('ingesting the same folder again gives the same bytes, and an explicit --ledger is used', async () => {
    const before = await readFile(ledgerPath, 'utf8');
    expect(ingest().code).toBe(0);
    expect(await readFile(ledgerPath, 'utf8')).toBe(before);
    expect(before).not.toBe(firstBytes);

    // A ledger elsewhere starts empty: the same folder gives no redirects or withdrawals there.
    const elsewhere = join(work, 'other-ledger.json');
    expect(ingest('--ledger', elsewhere).code).toBe(0);
    const fresh = await readLedger(elsewhere);
    expect(fresh.sources).toEqual(second.sources);
    expect(fresh.redirects).toEqual({});
    expect(fresh.withdrawn).toEqual({});
    expect(await readFile(ledgerPath, 'utf8')).toBe(before);
  });

  test('a run that fails leaves the ledger as it was', async () => {
    const before = await readFile(ledgerPath, 'utf8');
    await rm(join(input, CORRECTED));
    // An override that makes its entry invalid fails the run after the ledger was worked out.
    const badOverrides = join(work, 'bad-overrides');
    await cp(NO_OVERRIDES, badOverrides, { recursive: true });
    await writeFile(join(badOverrides, `${first.sources['001_crawl-dump.txt']?.id ?? ''}.yml`), 'date: 2014\ndatePrecision: day\n');
    const run = ingest('--overrides', badOverrides);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('has year precision, not day');
    expect(await readFile(ledgerPath, 'utf8')).toBe(before);
    // The same removal with good overrides goes through and withdraws the corrected bulletin's ids.
    expect(ingest().code).toBe(0);
    const after = await readLedger(ledgerPath);
    expect(Object.keys(after.withdrawn).sort()).toEqual([first.sources[CORRECTED]?.id, first.sources[REMOVED]?.id, second.sources[CORRECTED]?.id].sort());
    expect(after.redirects).toEqual({});
  });

  test('a broken ledger stops the run with exit 2, naming the problem, and nothing is written', async () => {
    const broken = join(work, 'broken.json');
    await writeFile(broken, JSON.stringify({ version: 1, sources: {}, redirects: { 'a-1': 'b-1' }, withdrawn: {} }));
    const entriesBefore = await readFile(reportPath, 'utf8');
    const run = ingest('--ledger', broken, '--report', join(work, 'never.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('redirects.a-1: the target b-1 is not a live id');
    expect(existsSync(join(work, 'never.json'))).toBe(false);
    expect(await readFile(reportPath, 'utf8')).toBe(entriesBefore);
  });

  test('refuses a ledger inside the output folder', () => {
    const run = ingest('--ledger', join(out, 'ids.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('must not be inside --out');
  });
});
