/**
 * Ordering of entries: newest first, dated before undated. Works on any item through a
 * `select` function so the same rules serve collection entries and plain test data.
 */

/** The two fields ordering looks at. */
export interface Orderable {
  /** The entry's id; breaks ties so the order never depends on file-system order. */
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; absent for undated entries. */
  date?: string | undefined;
}

/**
 * A key that compares as a plain string: the date padded to `YYYY-MM-DD` with `00`, so
 * `2014` (`2014-00-00`) sorts before every day of 2014 and, newest first, after them:
 * within a period the entries with a known day come first, then month, then year only.
 */
export function toSortKey(date: string): string {
  return (date + '-00-00').slice(0, 10);
}

/** Comparator for `Array.prototype.sort`: newest first, undated last, ties by id (A→Z). */
export function compareNewestFirst(a: Orderable, b: Orderable): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    const keyA = toSortKey(a.date);
    const keyB = toSortKey(b.date);
    if (keyA !== keyB) return keyA < keyB ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A new array of `items`, newest first (see {@link compareNewestFirst}); the input is untouched. */
export function sortNewestFirst<T>(items: readonly T[], select: (item: T) => Orderable): T[] {
  return [...items].sort((a, b) => compareNewestFirst(select(a), select(b)));
}

/** `items` split into those with a date and those without, each keeping its order. */
export function splitDated<T>(items: readonly T[], select: (item: T) => Orderable): { dated: T[]; undated: T[] } {
  const dated: T[] = [];
  const undated: T[] = [];
  for (const item of items) (select(item).date === undefined ? undated : dated).push(item);
  return { dated, undated };
}
