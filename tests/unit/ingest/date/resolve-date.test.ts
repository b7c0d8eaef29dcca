import { describe, expect, test } from 'vitest';
import {
  daysBetween,
  isOnOrBefore,
  precisionOf,
  resolveMonthDay,
  resolveWeekday,
  shiftDay,
  toPartialDate,
  truncateDate,
  weekdayOfDay,
} from '../../../../src/ingest/date/resolve-date.ts';

const SUN = 0, MON = 1, TUE = 2, WED = 3, FRI = 5, SAT = 6;

describe('resolveWeekday', () => {
  test.each([
    // A Wednesday header and "on Tuesday": the day before.
    [TUE, '2025-05-14', '2025-05-13'],
    // The anchor's own weekday is the anchor's day ("on Tuesday" under a Tuesday header).
    [TUE, '2019-12-31', '2019-12-31'],
    // "on Saturday" under a Sunday stamp.
    [SAT, '2009-11-15', '2009-11-14'],
    // A whole week back, across a month end.
    [WED, '2013-06-04', '2013-05-29'],
    [FRI, '2017-01-02', '2016-12-30'],
    [SUN, '2013-06-10', '2013-06-09'],
  ])('weekday %i on or before %s → %s', (weekday, anchor, expected) => {
    expect(resolveWeekday(weekday, anchor)).toBe(expected);
  });
});

describe('resolveMonthDay', () => {
  test.each([
    [7, 17, '2020-07-17', '2020-07-17'],
    [4, 4, '2023-04-05', '2023-04-04'],
    // The nearest year: "December 30" under a January anchor is the year before.
    [12, 30, '2017-01-02', '2016-12-30'],
    // A later day is returned as it is; the caller rejects it as a plan.
    [11, 16, '2021-11-13', '2021-11-16'],
    // A month or year anchor gives only its own year.
    [9, 18, '2023-09', '2023-09-18'],
    [8, 7, '2007', '2007-08-07'],
    // February 29 exists only in leap years.
    [2, 29, '2025-03-01', '2024-02-29'],
  ])('%i-%i against %s → %s', (month, day, anchor, expected) => {
    expect(resolveMonthDay(month, day, anchor)).toBe(expected);
  });
});

describe('small calendar helpers', () => {
  test.each([
    ['2014-01-21', 'day'],
    ['2014-01', 'month'],
    ['2014', 'year'],
  ])('precisionOf(%s) → %s', (date, expected) => {
    expect(precisionOf(date)).toBe(expected);
  });

  test.each([
    [2014, 1, 21, '2014-01-21'],
    [2014, 1, undefined, '2014-01'],
    [2014, undefined, undefined, '2014'],
  ])('toPartialDate(%j, %j, %j) → %s', (year, month, day, expected) => {
    expect(toPartialDate(year, month, day)).toBe(expected);
  });

  test.each([
    ['2014-01-21', 'month', '2014-01'],
    ['2014-01-21', 'year', '2014'],
    ['2014-01', 'day', '2014-01'],
  ] as const)('truncateDate(%s, %s) → %s', (date, precision, expected) => {
    expect(truncateDate(date, precision)).toBe(expected);
  });

  test.each([
    ['2016-12-31', 1, '2017-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-03-31', 0, '2024-03-31'],
  ])('shiftDay(%s, %i) → %s', (day, days, expected) => {
    expect(shiftDay(day, days)).toBe(expected);
  });

  test.each([
    ['2009-11-14', '2009-11-15', 1],
    ['2017-04-12', '2017-04-07', -5],
    ['2016-12-30', '2017-01-02', 3],
  ])('daysBetween(%s, %s) → %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  test.each([
    ['2017-04-12', WED],
    ['2009-11-14', SAT],
    ['2018-07-02', MON],
  ])('weekdayOfDay(%s) → %i', (day, expected) => {
    expect(weekdayOfDay(day)).toBe(expected);
  });

  test.each([
    ['2014-01-20', '2014-01-21', true],
    ['2014-01-21', '2014-01-21', true],
    ['2014-01-22', '2014-01-21', false],
    // Compared at the coarser precision: a month is not after a day within it.
    ['2014-01', '2014-01-05', true],
    ['2014-02', '2014-01-05', false],
    ['2013', '2014-01', true],
  ])('isOnOrBefore(%s, %s) → %j', (a, b, expected) => {
    expect(isOnOrBefore(a, b)).toBe(expected);
  });
});
