/**
 * Calendar arithmetic on partial dates (`2014`, `2014-01`, `2014-01-21`): giving a weekday
 * or a yearless day its place relative to a dated anchor, and comparing dates of different
 * precision. Dates are calendar days with no time zone: they are built and read back in the
 * same (local) zone, so the zone never shows.
 */
// One module per function: the package's index loads every one of its ~250 functions (over
// a second of an ingest's start-up, measured with --cpu-prof); `format` is not imported at all,
// as it loads the locale machinery (0.15 s) to print three numbers.
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getDay } from 'date-fns/getDay';
import { isCalendarDay } from './find-dates.ts';

/** A calendar date to day, month or year: `2014-01-21`, `2014-01`, `2014`. */
export type PartialDate = string;

/** How much of a date a partial date gives. */
export type Precision = 'day' | 'month' | 'year';

/** The precision of a partial date, from its length. */
export function precisionOf(date: PartialDate): Precision {
  return date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
}

/** Writes year, month and day as `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when parts are missing). */
export function toPartialDate(year: number, month?: number, day?: number): PartialDate {
  const y = String(year).padStart(4, '0');
  if (month === undefined) return y;
  const m = String(month).padStart(2, '0');
  return day === undefined ? `${y}-${m}` : `${y}-${m}-${String(day).padStart(2, '0')}`;
}

/** Cuts a date down to a precision: `2014-01-21` to month is `2014-01`. */
export function truncateDate(date: PartialDate, precision: Precision): PartialDate {
  return date.slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4);
}

function toDate(day: PartialDate): Date {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** `YYYY-MM-DD` of a local date, as date-fns's `format(date, 'yyyy-MM-dd')` writes it. */
function fromDate(date: Date): PartialDate {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** The day `days` after (or, negative, before) a `YYYY-MM-DD` day. */
export function shiftDay(day: PartialDate, days: number): PartialDate {
  return fromDate(addDays(toDate(day), days));
}

/** Calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: PartialDate, to: PartialDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** The weekday (0 = Sunday) of a `YYYY-MM-DD` day. */
export function weekdayOfDay(day: PartialDate): number {
  return getDay(toDate(day));
}

/**
 * The most recent given weekday on or before the anchor day: a bulletin dated Wednesday that
 * says "on Tuesday" means the day before; "on Wednesday" means the anchor's own day.
 */
export function resolveWeekday(weekday: number, anchor: PartialDate): PartialDate {
  const back = (weekdayOfDay(anchor) - weekday + 7) % 7;
  return shiftDay(anchor, -back);
}

/**
 * Gives a yearless day (`July 17`) the year that puts it nearest the anchor day, so that
 * "December 30" under a January 2 anchor falls in the year before. The result may lie after
 * the anchor: the caller decides what a date later than its anchor means.
 */
export function resolveMonthDay(month: number, day: number, anchor: PartialDate): PartialDate | undefined {
  const year = Number(anchor.slice(0, 4));
  const options = [year - 1, year, year + 1]
    .filter((y) => isCalendarDay(y, month, day))
    .map((y) => toPartialDate(y, month, day));
  if (precisionOf(anchor) !== 'day') {
    // Against a month or a year only the anchor's own year is known.
    const same = options.find((option) => option.startsWith(String(year)));
    return same;
  }
  let best: PartialDate | undefined;
  for (const option of options) {
    if (best === undefined || Math.abs(daysBetween(anchor, option)) < Math.abs(daysBetween(anchor, best))) best = option;
  }
  return best;
}

/**
 * Whether date `a` can be no later than date `b`, comparing at the coarser of their
 * precisions (`2014-01` is not after `2014-01-05`).
 */
export function isOnOrBefore(a: PartialDate, b: PartialDate): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) <= b.slice(0, length);
}
