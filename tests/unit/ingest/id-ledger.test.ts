import { describe, expect, test } from 'vitest';
import { toLedgerJson, toLedgerLines, toLedgerReport, updateLedger, type LedgerEntry, type LedgerFile } from '../../../src/ingest/id-ledger.ts';
import { emptyLedger, LedgerSchema, parseLedger, type Ledger } from '../../../src/schema/ledger.ts';

const sha = (c: string): string => c.repeat(64);

/** An entry made from `file` (sha of letter `c`), with optional merged copies. */
function entry(id: string, file: string, extra: { title?: string; date?: string; url?: string; copies?: string[] } = {}): LedgerEntry {
  return {
    id,
    title: extra.title ?? `Title of ${id}`,
    ...(extra.date === undefined ? {} : { date: extra.date }),
    source: { file, sha256: sha('a'), ...(extra.url === undefined ? {} : { url: extra.url }) },
    ...(extra.copies === undefined ? {} : { copies: extra.copies.map((copy) => ({ file: copy, sha256: sha('b') })) }),
  };
}

/** Runs the ledger over a sequence of runs from an empty ledger; every ledger must pass the schema. */
function runAll(...runs: { entries: LedgerEntry[]; files?: LedgerFile[] }[]): { ledger: Ledger; changes: ReturnType<typeof updateLedger>['changes'] } {
  let ledger = emptyLedger();
  let changes = { redirected: [], withdrawn: [], restored: [] } as ReturnType<typeof updateLedger>['changes'];
  for (const run of runs) {
    ({ ledger, changes } = updateLedger(ledger, { entries: run.entries, files: run.files ?? [] }));
    // The schema's cross-checks: redirect targets are live, no id is in two states.
    expect(LedgerSchema.safeParse(ledger).success).toBe(true);
  }
  return { ledger, changes };
}

describe('sources', () => {
  test('every source file and merged copy maps to its entry id, with its hash, title, date and URL', () => {
    const { ledger } = runAll({
      entries: [entry('2014-01-21-a-111111', 'b.txt', { date: '2014-01-21', url: 'https://example.org/x', copies: ['c.txt'] }), entry('undated-b-222222', 'a.txt')],
    });
    expect(ledger.sources).toEqual({
      'a.txt': { id: 'undated-b-222222', title: 'Title of undated-b-222222', sha256: sha('a') },
      'b.txt': { id: '2014-01-21-a-111111', title: 'Title of 2014-01-21-a-111111', date: '2014-01-21', sha256: sha('a'), url: 'https://example.org/x' },
      'c.txt': { id: '2014-01-21-a-111111', title: 'Title of 2014-01-21-a-111111', date: '2014-01-21', sha256: sha('b') },
    });
    expect(Object.keys(ledger.sources)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(ledger.redirects).toEqual({});
    expect(ledger.withdrawn).toEqual({});
  });

  test('the JSON does not depend on the order of the entries, and a second run with the same results changes nothing', () => {
    const entries = [entry('x-1', 'z.txt'), entry('y-2', 'a.txt'), entry('w-3', 'm.txt', { copies: ['b.txt'] })];
    const first = runAll({ entries }).ledger;
    const reversed = runAll({ entries: [...entries].reverse() }).ledger;
    expect(toLedgerJson(reversed)).toBe(toLedgerJson(first));
    const again = updateLedger(first, { entries, files: [] });
    expect(toLedgerJson(again.ledger)).toBe(toLedgerJson(first));
    expect(again.changes).toEqual({ redirected: [], withdrawn: [], restored: [] });
  });
});

describe('redirects', () => {
  test('a file whose id changed redirects its old id to the new one', () => {
    const { ledger, changes } = runAll({ entries: [entry('old-1', 'f.txt'), entry('other-2', 'g.txt')] }, { entries: [entry('new-1', 'f.txt'), entry('other-2', 'g.txt')] });
    expect(ledger.redirects).toEqual({ 'old-1': 'new-1' });
    expect(ledger.sources['f.txt']?.id).toBe('new-1');
    expect(changes.redirected).toEqual([{ from: 'old-1', to: 'new-1' }]);
  });

  test('chains collapse: A→B then B→C gives A→C and B→C', () => {
    const { ledger, changes } = runAll({ entries: [entry('a-1', 'f.txt')] }, { entries: [entry('b-1', 'f.txt')] }, { entries: [entry('c-1', 'f.txt')] });
    expect(ledger.redirects).toEqual({ 'a-1': 'c-1', 'b-1': 'c-1' });
    expect(changes.redirected).toEqual([
      { from: 'a-1', to: 'c-1' },
      { from: 'b-1', to: 'c-1' },
    ]);
  });

  test('an id that comes back is live again and never redirects to itself: A→B→A leaves B→A', () => {
    const { ledger, changes } = runAll({ entries: [entry('a-1', 'f.txt')] }, { entries: [entry('b-1', 'f.txt')] }, { entries: [entry('a-1', 'f.txt')] });
    expect(ledger.redirects).toEqual({ 'b-1': 'a-1' });
    expect(changes.restored).toEqual(['a-1']);
  });

  test('a merged copy points at the surviving entry, and its own former id redirects there', () => {
    const { ledger, changes } = runAll(
      { entries: [entry('main-1', 'a.txt'), entry('copy-2', 'b.txt')] },
      // b.txt's text was corrected to match a.txt exactly: it is now a copy (status merged).
      { entries: [entry('main-1', 'a.txt', { copies: ['b.txt'] })], files: [{ file: 'b.txt', status: 'merged', reason: 'same text as a.txt' }] },
    );
    expect(ledger.sources['b.txt']?.id).toBe('main-1');
    expect(ledger.redirects).toEqual({ 'copy-2': 'main-1' });
    expect(changes.redirected).toEqual([{ from: 'copy-2', to: 'main-1' }]);
  });

  test('two copies that part ways: the shared id stays with the file that still has it', () => {
    const { ledger } = runAll({ entries: [entry('shared-1', 'a.txt', { copies: ['b.txt'] })] }, { entries: [entry('shared-1', 'a.txt'), entry('new-2', 'b.txt')] });
    expect(ledger.redirects).toEqual({});
    expect(ledger.sources['a.txt']?.id).toBe('shared-1');
    expect(ledger.sources['b.txt']?.id).toBe('new-2');
  });

  test('two copies that both change id: the old id follows the first file by name', () => {
    const { ledger } = runAll({ entries: [entry('shared-1', 'a.txt', { copies: ['b.txt'] })] }, { entries: [entry('new-b', 'b.txt'), entry('new-a', 'a.txt')] });
    expect(ledger.redirects).toEqual({ 'shared-1': 'new-a' });
  });

  test('a file still live beats a removed one for the same former id', () => {
    const { ledger } = runAll({ entries: [entry('shared-1', 'a.txt', { copies: ['b.txt'] })] }, { entries: [entry('new-b', 'b.txt')] });
    expect(ledger.redirects).toEqual({ 'shared-1': 'new-b' });
    expect(ledger.withdrawn).toEqual({});
  });
});

describe('withdrawn', () => {
  test('a removed file withdraws its id, keeping what it was', () => {
    const { ledger, changes } = runAll(
      { entries: [entry('gone-1', 'f.txt', { title: 'Talks in Montreux', date: '2014-01', url: 'https://example.org/f' }), entry('kept-2', 'g.txt')] },
      { entries: [entry('kept-2', 'g.txt')] },
    );
    expect(ledger.withdrawn).toEqual({
      'gone-1': {
        title: 'Talks in Montreux',
        date: '2014-01',
        file: 'f.txt',
        sha256: sha('a'),
        url: 'https://example.org/f',
        reason: 'its source file is no longer in the input folder',
      },
    });
    expect(ledger.sources['f.txt']).toBeUndefined();
    expect(changes.withdrawn).toEqual([{ id: 'gone-1', file: 'f.txt', reason: 'its source file is no longer in the input folder' }]);
  });

  test('a file now rejected withdraws its id with the rejection reason', () => {
    const { ledger } = runAll(
      { entries: [entry('gone-1', 'f.txt')] },
      { entries: [], files: [{ file: 'f.txt', status: 'rejected', reason: 'not in English' }] },
    );
    expect(ledger.withdrawn['gone-1']?.reason).toBe('its source file was rejected: not in English');
  });

  test('a redirect whose target is withdrawn becomes withdrawn', () => {
    const { ledger, changes } = runAll({ entries: [entry('a-1', 'f.txt')] }, { entries: [entry('b-1', 'f.txt')] }, { entries: [] });
    expect(ledger.redirects).toEqual({});
    expect(Object.keys(ledger.withdrawn)).toEqual(['a-1', 'b-1']);
    expect(ledger.withdrawn['b-1']?.reason).toBe('its source file is no longer in the input folder');
    expect(ledger.withdrawn['a-1']?.reason).toBe('it was replaced by b-1, which was withdrawn: its source file is no longer in the input folder');
    expect(ledger.withdrawn['a-1']?.file).toBe('f.txt');
    expect(changes.withdrawn.map((w) => w.id)).toEqual(['a-1', 'b-1']);
  });

  test('a withdrawn id stays withdrawn across runs, unchanged and not reported again', () => {
    const first = runAll({ entries: [entry('gone-1', 'f.txt')] }, { entries: [] });
    const next = updateLedger(first.ledger, { entries: [entry('new-9', 'other.txt')], files: [] });
    expect(next.ledger.withdrawn).toEqual(first.ledger.withdrawn);
    expect(next.changes.withdrawn).toEqual([]);
  });

  test('a withdrawn id whose file comes back with the same id is live again', () => {
    const { ledger, changes } = runAll({ entries: [entry('back-1', 'f.txt')] }, { entries: [] }, { entries: [entry('back-1', 'f.txt')] });
    expect(ledger.withdrawn).toEqual({});
    expect(ledger.sources['f.txt']?.id).toBe('back-1');
    expect(changes.restored).toEqual(['back-1']);
  });

  test('a withdrawn id whose file comes back with another id redirects to it', () => {
    const { ledger, changes } = runAll({ entries: [entry('old-1', 'f.txt')] }, { entries: [] }, { entries: [entry('fixed-1', 'f.txt')] });
    expect(ledger.withdrawn).toEqual({});
    expect(ledger.redirects).toEqual({ 'old-1': 'fixed-1' });
    expect(changes.redirected).toEqual([{ from: 'old-1', to: 'fixed-1' }]);
  });

  test('a renamed file with the same text keeps its id live: nothing is withdrawn', () => {
    const { ledger } = runAll({ entries: [entry('same-1', 'old-name.txt')] }, { entries: [entry('same-1', 'new-name.txt')] });
    expect(ledger.withdrawn).toEqual({});
    expect(ledger.redirects).toEqual({});
    expect(Object.keys(ledger.sources)).toEqual(['new-name.txt']);
  });
});

describe('the report and the file', () => {
  test('the report counts the new ledger and lists the changes; the summary names each', () => {
    const { ledger, changes } = runAll({ entries: [entry('a-1', 'f.txt'), entry('b-2', 'g.txt')] }, { entries: [entry('c-1', 'f.txt')] });
    const report = toLedgerReport('content/ids.json', ledger, changes);
    expect(report.counts).toEqual({ sources: 1, live: 1, redirects: 1, withdrawn: 1 });
    expect(toLedgerLines(report)).toEqual([
      'permalinks: 1 live ids, 1 redirected (1 this run), 1 withdrawn (1 this run), 0 restored; ledger content/ids.json',
      '  redirect  a-1 -> c-1',
      '  withdrawn b-2: its source file is no longer in the input folder',
    ]);
  });

  test('the file parses back to the same ledger', () => {
    const { ledger } = runAll({ entries: [entry('a-1', 'f.txt', { date: '2020' })] }, { entries: [entry('c-1', 'f.txt', { date: '2021' })] }, { entries: [] });
    const parsed = parseLedger(toLedgerJson(ledger));
    expect(parsed).toEqual({ ok: true, ledger });
  });

  test.each([
    ['not JSON', '{', /not valid JSON/],
    ['a redirect to an id that is not live', JSON.stringify({ version: 1, sources: {}, redirects: { 'a-1': 'b-1' }, withdrawn: {} }), /redirects\.a-1: the target b-1 is not a live id/],
    [
      'a live id marked withdrawn',
      JSON.stringify({
        version: 1,
        sources: { 'f.txt': { id: 'a-1', title: 'T', sha256: sha('a') } },
        redirects: {},
        withdrawn: { 'a-1': { title: 'T', file: 'f.txt', sha256: sha('a'), reason: 'gone' } },
      }),
      /withdrawn\.a-1: a-1 is a live id/,
    ],
    ['an unknown version', JSON.stringify({ version: 2, sources: {}, redirects: {}, withdrawn: {} }), /version/],
  ])('parseLedger refuses %s', (_name, text, problem) => {
    const parsed = parseLedger(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toMatch(problem);
  });
});
