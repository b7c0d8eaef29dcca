/**
 * The state of a search on `/search/` (query, facets, sort, year range) and its two outer
 * forms: the page's URL, so a search can be shared and the back button restores it, and the
 * options Pagefind's `search()` takes. Pure: strings in, values out, so the URL contract is
 * tested without a browser (tests/unit/lib/search-state.test.ts).
 */

/**
 * The facets, in the order the page shows them. Each is a Pagefind filter of the same name
 * (see src/lib/search-index.ts) and a URL parameter that may repeat (`participant=A&participant=B`).
 */
export const FACETS = ['year', 'kind', 'participant', 'country', 'place', 'topic'] as const;

/** One facet's name. */
export type Facet = (typeof FACETS)[number];

/** Each facet's name as the page shows it. */
export const FACET_LABELS: Readonly<Record<Facet, string>> = {
  year: 'Year',
  kind: 'Kind',
  participant: 'Participant',
  country: 'Country',
  place: 'Place',
  topic: 'Topic',
};

/**
 * How the ticked values of a facet combine. A meeting has one year, one kind and one place,
 * so ticking two of those widens the search (`any`: calls or video calls); it has several
 * participants, countries and topics, so ticking two narrows it (`all`: the meetings of
 * both ministers).
 */
export const FACET_MODES: Readonly<Record<Facet, 'any' | 'all'>> = {
  year: 'any',
  kind: 'any',
  participant: 'all',
  country: 'all',
  place: 'any',
  topic: 'all',
};

/** The orders results can be shown in; `relevance` is the default and is left out of URLs. */
export const SORTS = ['relevance', 'newest', 'oldest'] as const;

/** One sort order. */
export type SortOrder = (typeof SORTS)[number];

/**
 * The shortest query that is searched: shorter ones match too much to be useful and load
 * many index chunks for nothing (the performance budget of issue 7). The page shows a hint.
 */
export const MIN_QUERY_LENGTH = 3;

/**
 * Milliseconds of quiet typing before a search runs; Pagefind loads the index chunks of the
 * words typed meanwhile, so the search itself starts with them at hand.
 */
export const SEARCH_DEBOUNCE_MS = 250;

/** The longest query kept from a URL; anything longer is cut (a URL is input, not trusted). */
export const MAX_QUERY_LENGTH = 200;

/**
 * The Pagefind sort key: the meeting's date (`2014-01-21`, `2014-01`), `0000` when undated.
 * Pagefind leaves a page out of sorted results when it lacks the key, so every meeting page
 * carries it. One key serves both directions: a sorted search is cut into runs of years
 * anyway (an index split by period is sorted one index at a time), and the undated meetings
 * are a run of their own, shown last both ways (src/lib/search-shards.ts, `toSortRuns`).
 */
export const SORT_KEY = 'date';

/** The value of the `year` facet for meetings the texts give no date for. */
export const UNDATED_YEAR = 'undated';

/** A search as the reader set it up. */
export interface SearchState {
  /** The words typed, trimmed; `''` when none. */
  q: string;
  /** The values ticked in each facet (combined as {@link FACET_MODES} says). */
  filters: Record<Facet, string[]>;
  /** How results are ordered. */
  sort: SortOrder;
  /** The first year of the date range, when set. */
  from?: number;
  /** The last year of the date range, when set. */
  to?: number;
}

/** What the page does with a state. */
export type SearchReadiness =
  /** Nothing asked: show the empty state (suggestions). */
  | 'empty'
  /** A query shorter than {@link MIN_QUERY_LENGTH}: show a hint, search nothing. */
  | 'too-short'
  /** Search the query, narrowed by the filters. */
  | 'query'
  /** No query but filters or a range: list what they select. */
  | 'browse';

/** A state with nothing set. */
export function emptySearchState(): SearchState {
  return { q: '', filters: { year: [], kind: [], participant: [], country: [], place: [], topic: [] }, sort: 'relevance' };
}

/** A four-digit year from a URL parameter, else undefined. */
function parseYear(value: string | null): number | undefined {
  return value !== null && /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/**
 * Reads a state from a URL's query string (`?q=lavrov&kind=phone-call&from=2014&to=2016`).
 * Unknown parameters are ignored, repeated facet values kept once, an unknown sort read as
 * relevance, a year that is not four digits dropped, and a reversed range put right.
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptySearchState();
  state.q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  for (const facet of FACETS) {
    const values = params.getAll(facet).map((value) => value.trim()).filter((value) => value !== '');
    state.filters[facet] = [...new Set(values)];
  }
  const sort = params.get('sort');
  state.sort = (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SortOrder) : 'relevance';
  let from = parseYear(params.get('from'));
  let to = parseYear(params.get('to'));
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  if (from !== undefined) state.from = from;
  if (to !== undefined) state.to = to;
  return state;
}

/**
 * The state as URL parameters in one canonical order (q, the facets in {@link FACETS} order,
 * sort, from, to), leaving out what is unset, so one search has one URL.
 */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  return params;
}

/** The address of a search: `path` (the search page's) with the state's query string, if any. */
export function toSearchHref(path: string, state: SearchState): string {
  const query = toSearchParams(state).toString();
  return query === '' ? path : `${path}?${query}`;
}

/** Whether any facet value or an end of the year range is set. */
export function hasFilters(state: SearchState): boolean {
  return FACETS.some((facet) => state.filters[facet].length > 0) || state.from !== undefined || state.to !== undefined;
}

/** What the page should do with `state` (see {@link SearchReadiness}). */
export function toReadiness(state: SearchState): SearchReadiness {
  if (state.q.length >= MIN_QUERY_LENGTH) return 'query';
  if (state.q.length > 0) return 'too-short';
  return hasFilters(state) ? 'browse' : 'empty';
}

/** `state` with `value` of `facet` ticked when it was not, unticked when it was. */
export function toggleFilter(state: SearchState, facet: Facet, value: string): SearchState {
  const current = state.filters[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [facet]: next } };
}

/** One facet's condition in Pagefind's filter syntax. */
export type PagefindCondition = { any: string[] } | { all: string[] };

/** The options of Pagefind's `search()` that a state sets. */
export interface PagefindSearchOptions {
  /** Per facet: `any` or `all` of the ticked values; for `year`, `any` of the years the choice and the range allow. */
  filters: Partial<Record<Facet, PagefindCondition>>;
  /** The sort key and direction; absent for relevance. */
  sort?: Record<string, 'asc' | 'desc'>;
}

/**
 * A value no meeting has: a year filter that allows no year (a ticked year outside the range)
 * must select nothing rather than be dropped and select everything.
 */
const NO_YEAR = '-';

/**
 * Pagefind's `search()` options for `state`: each facet's ticked values combined as
 * {@link FACET_MODES} says, the facets with one another by "and". The year facet and the range combine: the
 * years allowed are the ticked ones (or, none ticked, every year of `years`, the years the
 * archive holds) that fall inside the range; an undated meeting falls inside no range.
 */
export function toPagefindOptions(state: SearchState, years: readonly string[]): PagefindSearchOptions {
  const filters: PagefindSearchOptions['filters'] = {};
  for (const facet of FACETS) {
    if (facet === 'year') continue;
    const values = [...state.filters[facet]];
    if (values.length > 0) filters[facet] = FACET_MODES[facet] === 'any' ? { any: values } : { all: values };
  }
  const ranged = state.from !== undefined || state.to !== undefined;
  const ticked = state.filters.year;
  if (ticked.length > 0 || ranged) {
    const inRange = (year: string) => {
      if (!ranged) return true;
      if (!/^\d{4}$/.test(year)) return false;
      const n = Number(year);
      return (state.from === undefined || n >= state.from) && (state.to === undefined || n <= state.to);
    };
    // Several ticked years: a meeting has one year, so it must have any of them.
    const allowed = (ticked.length > 0 ? ticked : years).filter(inRange);
    filters.year = { any: allowed.length > 0 ? allowed : [NO_YEAR] };
  }
  return { filters };
}

/**
 * `state` without `facet`'s ticked values: the search whose counts a widening facet shows, so
 * that ticking "Phone call" leaves the other kinds on offer with their counts.
 */
export function withoutFacet(state: SearchState, facet: Facet): SearchState {
  return { ...state, filters: { ...state.filters, [facet]: [] } };
}
