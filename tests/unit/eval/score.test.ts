import { describe, expect, test } from 'vitest';
import type { GoldRecord } from '../../../src/eval/gold.ts';
import {
  isDateAccepted,
  isKindAccepted,
  isLocationAccepted,
  scoreCorpus,
  toCityKey,
  type ScoredEntry,
} from '../../../src/eval/score.ts';

/** A gold bulletin with defaults; override what the case is about. */
function gold(overrides: Partial<GoldRecord> = {}): GoldRecord {
  return {
    file: 'a.txt',
    date: '2014-01-21',
    dateAccept: ['2014-01-21'],
    kind: 'meeting',
    participants: [],
    location: null,
    ...overrides,
  };
}

/** An entry with defaults; override what the case is about. */
function entry(overrides: Partial<ScoredEntry> = {}): ScoredEntry {
  return { kind: 'meeting', participants: [], location: null, ...overrides };
}

const negative = (file: string): GoldRecord => gold({ file, kind: 'not-a-bulletin', date: null, dateAccept: [null] });

describe('date', () => {
  test.each([
    ['day in dateAccept', ['2014-01-21', '2014-01'], '2014-01-21', true],
    ['month in dateAccept', ['2014-01-21', '2014-01'], '2014-01', true],
    ['other day', ['2014-01-21'], '2014-01-22', false],
    ['missing date, null accepted', [null], undefined, true],
    ['missing date, null not accepted', ['2014-01-21'], undefined, false],
    ['a date where gold has none', [null], '2014-01-21', false],
  ] as const)('%s', (_, dateAccept, date, expected) => {
    expect(isDateAccepted(gold({ dateAccept: [...dateAccept] }), entry(date === undefined ? {} : { date }))).toBe(expected);
  });
});

describe('kind', () => {
  test.each([
    ['equal to kind', 'meeting', undefined, 'meeting', true],
    ['in kindAccept', 'meeting', ['meeting', 'talks'], 'talks', true],
    ['kind without kindAccept list', 'talks', ['meeting'], 'talks', true],
    ['neither', 'meeting', ['meeting', 'talks'], 'visit', false],
  ] as const)('%s', (_, kind, kindAccept, got, expected) => {
    const g = gold(kindAccept === undefined ? { kind } : { kind, kindAccept: [...kindAccept] });
    expect(isKindAccepted(g, entry({ kind: got }))).toBe(expected);
  });
});

describe('location', () => {
  const beijing = { city: 'Beijing', country: 'CN' };
  test.each([
    ['same city', beijing, undefined, { city: 'Beijing', country: 'CN' }, true],
    ['same city, no country', beijing, undefined, { city: 'beijing' }, true],
    ['city compared even if country differs', beijing, undefined, { city: 'Beijing', country: 'US' }, true],
    ['country only where gold names a city', beijing, undefined, { country: 'CN' }, false],
    ['other city', beijing, undefined, { city: 'Shanghai', country: 'CN' }, false],
    ['no location where gold names a city', beijing, undefined, null, false],
    ['St. Petersburg vs St Petersburg', { city: 'St Petersburg', country: 'RU' }, undefined, { city: 'St. Petersburg' }, true],
    ['Saint Petersburg vs St. Petersburg', { city: 'St. Petersburg', country: 'RU' }, undefined, { city: 'Saint Petersburg' }, true],
    ['diacritics and hyphens', { city: 'Novo-Ogaryovo', country: 'RU' }, undefined, { city: 'Novo Ogaryovo' }, true],
    ['Washington, D.C.', { city: 'Washington', country: 'US' }, undefined, { city: 'Washington, D.C.' }, true],
    ['country-only gold: same country', { city: null, country: 'RU' }, undefined, { country: 'RU' }, true],
    ['country-only gold: a city in it too', { city: null, country: 'RU' }, undefined, { city: 'Moscow', country: 'RU' }, true],
    ['country-only gold: city without country', { city: null, country: 'RU' }, undefined, { city: 'Moscow' }, false],
    ['country-only gold: other country', { city: null, country: 'RU' }, undefined, { country: 'CN' }, false],
    ['null gold: null entry', null, undefined, null, true],
    ['null gold: venue only', null, undefined, { venue: 'Kremlin' }, true],
    ['null gold: a city', null, undefined, { city: 'Moscow' }, false],
    ['null gold: a country', null, undefined, { country: 'RU' }, false],
    ['venue-only gold is like null', { city: null, country: null, venue: 'Kremlin' }, undefined, null, true],
    ['locationAccept alternative city', { city: 'Novo-Ogaryovo', country: 'RU' }, [{ city: 'Moscow', country: 'RU' }], { city: 'Moscow' }, true],
    ['locationAccept null', null, [null, beijing], null, true],
    ['locationAccept city', null, [null, beijing], { city: 'Beijing' }, true],
    ['locationAccept country-only', beijing, [{ city: null, country: 'CN' }], { city: 'Shanghai', country: 'CN' }, true],
  ] as const)('%s', (_, location, locationAccept, got, expected) => {
    const g = gold(locationAccept === undefined ? { location } : { location, locationAccept: [...locationAccept] });
    expect(isLocationAccepted(g, entry({ location: got }))).toBe(expected);
  });

  test.each([
    ['St. Petersburg', 'st petersburg'],
    ['Saint-Petersburg', 'st petersburg'],
    ['Zürich', 'zurich'],
    ['Washington DC', 'washington'],
    ['  Sharm El-Sheikh ', 'sharm el sheikh'],
  ])('toCityKey(%j) = %j', (city, key) => {
    expect(toCityKey(city)).toBe(key);
  });
});

describe('scoreCorpus', () => {
  test('coverage and rejection count files by role', () => {
    const score = scoreCorpus([
      { gold: gold({ file: 'b1' }), entry: entry() },
      { gold: gold({ file: 'b2' }), entry: entry() },
      { gold: gold({ file: 'b3' }), entry: entry() },
      { gold: gold({ file: 'b4' }), entry: null },
      { gold: negative('n1'), entry: null },
      { gold: negative('n2'), entry: entry() },
    ]);
    expect(score.figures.coverage).toBe(0.75);
    expect(score.figures.rejection).toBe(0.5);
    expect(score.counts.coverage).toEqual({ hits: 3, total: 4, value: 0.75 });
    expect(score.counts.rejection).toEqual({ hits: 1, total: 2, value: 0.5 });
  });

  test('a rejected bulletin counts as wrong for date, kind and location, and its participants as missed', () => {
    const score = scoreCorpus([
      { gold: gold({ file: 'b1', participants: [{ name: 'Wang Yi' }] }), entry: entry({ date: '2014-01-21', participants: [{ name: 'Wang Yi' }] }) },
      { gold: gold({ file: 'b2', participants: [{ name: 'Sergey Lavrov' }] }), entry: null },
    ]);
    expect(score.figures).toEqual({
      coverage: 0.5,
      rejection: null,
      date: 0.5,
      kind: 0.5,
      participantsPrecision: 1,
      participantsRecall: 0.5,
      participantsF1: 2 / 3,
      location: 0.5,
    });
  });

  test('fields of a not-a-bulletin file that produced an entry are not scored', () => {
    const score = scoreCorpus([
      { gold: gold({ file: 'b1' }), entry: entry({ date: '2014-01-21' }) },
      { gold: negative('n1'), entry: entry({ date: '1999', kind: 'visit', participants: [{ name: 'Putin' }], location: { city: 'Moscow' } }) },
    ]);
    expect(score.figures.date).toBe(1);
    expect(score.figures.kind).toBe(1);
    expect(score.figures.location).toBe(1);
    expect(score.counts.participantsPrecision).toEqual({ hits: 0, total: 0, value: null });
    expect(score.figures.rejection).toBe(0);
  });

  test.each([
    ['rejected: leaves every denominator', null, { coverage: 1, date: 1, total: 1 }],
    ['accepted: scored like a bulletin', entry({ date: '2023-03-24' }), { coverage: 1, date: 0.5, total: 2 }],
  ])('an optional bulletin (kindAccept has not-a-bulletin), %s', (_, optionalEntry, expected) => {
    const score = scoreCorpus([
      { gold: gold({ file: 'b1' }), entry: entry({ date: '2014-01-21' }) },
      { gold: gold({ file: 'o1', kind: 'visit', kindAccept: ['visit', 'not-a-bulletin'], dateAccept: [null] }), entry: optionalEntry },
    ]);
    expect(score.figures.coverage).toBe(expected.coverage);
    expect(score.figures.date).toBe(expected.date);
    expect(score.counts.coverage.total).toBe(expected.total);
    expect(score.figures.rejection).toBeNull();
  });

  test('participants are micro-averaged over all bulletins, one to one', () => {
    const score = scoreCorpus([
      {
        // 2 gold, 3 predicted (one a duplicate): 2 true positives
        gold: gold({ file: 'b1', participants: [{ name: 'Vladimir Putin' }, { name: 'Xi Jinping' }] }),
        entry: entry({ participants: [{ name: 'President Putin' }, { name: 'Putin' }, { name: 'Xi Jinping' }] }),
      },
      {
        // 2 gold, 1 predicted: 1 true positive
        gold: gold({ file: 'b2', participants: [{ name: 'Sergey Lavrov' }, { name: 'Wang Yi' }] }),
        entry: entry({ participants: [{ name: 'Sergei Lavrov' }] }),
      },
      {
        // 0 gold, 1 predicted: 0 true positives
        gold: gold({ file: 'b3' }),
        entry: entry({ participants: [{ name: 'Maria Zakharova' }] }),
      },
    ]);
    expect(score.counts.participantsPrecision).toEqual({ hits: 3, total: 5, value: 0.6 });
    expect(score.counts.participantsRecall).toEqual({ hits: 3, total: 4, value: 0.75 });
    expect(score.figures.participantsF1).toBeCloseTo((2 * 0.6 * 0.75) / (0.6 + 0.75), 12);
    expect(score.files[0]?.participants?.extra).toEqual(['Putin']);
    expect(score.files[1]?.participants?.missed).toEqual(['Wang Yi']);
  });

  test.each([
    ['nothing predicted, gold names exist', [{ name: 'Wang Yi' }], [], { p: 0, r: 0, f1: 0 }],
    ['nothing predicted, no gold names', [], [], { p: null, r: null, f1: null }],
    ['predictions, no gold names', [], [{ name: 'Wang Yi' }], { p: 0, r: null, f1: null }],
  ])('participants edge case: %s', (_, goldNames, predicted, expected) => {
    const score = scoreCorpus([{ gold: gold({ participants: goldNames }), entry: entry({ participants: predicted }) }]);
    expect(score.figures.participantsPrecision).toBe(expected.p);
    expect(score.figures.participantsRecall).toBe(expected.r);
    expect(score.figures.participantsF1).toBe(expected.f1);
  });

  test('an empty corpus has no figures', () => {
    expect(scoreCorpus([]).figures).toEqual({
      coverage: null,
      rejection: null,
      date: null,
      kind: null,
      participantsPrecision: null,
      participantsRecall: null,
      participantsF1: null,
      location: null,
    });
  });
});
