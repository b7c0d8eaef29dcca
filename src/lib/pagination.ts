/**
 * Page maths for long listings (a person's, place's, country's or topic's meetings): how
 * many to a page, the address of page n, the row of page numbers and the "meetings 51–100
 * of 2,345" label. Pure: paths in, paths out, so the site's base stays the caller's concern
 * (src/lib/paths.ts).
 */
import { formatCount } from './meetings.ts';

/** How many meetings a listing page shows; the same as a month page, so pages weigh alike. */
export const LISTING_PAGE_SIZE = 50;

/**
 * How many items a summary list shows on an entity's first page before it points to the
 * full list (meetings that only name a person, the people a person met).
 */
export const PREVIEW_SIZE = 10;

/**
 * How many of a country's people its page lists before pointing to the country's group on
 * `/people/`: names weigh little, so more of them fit than meetings.
 */
export const PEOPLE_PREVIEW_SIZE = 30;

/**
 * The address of page `page` of a listing whose first page is `first` (a path ending in a
 * slash, base included): page 1 is `first` itself, later pages `first` + `<n>/`, the shape of
 * Astro's `paginate()` on a `[...page]` route.
 * @throws RangeError when `page` is not a whole number from 1 up.
 */
export function toListingPagePath(first: string, page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`Not a page number: ${page} (expected 1, 2, 3, …).`);
  const head = first.endsWith('/') ? first : `${first}/`;
  return page === 1 ? head : `${head}${page}/`;
}

/** One numbered link of a pager. */
export interface PageLink {
  /** The page's number, from 1. */
  number: number;
  /** Its address. */
  href: string;
  /** Whether it is the page being shown. */
  current: boolean;
}

/** A run of page numbers left out of a pager ("…"). */
export interface PageGap {
  /** Marks the item as a gap. */
  gap: true;
}

/**
 * The page numbers a pager shows for page `current` of `last`: the first and last pages,
 * and `radius` pages either side of the current one, with a gap where numbers are skipped
 * (1 … 5 6 [7] 8 9 … 47). A gap never stands for a single number: that number is shown
 * instead, since "…" would take the same room. A listing of 100 pages then costs a dozen
 * links, not 100, and every page stays within a few clicks.
 */
export function toPageNumbers(current: number, last: number, hrefOf: (page: number) => string, radius: number = 2): (PageLink | PageGap)[] {
  const shown = new Set<number>([1, last]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= last) shown.add(n);
  // Fill one-number holes: "1 … 3" helps nobody when "1 2 3" is as short.
  for (const n of [...shown]) {
    if (shown.has(n + 2) && !shown.has(n + 1)) shown.add(n + 1);
  }
  const items: (PageLink | PageGap)[] = [];
  let previous = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n - previous > 1) items.push({ gap: true });
    items.push({ number: n, href: hrefOf(n), current: n === current });
    previous = n;
  }
  return items;
}

/**
 * `meetings 51–100 of 2,345` for the items `start` to `end` (0-based, inclusive, as Astro's
 * `page.start` and `page.end`) of `total`; `meeting 7 of 7` for a lone item.
 */
export function toRangeLabel(start: number, end: number, total: number, singular: string = 'meeting', plural: string = `${singular}s`): string {
  const first = start + 1;
  const last = end + 1;
  if (first === last) return `${singular} ${formatCount(first)} of ${formatCount(total)}`;
  return `${plural} ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}`;
}

/** A page's title: the listing's name, with `, page n` after page 1 (`Xi Jinping, page 2`). */
export function toPageTitle(name: string, page: number): string {
  return page > 1 ? `${name}, page ${page}` : name;
}
