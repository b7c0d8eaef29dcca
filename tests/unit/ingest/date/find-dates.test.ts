import { describe, expect, test } from 'vitest';
import { findDates, isCalendarDay, monthOf, weekdayOf, type DateMention } from '../../../../src/ingest/date/find-dates.ts';

/** A mention without its position, for compact expectations. */
const brief = ({ start: _start, end: _end, ...rest }: DateMention) => rest;

describe('findDates', () => {
  test.each([
    // Month first, with and without year, weekday and abbreviation.
    ['On March 14, 2016, Wang Yi held phone talks.', [{ kind: 'date', year: 2016, month: 3, day: 14, text: 'March 14, 2016' }]],
    ['In the evening of January 21, 2014, they met.', [{ kind: 'date', year: 2014, month: 1, day: 21, text: 'January 21, 2014' }]],
    ['On Jan. 19, 2011, Hu attended the banquet.', [{ kind: 'date', year: 2011, month: 1, day: 19, text: 'Jan. 19, 2011' }]],
    ['Wednesday, March 11, 2009', [{ kind: 'date', year: 2009, month: 3, day: 11, weekday: 3, text: 'Wednesday, March 11, 2009' }]],
    ['in the Oval Office Wednesday May 1, 2002 in Washington', [{ kind: 'date', year: 2002, month: 5, day: 1, weekday: 3, text: 'Wednesday May 1, 2002' }]],
    ['08:30, November 15, 2009', [{ kind: 'date', year: 2009, month: 11, day: 15, text: 'November 15, 2009' }]],
    ['On July 17, Lavrov had a telephone conversation.', [{ kind: 'month-day', month: 7, day: 17, text: 'July 17' }]],
    ['BEIJING, Sept. 7 (Xinhuanet)', [{ kind: 'month-day', month: 9, day: 7, text: 'Sept. 7' }]],
    // A range is dated by its first day.
    ['an official State Visit from January 18 to 21.', [{ kind: 'month-day', month: 1, day: 18, text: 'January 18 to 21' }]],
    ['in Buenos Aires on May 20 and 21, addressing', [{ kind: 'month-day', month: 5, day: 20, text: 'May 20 and 21' }]],
    // Day first.
    ['On 21 March local time, Xi met reporters.', [{ kind: 'month-day', month: 3, day: 21, text: '21 March' }]],
    ['BALI, 09 July 2022, (TON):', [{ kind: 'date', year: 2022, month: 7, day: 9, text: '09 July 2022' }]],
    ['Updated: 9:26pm, 14 Apr, 2023', [{ kind: 'date', year: 2023, month: 4, day: 14, text: '14 Apr, 2023' }]],
    ['Tue 06th July 2021', [{ kind: 'date', year: 2021, month: 7, day: 6, weekday: 2, text: 'Tue 06th July 2021' }]],
    ['a visit from 24–26 April to Shanghai', [{ kind: 'month-day', month: 4, day: 24, text: '24–26 April' }]],
    // A clock fused to the year: 2020 and 18:33, not the year 202018.
    ['17 July 202018:33', [{ kind: 'date', year: 2020, month: 7, day: 17, text: '17 July 2020' }]],
    // Numeric forms.
    ['Updated: 2013-09-05 16:40', [{ kind: 'date', year: 2013, month: 9, day: 5, text: '2013-09-05' }]],
    ['Source:Xinhua Published: 2019/3/8 10:26:05', [{ kind: 'date', year: 2019, month: 3, day: 8, text: '2019/3/8' }]],
    ['Source: CCTV.com | 12-14-2006 08:27', [{ kind: 'date', year: 2006, month: 12, day: 14, text: '12-14-2006' }]],
    ['Currency rates from 10/09/2025', [{ kind: 'date', year: 2025, month: 10, day: 9, text: '10/09/2025' }]],
    ['posted 25/12/2019', [{ kind: 'date', year: 2019, month: 12, day: 25, text: '25/12/2019' }]],
    // Month and year, bare years.
    ['When Li took office in March 2013, Merkel called.', [{ kind: 'month', year: 2013, month: 3, text: 'March 2013' }]],
    // A day the calendar lacks is no date; its year still stands.
    ['February 30, 2020 never was.', [{ kind: 'year', year: 2020, text: '2020' }]],
    ['Upon the coming of the New Year of 2021,', [{ kind: 'year', year: 2021, text: '2021' }]],
    // Weekdays and words relative to the day of writing.
    ['Xi Jinping on Tuesday met Putin.', [{ kind: 'weekday', weekday: 2, text: 'Tuesday' }]],
    ['met Monday (July 3) and Tuesday', [
      { kind: 'weekday', weekday: 1, text: 'Monday' },
      { kind: 'month-day', month: 7, day: 3, text: 'July 3' },
      { kind: 'weekday', weekday: 2, text: 'Tuesday' },
    ]],
    ['Blinken met Wang Yi today in Beijing.', [{ kind: 'relative', offset: 0, text: 'today' }]],
    ['his meeting with Clinton yesterday', [{ kind: 'relative', offset: -1, text: 'yesterday' }]],
  ] as const)('%j', (text, expected) => {
    expect(findDates(text).map(brief)).toEqual(expected);
  });

  test.each([
    ["Tuesday's schedule includes talks."], // a possessive weekday is a thing, not a time
    ['The Group of 20 (G20) met.'],
    ['you may 5 times'], // "may" in lower case is a verb
    ['1527020713000'],
  ])('finds nothing in %j', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  test('keeps positions that point at the expression', () => {
    const text = 'Talks were held on March 3, 2014 in Beijing.';
    const [mention] = findDates(text);
    expect(mention && text.slice(mention.start, mention.end)).toBe('March 3, 2014');
  });
});

describe('monthOf, weekdayOf, isCalendarDay', () => {
  test.each([
    ['Sept.', 9],
    ['MARCH', 3],
    ['dec', 12],
    ['Smarch', undefined],
  ])('monthOf(%j) → %j', (name, expected) => {
    expect(monthOf(name)).toBe(expected);
  });

  test.each([
    ['Sunday', 0],
    ['Tue', 2],
    ['Saturday', 6],
  ])('weekdayOf(%j) → %j', (name, expected) => {
    expect(weekdayOf(name)).toBe(expected);
  });

  test.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2023, 4, 31, false],
    [2023, 13, 1, false],
    [2023, 12, 31, true],
  ])('isCalendarDay(%i, %i, %i) → %j', (year, month, day, expected) => {
    expect(isCalendarDay(year, month, day)).toBe(expected);
  });
});
