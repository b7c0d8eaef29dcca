import { describe, expect, test } from 'vitest';
import {
  byMeetingDate,
  compareChronological,
  findNeighbours,
  formatYearSpan,
  getAllNeighbours,
  getUndated,
  getYearSpan,
  groupByMonth,
  groupByYear,
  MONTHS,
  sortChronological,
  toMonth,
  toMonthAbbreviation,
  toMonthName,
  toYear,
} from '../../../src/lib/chronology.ts';
import type { Orderable } from '../../../src/lib/entry-order.ts';
import { toMonthPath, toUndatedPath, toYearPath, toYearsPath } from '../../../src/lib/paths.ts';

const self = (item: Orderable) => item;
const ids = (items: readonly Orderable[]) => items.map((item) => item.id);

const ITEMS: Orderable[] = [
  { id: 'c', date: '2014-03-08' },
  { id: 'undated-b' },
  { id: 'a', date: '2014-03' },
  { id: 'e', date: '2016' },
  { id: 'b', date: '2014-03-08' },
  { id: 'd', date: '2014-11-30' },
  { id: 'f', date: '2016-01-02' },
  { id: 'undated-a' },
  { id: 'y', date: '2014' },
];

describe('month names', () => {
  test.each([
    ['01', 'January', 'Jan'],
    ['03', 'March', 'Mar'],
    ['12', 'December', 'Dec'],
    ['3', 'March', 'Mar'],
  ])('%s → %s, %s', (month, name, short) => {
    expect(toMonthName(month)).toBe(name);
    expect(toMonthAbbreviation(month)).toBe(short);
  });

  test.each(['00', '13', 'March', ''])('rejects %j', (month) => {
    expect(() => toMonthName(month)).toThrow(RangeError);
  });

  test('MONTHS are the twelve two-digit months in order', () => {
    expect(MONTHS).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
  });
});

describe('toYear / toMonth', () => {
  test.each([
    ['2014-03-08', '2014', '03'],
    ['2014-03', '2014', '03'],
    ['2014', '2014', undefined],
  ])('%s', (date, year, month) => {
    expect(toYear(date)).toBe(year);
    expect(toMonth(date)).toBe(month);
  });
});

describe('compareChronological / sortChronological', () => {
  test.each([
    [{ id: 'a', date: '2014-01-21' }, { id: 'b', date: '2021-01-05' }, -1],
    [{ id: 'a', date: '2021-01-05' }, { id: 'b', date: '2014-01-21' }, 1],
    // A month-only date opens its month, a year-only date its year.
    [{ id: 'z', date: '2014-01' }, { id: 'a', date: '2014-01-01' }, -1],
    [{ id: 'z', date: '2014' }, { id: 'a', date: '2014-01' }, -1],
    [{ id: 'a', date: '2014-12-31' }, { id: 'b', date: '2015' }, -1],
    [{ id: 'a' }, { id: 'b', date: '2099' }, 1],
    [{ id: 'b', date: '2014' }, { id: 'a', date: '2014' }, 1],
    [{ id: 'a' }, { id: 'b' }, -1],
  ])('%j vs %j → %i', (a, b, sign) => {
    expect(Math.sign(compareChronological(a, b))).toBe(sign);
  });

  test('sorts oldest first, undated last by id, without touching the input', () => {
    const before = ids(ITEMS);
    expect(ids(sortChronological(ITEMS, self))).toEqual(['y', 'a', 'b', 'c', 'd', 'e', 'f', 'undated-a', 'undated-b']);
    expect(ids(ITEMS)).toEqual(before);
  });
});

describe('getYearSpan / formatYearSpan', () => {
  test('first and last dated year, undated ignored', () => {
    expect(getYearSpan(ITEMS, self)).toEqual({ first: 2014, last: 2016 });
    expect(formatYearSpan(getYearSpan(ITEMS, self))).toBe('2014–2016');
  });

  test('one year, and none', () => {
    expect(formatYearSpan(getYearSpan([{ id: 'a', date: '2002-05' }], self))).toBe('2002');
    expect(getYearSpan([{ id: 'a' }], self)).toBeUndefined();
    expect(formatYearSpan(undefined)).toBeUndefined();
  });
});

describe('groupByYear', () => {
  const years = groupByYear(ITEMS, self);

  test('has every year of the span, the empty one included, oldest first', () => {
    expect(years.map((y) => [y.year, ids(y.items)])).toEqual([
      ['2014', ['y', 'a', 'b', 'c', 'd']],
      ['2015', []],
      ['2016', ['e', 'f']],
    ]);
  });

  test('counts all twelve months and keeps year-only items apart', () => {
    const y2014 = years[0];
    expect(y2014?.months).toHaveLength(12);
    expect(y2014?.months.filter((m) => m.count > 0)).toEqual([
      { month: '03', count: 3 },
      { month: '11', count: 1 },
    ]);
    expect(ids(y2014?.yearOnly ?? [])).toEqual(['y']);
    expect(years[1]?.months.every((m) => m.count === 0)).toBe(true);
    expect(ids(years[2]?.yearOnly ?? [])).toEqual(['e']);
  });

  test('nothing dated, no years', () => {
    expect(groupByYear([{ id: 'a' }], self)).toEqual([]);
  });
});

describe('groupByMonth', () => {
  test('only months with items, oldest first, month-only dates included, year-only left out', () => {
    expect(groupByMonth(ITEMS, self).map((m) => [m.year, m.month, ids(m.items)])).toEqual([
      ['2014', '03', ['a', 'b', 'c']],
      ['2014', '11', ['d']],
      ['2016', '01', ['f']],
    ]);
  });
});

describe('getUndated', () => {
  test('the undated items by id', () => {
    expect(ids(getUndated(ITEMS, self))).toEqual(['undated-a', 'undated-b']);
  });
});

describe('getAllNeighbours', () => {
  test('gives every item the neighbours findNeighbours gives it', () => {
    const all = getAllNeighbours(ITEMS, self);
    expect(all.size).toBe(ITEMS.length);
    for (const item of ITEMS) expect(all.get(item.id)).toEqual(findNeighbours(ITEMS, item.id, self));
  });
});

describe('findNeighbours', () => {
  test.each([
    ['y', undefined, 'a'],
    ['b', 'a', 'c'],
    ['c', 'b', 'd'],
    ['d', 'c', 'e'],
    ['f', 'e', undefined],
    // Undated items walk among themselves by id, never into the dated ones.
    ['undated-a', undefined, 'undated-b'],
    ['undated-b', 'undated-a', undefined],
    ['nobody', undefined, undefined],
  ])('%s: previous %s, next %s', (id, previous, next) => {
    const found = findNeighbours(ITEMS, id, self);
    expect(found.previous?.id).toBe(previous);
    expect(found.next?.id).toBe(next);
  });

  test('reads meetings through byMeetingDate', () => {
    const meetings = [
      { id: 'm2', date: '2020-01-01', title: 'second' },
      { id: 'm1', date: '2019-12-31', title: 'first' },
    ];
    expect(findNeighbours(meetings, 'm1', byMeetingDate).next?.title).toBe('second');
  });
});

// The chronology's addresses (src/lib/paths.ts), here beside the pages' rules they serve.
describe('chronology paths', () => {
  test.each([
    [toYearsPath('/'), '/years/'],
    [toYearPath('2014', '/archive/'), '/archive/years/2014/'],
    [toMonthPath('2014', '03', 1, '/archive'), '/archive/years/2014/03/'],
    [toMonthPath('2014', '03', 2, '/'), '/years/2014/03/2/'],
    [toUndatedPath(1, '/archive/'), '/archive/years/undated/'],
    [toUndatedPath(3, '/'), '/years/undated/3/'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
