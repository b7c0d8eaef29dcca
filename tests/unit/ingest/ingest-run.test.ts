import { describe, expect, test } from 'vitest';
import type { Entry } from '../../../src/schema/entry.ts';
import type { Registry } from '../../../src/schema/registry.ts';
import {
  buildReport,
  describeError,
  ingestBulletin,
  isBulletinName,
  listProvisionalPeople,
  planRun,
  toEntryPath,
  toSummary,
  type IngestReport,
  type RunInput,
} from '../../../src/ingest/ingest-run.ts';
import type { ParsedBulletin } from '../../../src/ingest/merge-copies.ts';
import type { OverrideFile } from '../../../src/ingest/apply-override.ts';
import { parseEntryMarkdown } from '../../../src/ingest/serialise-entry.ts';

const REGISTRY: Registry = {
  people: [
    { id: 'wang-yi', name: 'Wang Yi', aliases: [], country: 'CN', roles: [] },
    { id: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov'], country: 'RU', roles: [] },
  ],
  topics: [{ id: 'syria', label: 'Syria', match: ['Syria'] }],
  organizations: [],
  venues: [],
  placeNames: [],
  occasions: [],
};

const WANG = { name: 'Wang Yi', person: 'wang-yi', country: 'CN' };
const LAVROV = { name: 'Sergey Lavrov', person: 'sergey-lavrov', country: 'RU' };

/** A bulletin as the first pass leaves it: entry `id` from `file`, with `body`. */
function parsed(file: string, id: string, fields: Partial<Entry> = {}, body = `Text of ${id}.`, flags: string[] = []): ParsedBulletin {
  return {
    file,
    entry: {
      id,
      title: `Title of ${id}`,
      date: '2014-01-21',
      datePrecision: 'day',
      kind: 'meeting',
      participants: [WANG, LAVROV],
      mentioned: [],
      location: null,
      topics: [],
      organizations: [],
      meeting: id,
      source: { file, sha256: file.charCodeAt(0).toString(16).padStart(2, '0').repeat(32) },
      ...fields,
    },
    body,
    flags,
  };
}

const run = (bulletins: ParsedBulletin[], overrides: OverrideFile[] = [], settled: RunInput['settled'] = []) =>
  planRun({ input: 'in', output: 'out', settled, bulletins, overrides, registry: REGISTRY });

/** The plan's report, failing the test when the plan failed. */
function reportOf(plan: ReturnType<typeof run>): IngestReport {
  if (!plan.ok) throw new Error(plan.problems.join('\n'));
  return plan.report;
}

/** The entries a plan would write, by id. */
function entriesOf(plan: ReturnType<typeof run>): Map<string, Entry> {
  if (!plan.ok) throw new Error(plan.problems.join('\n'));
  return new Map(plan.writes.map((w) => parseEntryMarkdown(w.markdown, w.path)).map(({ entry }) => [entry.id, entry]));
}

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

describe('planRun: exact re-posts', () => {
  test('files with the same text are one entry with copies; the others are merged, not written', () => {
    const plan = run([parsed('b.txt', 'x', {}, 'Same.'), parsed('a.txt', 'x', {}, 'Same.'), parsed('c.txt', 'y')]);
    const report = reportOf(plan);
    expect(report.files).toEqual([
      { file: 'a.txt', status: 'written', id: 'x', path: '2014/x.md' },
      { file: 'b.txt', status: 'merged', id: 'x', reason: 'same text as a.txt' },
      { file: 'c.txt', status: 'written', id: 'y', path: '2014/y.md' },
    ]);
    expect(report.counts).toMatchObject({ total: 3, written: 2, merged: 1 });
    const x = entriesOf(plan).get('x');
    expect(x?.source.file).toBe('a.txt');
    expect(x?.copies?.map((copy) => copy.file)).toEqual(['b.txt']);
    expect(plan.ok && plan.writes.map((w) => w.path)).toEqual(['2014/x.md', '2014/y.md']);
  });

  test('the same id with different text is rejected as a clash', () => {
    const report = reportOf(run([parsed('a.txt', 'x', {}, 'One.'), parsed('b.txt', 'x', {}, 'Two.')]));
    expect(report.files[1]).toEqual({ file: 'b.txt', status: 'rejected', id: 'x', reason: 'duplicate id of a.txt' });
  });
});

describe('planRun: overrides', () => {
  const override = (id: string, fields: OverrideFile['override']): OverrideFile => ({ file: `${id}.yml`, id, override: fields });

  test('an override patches its entry, says so on the file, and clears the flags it settles', () => {
    const undated = parsed('a.txt', 'x', {}, 'Text.', ['undated: the text does not say when the event happened', 'other flag']);
    delete undated.entry.date;
    delete undated.entry.datePrecision;
    const plan = run([undated, parsed('b.txt', 'y', { date: '2014-02-01' })], [override('x', { date: '2014-03', title: 'Fixed' })]);
    const report = reportOf(plan);
    expect(report.files[0]).toEqual({ file: 'a.txt', status: 'flagged', id: 'x', path: '2014/x.md', flags: ['other flag'], override: 'x.yml' });
    expect(report.files[1]).not.toHaveProperty('override');
    expect(report.overrides).toEqual({ applied: [{ file: 'x.yml', id: 'x' }], unmatched: [] });
    expect(entriesOf(plan).get('x')).toMatchObject({ title: 'Fixed', date: '2014-03', datePrecision: 'month' });
  });

  test('an override whose entry is not in the run is reported as unmatched and changes nothing', () => {
    const report = reportOf(run([parsed('a.txt', 'x')], [override('gone', { title: 'T' })]));
    expect(report.overrides).toEqual({ applied: [], unmatched: [{ file: 'gone.yml', reason: 'no entry has id gone' }] });
    expect(report.files[0]).not.toHaveProperty('override');
  });

  test('an override that makes its entry invalid fails the whole plan, naming the file', () => {
    const plan = run([parsed('a.txt', 'x'), parsed('b.txt', 'y')], [override('x', { datePrecision: 'year' }), override('y', { topics: ['no-such-topic'] })]);
    expect(plan).toEqual({
      ok: false,
      problems: [
        'x.yml: datePrecision: date "2014-01-21" has day precision, not year',
        'y.yml: topics.0: "no-such-topic" is not one of the topics of the registry (topics.yml)',
      ],
    });
  });

  test('a hand-set meeting that names no entry fails the plan, naming the file', () => {
    const plan = run([parsed('a.txt', 'x')], [override('x', { meeting: 'nowhere' })]);
    expect(plan).toEqual({ ok: false, problems: ['x.yml: meeting: no entry has id "nowhere"'] });
  });
});

describe('planRun: reports of one meeting', () => {
  test('links the reports, writes the main report id into each and lists the meeting', () => {
    const bulletins = [
      parsed('1.txt', 'a', { kind: 'phone-call' }, 'Short.'),
      parsed('2.txt', 'b', { kind: 'phone-call' }, 'A much longer report of the call.'),
      parsed('3.txt', 'c', { kind: 'phone-call', date: '2014-01-22' }, 'Next day.'),
      parsed('4.txt', 'd', { kind: 'phone-call', date: '2014-03-01' }),
    ];
    const plan = run(bulletins);
    expect(reportOf(plan).meetings).toEqual([{ meeting: 'b', reports: ['a', 'b', 'c'] }]);
    expect([...entriesOf(plan)].map(([id, entry]) => [id, entry.meeting])).toEqual([
      ['a', 'b'],
      ['b', 'b'],
      ['c', 'b'],
      ['d', 'd'],
    ]);
  });

  test('an override setting meeting unlinks a report by hand', () => {
    const bulletins = [parsed('1.txt', 'a'), parsed('2.txt', 'b')];
    expect(reportOf(run(bulletins)).meetings).toHaveLength(1);
    expect(reportOf(run(bulletins, [{ file: 'b.yml', id: 'b', override: { meeting: 'b' } }])).meetings).toEqual([]);
  });

  test('the plan does not depend on the order the bulletins were read in', () => {
    const bulletins = [parsed('1.txt', 'a'), parsed('2.txt', 'b', {}, 'Longer text here.'), parsed('3.txt', 'b', {}, 'Longer text here.'), parsed('4.txt', 'c', { date: undefined })];
    const forward = run(bulletins);
    expect(run([...bulletins].reverse())).toEqual(forward);
  });
});

describe('listProvisionalPeople', () => {
  test('lists every person id the registry lacks, with the names written, the country and the files', () => {
    const entries = [
      parsed('b.txt', 'x', { participants: [WANG, { name: 'Liz Truss', person: 'liz-truss', country: 'GB' }], mentioned: [{ name: 'Boris Johnson', person: 'boris-johnson' }] }).entry,
      parsed('a.txt', 'y', { participants: [{ name: 'Elizabeth Truss', person: 'liz-truss', country: 'GB' }, LAVROV] }).entry,
    ];
    expect(listProvisionalPeople(entries, REGISTRY)).toEqual([
      { person: 'boris-johnson', names: ['Boris Johnson'], files: ['b.txt'] },
      { person: 'liz-truss', names: ['Elizabeth Truss', 'Liz Truss'], country: 'GB', files: ['a.txt', 'b.txt'] },
    ]);
  });
});

describe('ingestBulletin', () => {
  test('rejects an empty file instead of throwing', () => {
    expect(ingestBulletin({ file: 'a.txt', bytes: new Uint8Array() }, REGISTRY).status).toBe('rejected');
  });

  test('never throws, whatever the bytes', () => {
    for (const bytes of [[0xff, 0xfe, 0x00], [0xef, 0xbb, 0xbf], [0x2d, 0x2d, 0x2d, 0x0a], [0x00, 0x00]]) {
      expect(() => ingestBulletin({ file: 'a.txt', bytes: new Uint8Array(bytes) }, REGISTRY)).not.toThrow();
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
    expect(report.counts).toEqual({ total: 3, written: 1, flagged: 0, merged: 0, rejected: 1, skipped: 1 });
  });
});

describe('toSummary', () => {
  test('lists counts, flags, overrides, meetings, provisional people, paths, unmatched overrides and rejected files', () => {
    const report = buildReport(
      'raw',
      'entries',
      [
        { file: 'a.txt', status: 'flagged', id: 'a', path: 'undated/a.md', flags: ['undated'] },
        { file: 'b.txt', status: 'rejected', reason: 'empty file' },
        { file: 'c.txt', status: 'merged', id: 'a', reason: 'same text as a.txt' },
      ],
      {
        overrides: { applied: [{ file: 'a.yml', id: 'a' }], unmatched: [{ file: 'z.yml', reason: 'no entry has id z' }] },
        meetings: [{ meeting: 'a', reports: ['a', 'd'] }],
        provisional: [{ person: 'liz-truss', names: ['Liz Truss'], files: ['a.txt'] }],
      },
    );
    expect(toSummary(report, { output: 'entries', report: 'r.json', people: 'content/registry/people.yml' })).toBe(
      [
        'ingest: 3 items in raw',
        '  written        0',
        '  flagged        1',
        '    - undated: 1',
        '  merged         1',
        '  rejected       1',
        '  skipped        0',
        'overrides: 1 applied, 1 unmatched',
        'meetings: 1 with more than one report',
        'provisional people: 1 not in the registry; confirm them in content/registry/people.yml (listed in the report)',
        'entries: entries',
        'report:  r.json',
        '',
        'unmatched overrides (1):',
        '  z.yml: no entry has id z',
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
