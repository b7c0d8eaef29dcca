/**
 * Display and machine forms of an event's date. Dates stay strings everywhere else
 * (no time-zone drift); this is the one module that imports date-fns.
 */
import { format, isValid, parse } from 'date-fns';
import type { DatePrecision } from '../schema/entry.ts';

/** How a date of each precision is read (date-fns tokens) and shown. */
const PATTERNS: Record<DatePrecision, { length: number; input: string; output: string }> = {
  day: { length: 10, input: 'yyyy-MM-dd', output: 'MMMM d, yyyy' },
  month: { length: 7, input: 'yyyy-MM', output: 'MMMM yyyy' },
  year: { length: 4, input: 'yyyy', output: 'yyyy' },
};

// A fixed reference date keeps `parse` pure: it fills in nothing we read, but without
// one date-fns would default missing parts from the clock.
const REFERENCE = new Date(2000, 0, 1);

// A build shows the same dates thousands of times (every list a meeting appears in), and
// date-fns parsing was 5% of a build's CPU: each date is checked and formatted once. An
// archive spans a few thousand distinct dates, so the memos stay small.
/** `precision date` keys of the dates {@link toDatetimeAttribute} has found valid. */
const checked = new Set<string>();
/** `precision date` keys and what {@link formatEventDate} made of them. */
const formatted = new Map<string, string>();

/**
 * The part of `date` that `precision` vouches for (`2014-01-21`, `2014-01` or `2014`):
 * the value of a `<time datetime>` attribute. A date more precise than its precision is
 * cut back rather than shown with a day the text does not support.
 *
 * @throws RangeError when `date` is less precise than `precision` or is not a real date.
 */
export function toDatetimeAttribute(date: string, precision: DatePrecision): string {
  const { length, input } = PATTERNS[precision];
  const value = date.slice(0, length);
  if (checked.has(`${precision} ${value}`)) return value;
  if (value.length !== length || !isValid(parse(value, input, REFERENCE))) {
    throw new RangeError(`Cannot read "${date}" as a date of ${precision} precision (expected ${input}).`);
  }
  checked.add(`${precision} ${value}`);
  return value;
}

/**
 * The date as a reader sees it: `January 21, 2014`, `January 2014` or `2014`, never
 * with more detail than `precision` allows.
 *
 * @throws RangeError when `date` is less precise than `precision` or is not a real date.
 */
export function formatEventDate(date: string, precision: DatePrecision): string {
  const key = `${precision} ${date}`;
  let shown = formatted.get(key);
  if (shown === undefined) {
    const value = toDatetimeAttribute(date, precision);
    const { input, output } = PATTERNS[precision];
    shown = format(parse(value, input, REFERENCE), output);
    formatted.set(key, shown);
  }
  return shown;
}

/**
 * The precision a partial date string carries by its shape: `2014-01-21` day, `2014-01`
 * month, `2014` year. Registry dates (role spans) have no separate precision field.
 *
 * @throws RangeError when `date` has none of the three shapes.
 */
export function toDatePrecision(date: string): DatePrecision {
  const shape = /^\d{4}(-\d{2}(-\d{2})?)?$/.exec(date);
  if (shape) return shape[2] !== undefined ? 'day' : shape[1] !== undefined ? 'month' : 'year';
  throw new RangeError(`Cannot read "${date}" as a date (expected yyyy, yyyy-MM or yyyy-MM-dd).`);
}

/** A partial date shown as precisely as its shape allows (`2013-03` → `March 2013`). */
export function formatPartialDate(date: string): string {
  return formatEventDate(date, toDatePrecision(date));
}

/**
 * A span of time in office as one line: `March 2013 – present`, `2008 – March 2013`,
 * `until 2012`; `undefined` when neither end is known. An open end means "still held or
 * end unknown" (see RoleSchema), which readers know as "present".
 */
export function formatDateSpan(from: string | undefined, to: string | undefined): string | undefined {
  if (from === undefined && to === undefined) return undefined;
  if (from === undefined) return `until ${formatPartialDate(to as string)}`;
  return `${formatPartialDate(from)} – ${to === undefined ? 'present' : formatPartialDate(to)}`;
}
