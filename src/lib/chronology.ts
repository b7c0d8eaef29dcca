/**
 * The archive by time: years, months, and a meeting's neighbours. Works on any item through
 * a `select` function returning its id and partial date (see src/lib/entry-order.ts), so the
 * same rules serve meetings and plain test data. Dates stay strings: a year is `2014`, a
 * month `03`, never a `Date` (no time-zone drift).
 */
import { toSortKey, type Orderable } from './entry-order.ts';

/** English month names, January first; index `n - 1` for month `n`. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The two-digit months of a year, `01` to `12`, the form they take in dates and URLs. */
export const MONTHS: readonly string[] = MONTH_NAMES.map((_, i) => String(i + 1).padStart(2, '0'));

/** How many meetings a month page shows before it continues on a second page. */
export const MONTH_PAGE_SIZE = 50;

/**
 * A year page lists every meeting of the year up to this many; beyond it the year page
 * only points to its months (a list of hundreds helps nobody and weighs the page down).
 */
export const YEAR_LIST_LIMIT = 150;

/** `March` for `03` (or `3`). @throws RangeError for anything but a month 1–12. */
export function toMonthName(month: string): string {
  const name = MONTH_NAMES[Number(month) - 1];
  if (!/^\d{1,2}$/.test(month) || name === undefined) throw new RangeError(`Not a month: "${month}" (expected 01–12).`);
  return name;
}

/** `Mar` for `03`: the month's name cut to three letters, for dense grids. */
export function toMonthAbbreviation(month: string): string {
  return toMonthName(month).slice(0, 3);
}

/** The year of a partial date (`2014` of `2014-03-08`). */
export function toYear(date: string): string {
  return date.slice(0, 4);
}

/** The two-digit month of a partial date (`03` of `2014-03-08`), `undefined` for a year-only date. */
export function toMonth(date: string): string | undefined {
  return date.length >= 7 ? date.slice(5, 7) : undefined;
}

/**
 * Comparator for `Array.prototype.sort`: oldest first (a historian reads forward), undated
 * last, ties by id (A→Z). Within a period the less precise dates come first (`2014-03`
 * before `2014-03-01`), the same keys as the newest-first order read backwards.
 */
export function compareChronological(a: Orderable, b: Orderable): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    const keyA = toSortKey(a.date);
    const keyB = toSortKey(b.date);
    if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A new array of `items`, oldest first (see {@link compareChronological}); the input is untouched. */
export function sortChronological<T>(items: readonly T[], select: (item: T) => Orderable): T[] {
  return [...items].sort((a, b) => compareChronological(select(a), select(b)));
}

/** The id and date of a meeting (or anything shaped like one), as the functions here order it. */
export function byMeetingDate(meeting: { id: string; date?: string | undefined }): Orderable {
  return { id: meeting.id, date: meeting.date };
}

/** One month of a year and how many meetings are dated to it (to the day or to the month). */
export interface MonthCount {
  /** Two-digit month, `01`–`12`. */
  month: string;
  /** Meetings dated within the month. */
  count: number;
}

/** One year of the archive's span with its meetings, oldest first. */
export interface YearGroup<T> {
  /** Four-digit year. */
  year: string;
  /** Every meeting dated within the year (to any precision), oldest first. */
  items: T[];
  /** All twelve months, January first, with their counts (zero included). */
  months: MonthCount[];
  /** Meetings the text dates to the year only, oldest first (by id: they share a date). */
  yearOnly: T[];
}

/** The first and last year any item is dated to, or `undefined` when none is dated. */
export function getYearSpan<T>(items: readonly T[], select: (item: T) => Orderable): { first: number; last: number } | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const item of items) {
    const date = select(item).date;
    if (date === undefined) continue;
    const year = Number(toYear(date));
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return first === Infinity ? undefined : { first, last };
}

/** `2002–2025` (en dash), `2014` for a span of one year, `undefined` for none. */
export function formatYearSpan(span: { first: number; last: number } | undefined): string | undefined {
  if (span === undefined) return undefined;
  return span.first === span.last ? String(span.first) : `${span.first}–${span.last}`;
}

/**
 * Every year from the first to the last dated item, **including years with no items**, so a
 * timeline shows a gap as a gap and every year of the span has a page. Undated items are
 * left out (see {@link getUndated}).
 */
export function groupByYear<T>(items: readonly T[], select: (item: T) => Orderable): YearGroup<T>[] {
  const span = getYearSpan(items, select);
  if (span === undefined) return [];
  const byYear = new Map<string, T[]>();
  for (const item of sortChronological(items, select)) {
    const date = select(item).date;
    if (date === undefined) continue;
    const year = toYear(date);
    const list = byYear.get(year);
    if (list) list.push(item);
    else byYear.set(year, [item]);
  }
  const groups: YearGroup<T>[] = [];
  for (let y = span.first; y <= span.last; y++) {
    const year = String(y).padStart(4, '0');
    const list = byYear.get(year) ?? [];
    const counts = new Map<string, number>();
    const yearOnly: T[] = [];
    for (const item of list) {
      const month = toMonth(select(item).date as string);
      if (month === undefined) yearOnly.push(item);
      else counts.set(month, (counts.get(month) ?? 0) + 1);
    }
    groups.push({ year, items: list, months: MONTHS.map((month) => ({ month, count: counts.get(month) ?? 0 })), yearOnly });
  }
  return groups;
}

/** One month that has meetings, with them oldest first. */
export interface MonthGroup<T> {
  /** Four-digit year. */
  year: string;
  /** Two-digit month. */
  month: string;
  /** The meetings dated within the month (day or month precision), oldest first. */
  items: T[];
}

/**
 * Every month that has at least one item dated within it (to the day or the month), oldest
 * first. Empty months are left out: a month page with nothing on it is a dead end, so the
 * month pages and their previous/next links skip them.
 */
export function groupByMonth<T>(items: readonly T[], select: (item: T) => Orderable): MonthGroup<T>[] {
  const byMonth = new Map<string, MonthGroup<T>>();
  for (const item of sortChronological(items, select)) {
    const date = select(item).date;
    const month = date === undefined ? undefined : toMonth(date);
    if (date === undefined || month === undefined) continue;
    const key = date.slice(0, 7);
    const group = byMonth.get(key);
    if (group) group.items.push(item);
    else byMonth.set(key, { year: toYear(date), month, items: [item] });
  }
  // The items were sorted, so the groups were created in chronological order.
  return [...byMonth.values()];
}

/** The items with no date, by id (A→Z): with no time to order them by, the id is stable. */
export function getUndated<T>(items: readonly T[], select: (item: T) => Orderable): T[] {
  return sortChronological(
    items.filter((item) => select(item).date === undefined),
    select,
  );
}

/** The items just before and after one item of a sequence; `undefined` at either end. */
export interface Neighbours<T> {
  /** The item before (older), if any. */
  previous: T | undefined;
  /** The item after (newer), if any. */
  next: T | undefined;
}

/**
 * The neighbours of `list[index]` in `list`; both `undefined` when `index` is -1 (not found).
 */
export function neighboursAt<T>(list: readonly T[], index: number): Neighbours<T> {
  if (index < 0) return { previous: undefined, next: undefined };
  return { previous: list[index - 1], next: list[index + 1] };
}

/**
 * The item before and after the one with id `id` in time: among the dated items by date
 * then id (see {@link compareChronological}); an undated item's neighbours are the undated
 * items either side of it by id, since there is no time to walk through. Both are
 * `undefined` when `id` is unknown.
 */
export function findNeighbours<T>(items: readonly T[], id: string, select: (item: T) => Orderable): Neighbours<T> {
  const self = items.find((item) => select(item).id === id);
  if (self === undefined) return { previous: undefined, next: undefined };
  const undated = select(self).date === undefined;
  const sameKind = sortChronological(
    items.filter((item) => (select(item).date === undefined) === undated),
    select,
  );
  return neighboursAt(
    sameKind,
    sameKind.findIndex((item) => select(item).id === id),
  );
}

/**
 * {@link findNeighbours} for every item at once, by id: the dated items sorted once and the
 * undated once, each item's neighbours read off its position. A page then looks its
 * neighbours up instead of sorting the archive again.
 */
export function getAllNeighbours<T>(items: readonly T[], select: (item: T) => Orderable): Map<string, Neighbours<T>> {
  const out = new Map<string, Neighbours<T>>();
  for (const sameKind of [
    sortChronological(
      items.filter((item) => select(item).date !== undefined),
      select,
    ),
    getUndated(items, select),
  ]) {
    sameKind.forEach((item, index) => {
      const id = select(item).id;
      // Ids are unique in the archive; should one repeat, its first place answers, as in findNeighbours.
      if (!out.has(id)) out.set(id, neighboursAt(sameKind, index));
    });
  }
  return out;
}
