import { expect, test } from 'vitest';
import type { Evaluation } from '../../../src/eval/evaluate.ts';
import { toKnowledgeMismatchLines, toKnowledgeTable, toMismatchLines, toReportTable } from '../../../src/eval/format-report.ts';
import { scoreKnowledge } from '../../../src/eval/score-knowledge.ts';
import type { Registry } from '../../../src/schema/registry.ts';
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

const registry: Registry = {
  people: [
    { id: 'wang-yi', name: 'Wang Yi', aliases: [], country: 'CN', roles: [] },
    { id: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov'], country: 'RU', roles: [] },
  ],
  topics: [],
  organizations: [],
  venues: [],
  placeNames: [],
  occasions: [],
};

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z]+/g, '-');

const accepted = (file: string, fields: ScoredEntry): ParseResult => ({
  status: 'accepted',
  entry: {
    id: slug(file),
    title: `Title of ${file}`,
    mentioned: [],
    topics: [],
    organizations: [],
    meeting: slug(file),
    source: { file, sha256: '0'.repeat(64) },
    ...fields,
    participants: fields.participants.map((p) => ({ name: p.name, person: slug(p.name) })),
  },
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
  const entryOf = (f: (typeof files)[number]) => (f.ours.status === 'accepted' ? f.ours.entry : null);
  return {
    files,
    ours: score(entryOf),
    baseline: score((f) => f.baseline),
    knowledge: scoreKnowledge(files.map((f) => ({ gold: f.gold, entry: entryOf(f) })), registry),
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

test('toKnowledgeTable shows people as ids, places, coordinates and same-event pairs against floors', () => {
  expect(toKnowledgeTable(evaluation().knowledge)).toBe(
    [
      'knowledge figure                                     ours   floor',
      'people F1 (resolved ids)                            0.333  ≥ 0.92  FAIL',
      '  people P / R                  0.500 (1/2) / 0.250 (1/4)       -',
      'place: city + country + coords                0.000 (0/2)  ≥ 0.90  FAIL',
      'located entries with coords                     n/a (0/0)  ≥ 1.00',
      'same-event pairs P                              n/a (0/0)  ≥ 0.90',
      'same-event pairs R                              n/a (0/0)  ≥ 0.80',
    ].join('\n'),
  );
});

test('toKnowledgeMismatchLines names the person ids missed and extra and the unresolved places', () => {
  expect(toKnowledgeMismatchLines(evaluation().knowledge)).toEqual([
    'a.txt  people  missing sergey-lavrov; extra putin',
    'a.txt  place  not resolved to the gold city and country with coordinates',
    'b.txt  people  missing wang-yi, sergey-lavrov',
    'b.txt  place  not resolved to the gold city and country with coordinates',
  ]);
});
