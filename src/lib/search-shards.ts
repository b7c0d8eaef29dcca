/**
 * Splitting the search index by period. One Pagefind index needs about 160 KB of memory per
 * page while it is built (measured: 1.5 GB for 9,315 pages), so a site of 100,000 meetings
 * would need 16 GB or more in one process (Pagefind issue #842: out of memory above 30,000
 * pages). Past a threshold the meeting pages are indexed as several Pagefind indexes, one
 * per run of consecutive years with roughly equal page counts, built one after another; the
 * search page merges them in the browser (`mergeIndex`) and reads which exist from a
 * manifest. Pure: the plan and the manifest, strings and numbers in, values out
 * (scripts/search-index.ts does the reading and writing; src/pages/search/_client.ts reads
 * the manifest).
 */
import { SORT_KEY, UNDATED_YEAR, type PagefindSearchOptions, type SortOrder } from './search-state.ts';

/**
 * The most meeting pages one index holds (default): at about 160 KB per page Pagefind peaks
 * near 3.3 GB for 20,000 synthetic pages (real bulletins, twice as long, near 5 GB), and the
 * 10,000-meeting site stays one index. `ARCHIVE_SEARCH_SHARD_PAGES` overrides it.
 */
export const DEFAULT_SHARD_PAGES = 20_000;

/** The manifest's file name, inside the primary index's folder (`pagefind/`). */
export const SHARD_MANIFEST_FILE = 'shards.json';

/** The primary index's folder (the one holding Pagefind's library), relative to the site. */
export const PRIMARY_INDEX_DIR = 'pagefind';

/** One index of a plan. */
export interface ShardPlan {
  /** Its folder, relative to the site: `pagefind` for the primary, `pagefind-2000-2009` for the others. */
  dir: string;
  /** The `year` facet values of its pages (four-digit years, ascending, then `undated` if it holds those). */
  years: string[];
  /** How many pages it holds. */
  pages: number;
}

/** What the search page reads: the indexes and the years of their pages. */
export interface ShardManifest {
  /** The indexes, the primary first (its folder holds pagefind.js), then the others newest first. */
  indexes: ShardPlan[];
}

/** Whether `year` is a dated year (`2014`), not `undated`. */
const isDated = (year: string): boolean => /^\d{4}$/.test(year);

/**
 * Splits the pages, counted by their `year` facet value, into indexes of at most about
 * `maxPages` pages: one index when they fit, else `ceil(total / maxPages)` runs of
 * consecutive years with roughly equal page counts, the undated pages counted as a year after
 * the last (so they join the newest run). A year is never split, so one year larger than
 * `maxPages` makes a larger index. The newest run is the primary (`pagefind/`), since recent
 * years are the ones most searched; the order is newest first.
 */
export function planShards(pagesPerYear: ReadonlyMap<string, number>, maxPages: number): ShardPlan[] {
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new Error(`the pages per search index must be a positive whole number, not ${maxPages}`);
  const dated = [...pagesPerYear.entries()].filter(([year, count]) => isDated(year) && count > 0).sort(([a], [b]) => a.localeCompare(b));
  const undated = [...pagesPerYear.entries()].filter(([year]) => !isDated(year)).reduce((sum, [, count]) => sum + count, 0);
  const years: [string, number][] = [...dated, ...(undated > 0 ? [[UNDATED_YEAR, undated] as [string, number]] : [])];
  const total = years.reduce((sum, [, count]) => sum + count, 0);
  if (total <= maxPages || years.length <= 1) return [{ dir: PRIMARY_INDEX_DIR, years: years.map(([year]) => year), pages: total }];

  // Walk the years oldest first and cut where the running count is nearest each multiple of the target.
  const wanted = Math.min(years.length, Math.ceil(total / maxPages));
  const target = total / wanted;
  const runs: [string, number][][] = [[]];
  let before = 0;
  years.forEach(([year, count], index) => {
    const run = runs[runs.length - 1] as [string, number][];
    const cut = target * runs.length;
    const runsToCome = wanted - runs.length;
    // A new run starts here when adding this year would pass the cut by more than stopping
    // short of it misses it, or when each run still to come needs one of the years left.
    if (run.length > 0 && runsToCome > 0 && (before + count - cut > cut - before || years.length - index <= runsToCome)) runs.push([[year, count]]);
    else run.push([year, count]);
    before += count;
  });

  return runs.reverse().map((run, index) => {
    const runYears = run.map(([year]) => year);
    const span = runYears.filter(isDated);
    const name = span.length === 0 ? UNDATED_YEAR : `${span[0]}-${span[span.length - 1]}`;
    return { dir: index === 0 ? PRIMARY_INDEX_DIR : `${PRIMARY_INDEX_DIR}-${name}`, years: runYears, pages: run.reduce((sum, [, count]) => sum + count, 0) };
  });
}

/**
 * The `year` facet value of a meeting page (`2014`, `undated`), read from its HTML, or
 * undefined when Pagefind would not index the page (no `data-pagefind-body`: a redirect or
 * withdrawn page) or it carries no year (src/components/SearchIndexData.astro writes it).
 */
export function parseIndexedYear(html: string): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  return /<span\b[^>]*\bdata-pagefind-filter="year"[^>]*>([^<]*)</.exec(html)?.[1]?.trim() || undefined;
}

/** `value` as a manifest, or an error saying what is wrong with it. */
export function parseShardManifest(value: unknown): ShardManifest {
  const fail = (why: string): never => {
    throw new Error(`search index manifest: ${why}`);
  };
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { indexes?: unknown }).indexes)) return fail('expected { "indexes": [...] }');
  const indexes = (value as { indexes: unknown[] }).indexes.map((item, index): ShardPlan => {
    const { dir, years, pages } = (item ?? {}) as Partial<Record<keyof ShardPlan, unknown>>;
    if (typeof dir !== 'string' || !/^pagefind(-[\w-]+)?$/.test(dir)) return fail(`index ${index}: "dir" must be pagefind or pagefind-<name>`);
    if (!Array.isArray(years) || !years.every((year) => typeof year === 'string')) return fail(`index ${index}: "years" must be a list of strings`);
    if (typeof pages !== 'number') return fail(`index ${index}: "pages" must be a number`);
    return { dir, years: years as string[], pages };
  });
  if (indexes[0]?.dir !== PRIMARY_INDEX_DIR) return fail(`the first index must be ${PRIMARY_INDEX_DIR}`);
  return { indexes };
}

/**
 * The indexes a search needs: those holding a page of the years it allows (`undefined`:
 * any year, so all of them). The primary is always among them: it is what the others are
 * merged into.
 */
export function pickShards(manifest: ShardManifest, allowedYears: readonly string[] | undefined): ShardPlan[] {
  if (allowedYears === undefined) return manifest.indexes;
  const allowed = new Set(allowedYears);
  return manifest.indexes.filter((shard, index) => index === 0 || shard.years.some((year) => allowed.has(year)));
}

/**
 * The runs of years a sorted search is cut into, in the order they are shown: each index's
 * dated years (newest index first for `desc`, oldest first for `asc`), then the undated
 * pages, which come last both ways. Pagefind sorts within one index; merged indexes are put
 * in order by score only, so each run is searched on its own (a run's pages all live in one
 * index) and the runs are shown one after another. Only years in `allowedYears`
 * (`undefined`: all) are kept; empty runs are dropped.
 */
export function toSortRuns(manifest: ShardManifest, direction: 'asc' | 'desc', allowedYears: readonly string[] | undefined): string[][] {
  const allowed = (year: string) => allowedYears === undefined || allowedYears.includes(year);
  const byPeriod = manifest.indexes
    .map((shard) => shard.years.filter((year) => isDated(year) && allowed(year)).sort())
    .filter((years) => years.length > 0)
    .sort((a, b) => (direction === 'desc' ? (b[0] ?? '').localeCompare(a[0] ?? '') : (a[0] ?? '').localeCompare(b[0] ?? '')));
  const hasUndated = manifest.indexes.some((shard) => shard.years.includes(UNDATED_YEAR)) && allowed(UNDATED_YEAR);
  return [...byPeriod, ...(hasUndated ? [[UNDATED_YEAR]] : [])];
}

/**
 * The years a search's options allow (their `year` condition's values), or undefined when
 * they allow any year (no year ticked, no range).
 */
export function toAllowedYears(options: PagefindSearchOptions): string[] | undefined {
  const condition = options.filters.year;
  if (condition === undefined) return undefined;
  return 'any' in condition ? condition.any : condition.all;
}

/**
 * The searches that give the results of a sorted search in order, one per run of
 * {@link toSortRuns}: `options`' filters with the year narrowed to the run, sorted by
 * {@link SORT_KEY}. Empty for `relevance`, whose one search is `options` as they are.
 */
export function toSortedSearches(options: PagefindSearchOptions, manifest: ShardManifest, sort: SortOrder): PagefindSearchOptions[] {
  if (sort === 'relevance') return [];
  const direction = sort === 'newest' ? 'desc' : 'asc';
  return toSortRuns(manifest, direction, toAllowedYears(options)).map((years) => ({
    filters: { ...options.filters, year: { any: years } },
    sort: { [SORT_KEY]: direction },
  }));
}
