import { describe, expect, test } from 'vitest';
import { compareNewestFirst, sortNewestFirst, splitDated, toSortKey, type Orderable } from '../../../src/lib/entry-order.ts';

const self = (item: Orderable) => item;
const ids = (items: Orderable[]) => items.map((item) => item.id);

describe('toSortKey', () => {
  test.each([
    ['2014-01-21', '2014-01-21'],
    ['2014-01', '2014-01-00'],
    ['2014', '2014-00-00'],
  ])('%s → %s', (date, expected) => {
    expect(toSortKey(date)).toBe(expected);
  });
});

describe('compareNewestFirst', () => {
  test.each([
    // [a, b, sign of compare(a, b)]
    [{ id: 'a', date: '2021-01-05' }, { id: 'b', date: '2014-01-21' }, -1],
    [{ id: 'a', date: '2014-01-21' }, { id: 'b', date: '2021-01-05' }, 1],
    [{ id: 'a', date: '2014-01-21' }, { id: 'b', date: '2014-01' }, -1],
    [{ id: 'a', date: '2014-01' }, { id: 'b', date: '2014' }, -1],
    [{ id: 'a', date: '2014' }, { id: 'b', date: '2013-12-31' }, -1],
    [{ id: 'a', date: '2014-02' }, { id: 'b', date: '2014-01-31' }, -1],
    [{ id: 'a' }, { id: 'b', date: '1950' }, 1],
    [{ id: 'a', date: '1950' }, { id: 'b' }, -1],
    [{ id: 'a', date: '2014' }, { id: 'b', date: '2014' }, -1],
    [{ id: 'b', date: '2014' }, { id: 'a', date: '2014' }, 1],
    [{ id: 'a' }, { id: 'b' }, -1],
    [{ id: 'a' }, { id: 'a' }, 0],
  ] as [Orderable, Orderable, number][])('%j vs %j → %i', (a, b, expected) => {
    expect(Math.sign(compareNewestFirst(a, b))).toBe(expected);
  });
});

describe('sortNewestFirst', () => {
  const items: Orderable[] = [
    { id: 'undated-b' },
    { id: 'year-2014', date: '2014' },
    { id: 'day-2014-01-21', date: '2014-01-21' },
    { id: 'undated-a' },
    { id: 'day-2021-01-05', date: '2021-01-05' },
    { id: 'month-2014-01', date: '2014-01' },
    { id: 'month-2018-04', date: '2018-04' },
    { id: 'day-2014-01-21-b', date: '2014-01-21' },
  ];

  test('orders newest first, day before month before year, undated last, ties by id', () => {
    expect(ids(sortNewestFirst(items, self))).toEqual([
      'day-2021-01-05',
      'month-2018-04',
      'day-2014-01-21',
      'day-2014-01-21-b',
      'month-2014-01',
      'year-2014',
      'undated-a',
      'undated-b',
    ]);
  });

  test('does not change its input', () => {
    const before = ids(items);
    sortNewestFirst(items, self);
    expect(ids(items)).toEqual(before);
  });

  test('gives the same order whatever the input order', () => {
    expect(ids(sortNewestFirst([...items].reverse(), self))).toEqual(ids(sortNewestFirst(items, self)));
  });

  test('reads the fields through `select`', () => {
    const wrapped = [{ data: { id: 'old', date: '1999' } }, { data: { id: 'new', date: '2001' } }];
    expect(sortNewestFirst(wrapped, (item) => item.data).map((item) => item.data.id)).toEqual(['new', 'old']);
  });
});

describe('splitDated', () => {
  test('splits and keeps the order within each part', () => {
    const items: Orderable[] = [{ id: 'c', date: '2020' }, { id: 'x' }, { id: 'a', date: '2010' }, { id: 'w' }];
    const { dated, undated } = splitDated(items, self);
    expect(ids(dated)).toEqual(['c', 'a']);
    expect(ids(undated)).toEqual(['x', 'w']);
  });

  test('handles an empty list', () => {
    expect(splitDated([], self)).toEqual({ dated: [], undated: [] });
  });
});
