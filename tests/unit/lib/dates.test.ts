import { describe, expect, test } from 'vitest';
import { formatDateSpan, formatEventDate, formatPartialDate, toDatePrecision, toDatetimeAttribute } from '../../../src/lib/dates.ts';

describe('formatEventDate', () => {
  test.each([
    ['2014-01-21', 'day', 'January 21, 2014'],
    ['2021-01-05', 'day', 'January 5, 2021'],
    ['2000-02-29', 'day', 'February 29, 2000'],
    ['2018-04', 'month', 'April 2018'],
    ['2018-12', 'month', 'December 2018'],
    ['2014', 'year', '2014'],
    ['0999', 'year', '0999'],
    // A coarser precision than the string wins: the day is never shown when not vouched for.
    ['2014-01-21', 'month', 'January 2014'],
    ['2014-01-21', 'year', '2014'],
  ] as const)('%s at %s precision → %s', (date, precision, expected) => {
    expect(formatEventDate(date, precision)).toBe(expected);
  });

  test.each([
    ['2014', 'day'],
    ['2014-01', 'day'],
    ['2014', 'month'],
    ['2014-02-30', 'day'],
    ['2014-13', 'month'],
    ['21 January 2014', 'day'],
    ['', 'year'],
  ] as const)('refuses %j at %s precision', (date, precision) => {
    expect(() => formatEventDate(date, precision)).toThrow(RangeError);
  });

  test('the error quotes the input and the expected form', () => {
    expect(() => formatEventDate('2014', 'day')).toThrow('Cannot read "2014" as a date of day precision (expected yyyy-MM-dd).');
  });
});

describe('toDatetimeAttribute', () => {
  test.each([
    ['2014-01-21', 'day', '2014-01-21'],
    ['2018-04', 'month', '2018-04'],
    ['2014', 'year', '2014'],
    ['2014-01-21', 'month', '2014-01'],
    ['2014-01-21', 'year', '2014'],
  ] as const)('%s at %s precision → %s', (date, precision, expected) => {
    expect(toDatetimeAttribute(date, precision)).toBe(expected);
  });

  test('refuses a date less precise than asked', () => {
    expect(() => toDatetimeAttribute('2018-04', 'day')).toThrow(RangeError);
  });
});

describe('toDatePrecision', () => {
  test.each([
    ['2013-03-16', 'day'],
    ['2013-03', 'month'],
    ['2013', 'year'],
  ] as const)('%s → %s', (date, precision) => {
    expect(toDatePrecision(date)).toBe(precision);
  });

  test('refuses other shapes', () => {
    expect(() => toDatePrecision('March 2013')).toThrow('Cannot read "March 2013" as a date (expected yyyy, yyyy-MM or yyyy-MM-dd).');
  });
});

describe('formatPartialDate', () => {
  test.each([
    ['2013-03-16', 'March 16, 2013'],
    ['2013-03', 'March 2013'],
    ['2013', '2013'],
  ])('%s → %s', (date, expected) => {
    expect(formatPartialDate(date)).toBe(expected);
  });
});

describe('formatDateSpan', () => {
  test.each([
    ['2013-03', undefined, 'March 2013 – present'],
    ['2008', '2013-03-16', '2008 – March 16, 2013'],
    [undefined, '2012', 'until 2012'],
    [undefined, undefined, undefined],
  ])('%s to %s → %s', (from, to, expected) => {
    expect(formatDateSpan(from, to)).toBe(expected);
  });
});
