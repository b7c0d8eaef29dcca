import { describe, expect, test } from 'vitest';
import {
  buildReport,
  describeError,
  ingestBulletin,
  isBulletinName,
  settleBulletin,
  toEntryPath,
  toSummary,
  type BulletinOutcome,
  type ClaimedIds,
} from '../../../src/ingest/ingest-run.ts';

const accepted = (id: string, sha256: string, flags: string[] = []): BulletinOutcome => ({
  status: 'accepted',
  id,
  path: `2014/${id}.md`,
  markdown: `---\nid: "${id}"\n---\n\n`,
  flags,
  sha256,
});

describe('isBulletinName', () => {
  test.each([
    ['003_7429d5b04bd00a51.txt', true],
    ['x.txt', true],
    ['.txt', false],
    ['notes.md', false],
    ['X.TXT', false],
    ['a.txt.bak', false],
  ])('%s → %s', (name, expected) => expect(isBulletinName(name)).toBe(expected));
});

describe('toEntryPath', () => {
  test.each([
    [{ id: 'a', date: '2014-01-21' }, '2014/a.md'],
    [{ id: 'b', date: '2014-01' }, '2014/b.md'],
    [{ id: 'c', date: '2014' }, '2014/c.md'],
    [{ id: 'd' }, 'undated/d.md'],
  ])('%o → %s', (entry, expected) => expect(toEntryPath(entry)).toBe(expected));
});

describe('settleBulletin', () => {
  test('writes the first file with an id; flags make it flagged', () => {
    const claimed: ClaimedIds = new Map();
    expect(settleBulletin('a.txt', accepted('x', '1'), claimed)).toEqual({
      report: { file: 'a.txt', status: 'written', id: 'x', path: '2014/x.md' },
      write: { path: '2014/x.md', markdown: '---\nid: "x"\n---\n\n' },
    });
    expect(settleBulletin('b.txt', accepted('y', '2', ['undated']), claimed).report).toEqual({
      file: 'b.txt',
      status: 'flagged',
      id: 'y',
      path: '2014/y.md',
      flags: ['undated'],
    });
  });

  test('a byte-identical copy is skipped, a different file with the same id rejected, neither written', () => {
    const claimed: ClaimedIds = new Map();
    settleBulletin('a.txt', accepted('x', 'same'), claimed);
    expect(settleBulletin('b.txt', accepted('x', 'same'), claimed)).toEqual({
      report: { file: 'b.txt', status: 'skipped', id: 'x', reason: 'duplicate of a.txt' },
    });
    expect(settleBulletin('c.txt', accepted('x', 'other'), claimed)).toEqual({
      report: { file: 'c.txt', status: 'rejected', id: 'x', reason: 'duplicate id of a.txt' },
    });
  });

  test('a rejection passes through without claiming an id', () => {
    const claimed: ClaimedIds = new Map();
    expect(settleBulletin('a.txt', { status: 'rejected', reason: 'empty file' }, claimed)).toEqual({
      report: { file: 'a.txt', status: 'rejected', reason: 'empty file' },
    });
    expect(claimed.size).toBe(0);
  });
});

describe('ingestBulletin', () => {
  test('rejects an empty file instead of throwing', () => {
    expect(ingestBulletin({ file: 'a.txt', bytes: new Uint8Array() }).status).toBe('rejected');
  });

  test('never throws, whatever the bytes', () => {
    for (const bytes of [[0xff, 0xfe, 0x00], [0xef, 0xbb, 0xbf], [0x2d, 0x2d, 0x2d, 0x0a], [0x00, 0x00]]) {
      expect(() => ingestBulletin({ file: 'a.txt', bytes: new Uint8Array(bytes) })).not.toThrow();
    }
  });
});

describe('buildReport', () => {
  test('sorts files by code unit, not locale, and counts every status', () => {
    const report = buildReport('in', 'out', [
      { file: 'b.txt', status: 'rejected', reason: 'r' },
      { file: 'B.txt', status: 'written', id: 'x', path: '2014/x.md' },
      { file: 'a.md', status: 'skipped', reason: 'not a .txt file' },
    ]);
    expect(report.files.map((f) => f.file)).toEqual(['B.txt', 'a.md', 'b.txt']);
    expect(report.counts).toEqual({ total: 3, written: 1, flagged: 0, rejected: 1, skipped: 1 });
  });
});

describe('toSummary', () => {
  test('lists counts, flags, paths and one line per rejected file', () => {
    const report = buildReport('raw', 'entries', [
      { file: 'a.txt', status: 'flagged', id: 'a', path: 'undated/a.md', flags: ['undated'] },
      { file: 'b.txt', status: 'rejected', reason: 'empty file' },
    ]);
    expect(toSummary(report, { output: 'entries', report: 'r.json' })).toBe(
      [
        'ingest: 2 items in raw',
        '  written        0',
        '  flagged        1',
        '    - undated: 1',
        '  rejected       1',
        '  skipped        0',
        'entries: entries',
        'report:  r.json',
        '',
        'rejected (1):',
        '  b.txt: empty file',
        '',
      ].join('\n'),
    );
  });
});

describe('describeError', () => {
  test('puts a known code into words and keeps it', () => {
    expect(describeError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied (EACCES)');
    expect(describeError(new Error('boom'))).toBe('boom');
  });
});
