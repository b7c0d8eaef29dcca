import { expect, test } from 'vitest';
import type { Evaluation } from '../../../src/eval/evaluate.ts';
import { toMismatchLines, toReportTable } from '../../../src/eval/format-report.ts';
import type { GoldRecord } from '../../../src/eval/gold.ts';
import { scoreCorpus, type ScoredEntry } from '../../../src/eval/score.ts';
import type { ParseResult } from '../../../src/ingest/types.ts';

const gold = (file: string, overrides: Partial<GoldRecord> = {}): GoldRecord => ({
  file,
  date: '2014-01-21',
  dateAccept: ['2014-01-21', '2014-01'],
  kind: 'meeting',
  participants: [{ name: 'Wang Yi' }, { name: 'Sergey Lavrov' }],
  location: { city: 'Montreux', country: 'CH' },
  ...overrides,
});

const accepted = (file: string, fields: ScoredEntry): ParseResult => ({
  status: 'accepted',
  entry: { id: 'x', title: `Title of ${file}`, mentioned: [], topics: [], organizations: [], source: { file, sha256: '0'.repeat(64) }, ...fields },
  body: '',
  flags: [],
});

/** Three files: one with every field wrong, one rejected bulletin, one accepted negative. */
function evaluation(): Evaluation {
  const files = [
    {
      gold: gold('a.txt'),
      ours: accepted('a.txt', { date: '2014-02-01', kind: 'talks', participants: [{ name: 'Wang Yi' }, { name: 'Putin' }], location: null }),
    },
    { gold: gold('b.txt'), ours: { status: 'rejected', reason: 'no event' } as const },
    { gold: gold('c.txt', { kind: 'not-a-bulletin', dateAccept: [null], participants: [], location: null }), ours: accepted('c.txt', { kind: 'other', participants: [], location: null }) },
  ].map((f) => ({ ...f, baseline: { kind: 'other' as const, participants: [], location: null } }));
  const score = (pick: (f: (typeof files)[number]) => ScoredEntry | null) => scoreCorpus(files.map((f) => ({ gold: f.gold, entry: pick(f) })));
  return {
    files,
    ours: score((f) => (f.ours.status === 'accepted' ? f.ours.entry : null)),
    baseline: score((f) => f.baseline),
  };
}

test('toMismatchLines prints one aligned line per disagreement', () => {
  expect(toMismatchLines(evaluation())).toEqual([
    'a.txt  date          2014-01-21 | 2014-01 → 2014-02-01',
    'a.txt  kind          meeting → talks',
    'a.txt  participants  Wang Yi, Sergey Lavrov → Wang Yi, Putin  [missing Sergey Lavrov; extra Putin]',
    'a.txt  location      Montreux, CH → none',
    'b.txt  entry         entry (meeting) → rejected: no event',
    'c.txt  entry         rejected (not-a-bulletin) → entry "Title of c.txt"',
  ]);
});

test('toReportTable shows ours, baseline, floor and a mark', () => {
  expect(toReportTable(evaluation())).toBe(
    [
      'figure                  ours     baseline   floor',
      'coverage         0.500 (1/2)  1.000 (2/2)  ≥ 0.98  FAIL',
      'rejection        0.000 (0/1)  0.000 (0/1)  ≥ 0.90  FAIL',
      'date             0.000 (0/2)  0.000 (0/2)  ≥ 0.95  FAIL',
      'kind             0.000 (0/2)  0.000 (0/2)  ≥ 0.90  FAIL',
      'participants P   0.500 (1/2)  0.000 (0/0)       -',
      'participants R   0.250 (1/4)  0.000 (0/4)       -',
      'participants F1        0.333        0.000  ≥ 0.92  FAIL',
      'location         0.000 (0/2)  0.000 (0/2)  ≥ 0.90  FAIL',
    ].join('\n'),
  );
});
