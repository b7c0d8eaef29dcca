/** Alphabetical order for names and labels, the same in every listing of the site. */

// English collation puts "Ángela" beside "Angela" and ignores case; a plain `<` would sort
// every accented or lower-case name after Z.
const COLLATOR = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Comparator for `Array.prototype.sort`: alphabetical, ties broken by code units so the order is total. */
export function compareText(a: string, b: string): number {
  return COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
