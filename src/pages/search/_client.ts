/**
 * The search page in the browser (bundled by Astro into an external module: no inline script,
 * for the Content Security Policy). Pagefind (`<base>pagefind/pagefind.js`, loaded on first
 * use) answers; a large archive's index comes in several parts by period, listed in
 * `<base>pagefind/shards.json` and merged into the first as a search needs them
 * (`mergeIndex`). This file reads and writes the state in the URL, renders the result cards
 * (each drawn as soon as the search returns and filled as its fragment arrives), the facets
 * with their counts (loaded only while the facets are open: their data is the biggest part of
 * the index) and the people a query names, and announces the outcome in a live region. The
 * decisions live in pure helpers: src/lib/search-state.ts (URL and Pagefind options),
 * src/lib/search-shards.ts (which indexes, sorted searches across them),
 * src/lib/search-results.ts (paragraph and excerpt), src/lib/search-names.ts (names in any
 * spelling).
 */
import { toKindLabel } from '../../lib/kinds.ts';
import { foldName, matchPeople, type SearchPerson } from '../../lib/search-names.ts';
import { pickParagraph, toParagraphExcerpt, withFragment, type ResultAnchor } from '../../lib/search-results.ts';
import { parseShardManifest, pickShards, PRIMARY_INDEX_DIR, SHARD_MANIFEST_FILE, toAllowedYears, toSortedSearches, type ShardManifest } from '../../lib/search-shards.ts';
import {
  emptySearchState,
  FACET_LABELS,
  FACET_MODES,
  FACETS,
  hasFilters,
  MIN_QUERY_LENGTH,
  parseSearchState,
  SEARCH_DEBOUNCE_MS,
  toPagefindOptions,
  toReadiness,
  toSearchHref,
  UNDATED_YEAR,
  withoutFacet,
  type Facet,
  type PagefindSearchOptions,
  type SearchState,
} from '../../lib/search-state.ts';
import type { Kind } from '../../schema/entry.ts';

/** The query parameter that carries the search terms to a result's page (read by public/scripts/search-shortcut.js). */
const HIGHLIGHT_PARAM = 'highlight';
/** Result cards loaded at a time: each needs its own fragment file, the bulk of a query's time. */
const PAGE_SIZE = 10;
/** Values a facet shows before its "show all" button. */
const FACET_SHOWN = 6;

/** Counts per facet value, as Pagefind reports them. */
type FilterCounts = Record<string, Record<string, number>>;

/** The part of a Pagefind result's data this page uses. */
interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  anchors: ResultAnchor[];
}

/** One result of a Pagefind search. */
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}

/** What Pagefind's `search()` returns. */
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}

/** The part of Pagefind's browser API this page uses (https://pagefind.app/docs/api/). */
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearch>;
  debouncedSearch: (term: string | null, options?: PagefindSearchOptions, timeout?: number) => Promise<PagefindSearch | null>;
}

/** Pagefind and the list of its indexes. */
interface SearchBackend {
  api: Pagefind;
  manifest: ShardManifest;
}

/** An element of the page by id, or an error naming it (the markup is this file's contract). */
function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`search page: #${id} is missing`);
  return element as T;
}

/** A new element with a class and text. */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className !== undefined) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** `1 result`, `12 results`. */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** How a facet value reads: the kind's label for a kind, "Undated" for the undated year. */
function toValueLabel(facet: Facet, value: string): string {
  if (facet === 'kind') return toKindLabel(value as Kind);
  if (facet === 'year' && value === UNDATED_YEAR) return 'Undated';
  return value;
}

/** Starts the search page: reads the URL, searches, and keeps page and URL in step from then on. */
export function startSearchPage(): void {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-q');
  const sortSelect = byId<HTMLSelectElement>('search-sort');
  const fromSelect = byId<HTMLSelectElement>('search-from');
  const toSelect = byId<HTMLSelectElement>('search-to');
  const facetsBox = byId<HTMLDetailsElement>('search-facets');
  const facetGrid = byId<HTMLDivElement>('search-facet-grid');
  const facetCount = byId<HTMLSpanElement>('search-facets-count');
  const status = byId<HTMLParagraphElement>('search-status');
  const peopleList = byId<HTMLUListElement>('search-people');
  const resultList = byId<HTMLOListElement>('search-results');
  const moreButton = byId<HTMLButtonElement>('search-more');
  const noneSection = byId<HTMLElement>('search-none');
  const noneTips = byId<HTMLUListElement>('search-none-tips');
  const emptySection = byId<HTMLElement>('search-empty');
  const searchPath = form.getAttribute('action') ?? `${base}search/`;
  const years: string[] = JSON.parse(form.dataset['years'] ?? '[]') as string[];
  const baseTitle = document.title;

  // The options every index gets: result URLs under the site's base, the highlight parameter, excerpt length.
  const indexOptions = { baseUrl: base, highlightParam: HIGHLIGHT_PARAM, excerptLength: 30 };
  /** One index, the primary, holding every year: what a site indexed by plain `pagefind --site` has. */
  const singleIndex: ShardManifest = { indexes: [{ dir: PRIMARY_INDEX_DIR, years, pages: 0 }] };
  let backend: Promise<SearchBackend> | undefined;
  const loadBackend = (): Promise<SearchBackend> =>
    (backend ??= (async () => {
      const manifest = fetch(`${base}${PRIMARY_INDEX_DIR}/${SHARD_MANIFEST_FILE}`)
        .then(async (response) => (response.ok ? parseShardManifest(await response.json()) : singleIndex))
        .catch(() => singleIndex);
      const api = (await import(/* @vite-ignore */ `${base}${PRIMARY_INDEX_DIR}/pagefind.js`)) as Pagefind;
      await api.options(indexOptions);
      return { api, manifest: await manifest };
    })());
  /** The indexes merged so far (or being merged), by folder; merged once, kept for later searches. */
  const merged = new Map<string, Promise<void>>();
  /** Merges the indexes holding pages of `allowedYears` (undefined: every index) that are not merged yet. */
  const mergeIndexes = async ({ api, manifest }: SearchBackend, allowedYears: readonly string[] | undefined): Promise<void> => {
    const needed = pickShards(manifest, allowedYears).filter((shard) => shard.dir !== PRIMARY_INDEX_DIR);
    for (const shard of needed) if (!merged.has(shard.dir)) merged.set(shard.dir, api.mergeIndex(`${base}${shard.dir}/`, indexOptions));
    await Promise.all(needed.map((shard) => merged.get(shard.dir)));
  };

  let people: Promise<SearchPerson[]> | undefined;
  const loadPeople = (): Promise<SearchPerson[]> =>
    (people ??= fetch(`${base}search/people.json`)
      .then((response) => (response.ok ? (response.json() as Promise<SearchPerson[]>) : []))
      .catch(() => []));

  let state = parseSearchState(window.location.search);
  /** Bumped by every search, so an answer that arrives after a newer search started is dropped. */
  let generation = 0;
  /** Whether the current history entry is one that typing made (typing replaces it rather than piling up entries). */
  let typingEntry = false;
  /** Facets whose full list of values the reader opened. */
  const expanded = new Set<Facet>();
  /** The results not yet shown, for "Show more results". */
  let pending: PagefindResult[] = [];
  /** The card of each meeting shown, so further reports of it join that card. */
  let cards = new Map<string, HTMLLIElement>();
  /** The last search shown, for the facets when they are opened later. */
  let shown: { generation: number; state: SearchState; term: string | null } | undefined;
  /** The generation whose facet counts are drawn. */
  let facetsDrawn = -1;

  /** The state the form shows. */
  function readForm(): SearchState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
    return parseSearchState(params);
  }

  /** Shows `next` in the form's fields (facet boxes are rendered from the state with the results). */
  function fillForm(next: SearchState): void {
    if (input.value.replace(/\s+/g, ' ').trim() !== next.q) input.value = next.q;
    sortSelect.value = next.sort;
    fromSelect.value = next.from === undefined ? '' : String(next.from);
    toSelect.value = next.to === undefined ? '' : String(next.to);
  }

  /** Makes `next` the current state: the URL (a new history entry, or the same one while typing), then the search. */
  function commit(next: SearchState, typing: boolean): void {
    const href = toSearchHref(searchPath, next);
    const here = `${window.location.pathname}${window.location.search}`;
    if (href !== here) {
      if (typing && typingEntry) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
    }
    typingEntry = typing;
    state = next;
    void run(next, typing);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit(readForm(), false);
  });
  input.addEventListener('input', () => commit(readForm(), true));
  for (const select of [sortSelect, fromSelect, toSelect]) select.addEventListener('change', () => commit(readForm(), false));
  facetsBox.addEventListener('change', () => commit(readForm(), false));
  facetsBox.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-facet]');
    if (button === null) return;
    const facet = button.dataset['facet'] as Facet;
    if (expanded.has(facet)) expanded.delete(facet);
    else expanded.add(facet);
    const open = expanded.has(facet);
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Show fewer' : button.dataset['more'] ?? 'Show all';
    for (const item of button.parentElement?.querySelectorAll<HTMLElement>('[data-extra]') ?? []) item.hidden = !open;
  });
  facetsBox.addEventListener('toggle', () => {
    if (facetsBox.open && shown !== undefined && facetsDrawn !== shown.generation) void updateFacets(shown.generation, shown.state, shown.term);
  });
  moreButton.addEventListener('click', () => void showMore(generation, true));
  window.addEventListener('popstate', () => {
    state = parseSearchState(window.location.search);
    typingEntry = false;
    fillForm(state);
    void run(state, false);
  });

  fillForm(state);
  void run(state, false);

  /** Hides everything a search shows. */
  function clearResults(): void {
    resultList.replaceChildren();
    resultList.hidden = true;
    peopleList.replaceChildren();
    peopleList.hidden = true;
    moreButton.hidden = true;
    noneSection.hidden = true;
    pending = [];
    cards = new Map();
  }

  /**
   * Searches for `current` and shows the outcome, unless a newer search started meanwhile:
   * the count and one card per result at once, each card filled as its fragment arrives.
   */
  async function run(current: SearchState, typing: boolean): Promise<void> {
    const mine = ++generation;
    const readiness = toReadiness(current);
    document.title = current.q === '' ? baseTitle : `${current.q} · ${baseTitle}`;
    if (readiness === 'empty' || readiness === 'too-short') {
      clearResults();
      facetsBox.hidden = true;
      emptySection.hidden = false;
      status.textContent = readiness === 'too-short' ? `Type at least ${MIN_QUERY_LENGTH} letters to search.` : '';
      return;
    }
    status.textContent = 'Searching…';
    // A search that arrives with facets ticked (a shared link) opens them; otherwise they wait to be opened.
    if (facetsBox.dataset['shown'] === undefined) {
      facetsBox.dataset['shown'] = 'yes';
      facetsBox.open = FACETS.some((facet) => current.filters[facet].length > 0);
    }
    let search: SearchBackend;
    const term = readiness === 'query' ? current.q : null;
    const options = toPagefindOptions(current, years);
    try {
      search = await loadBackend();
      await mergeIndexes(search, toAllowedYears(options));
      // Pagefind counts a facet's values only once its filter index is loaded: load them all, but only for open facets.
      if (facetsBox.open) await search.api.filters();
    } catch {
      if (mine === generation) status.textContent = 'The search index could not be loaded. Try again later, or browse by date, person, place or topic.';
      return;
    }
    const everyone = term === null ? Promise.resolve([]) : loadPeople();
    const found = await find(search, term, current, typing);
    if (found === null || mine !== generation) return;

    // A name the index does not know in this spelling, but the registry does: search the name it goes by.
    const named = term === null ? [] : matchPeople(term, await everyone);
    let { results, counts } = found;
    let searchedFor = term;
    const [first] = named;
    if (results.length === 0 && first !== undefined && foldName(first.name).join(' ') !== foldName(term ?? '').join(' ')) {
      const retry = await find(search, first.name, current, false);
      if (retry !== null && retry.results.length > 0) {
        ({ results, counts } = retry);
        searchedFor = first.name;
      }
    }
    if (mine !== generation) return;

    clearResults();
    emptySection.hidden = true;
    renderPeople(named);
    facetsBox.hidden = !(results.length > 0 || hasFilters(current));
    const chosen = FACETS.reduce((n, facet) => n + current.filters[facet].length, 0);
    facetCount.textContent = chosen === 0 ? '' : `(${chosen} chosen)`;
    // Counts of an earlier search must not stand beside these results; open facets are redrawn below.
    if (!facetsBox.open) facetGrid.replaceChildren();
    shown = { generation: mine, state: current, term: searchedFor };
    status.textContent = describe(current, results.length, searchedFor);
    if (results.length === 0) renderNoResults(current);
    pending = results;
    const cardsShown = showMore(mine, false);
    if (facetsBox.open && !facetsBox.hidden) void updateFacets(mine, current, searchedFor, counts);
    await cardsShown;
  }

  /**
   * The results for `term` in order, with the facet counts of the whole search: one search for
   * best match; for a date order, one search per run of years (see `toSortedSearches`) after
   * the one that counts. While typing, the counting search waits out the debounce (Pagefind
   * loads the index chunks meanwhile); null when a newer search replaced it.
   */
  async function find({ api, manifest }: SearchBackend, term: string | null, current: SearchState, typing: boolean): Promise<{ results: PagefindResult[]; counts: FilterCounts } | null> {
    const options = toPagefindOptions(current, years);
    const main = typing ? await api.debouncedSearch(term, options, SEARCH_DEBOUNCE_MS) : await api.search(term, options);
    if (main === null) return null;
    const sorted = toSortedSearches(options, manifest, current.sort);
    if (sorted.length === 0) return { results: main.results, counts: main.filters };
    const runs = await Promise.all(sorted.map((runOptions) => api.search(term, runOptions)));
    return { results: runs.flatMap((run) => run.results), counts: main.filters };
  }

  /**
   * Draws the facets of the search `mine` with their counts, loading the facets' data first
   * (the first time only). `counts` are the search's own when its facet data was loaded
   * before it ran. A widening facet (year, kind, place) counts its values as if none of
   * them were ticked.
   */
  async function updateFacets(mine: number, current: SearchState, term: string | null, counts?: FilterCounts): Promise<void> {
    const { api } = await loadBackend();
    await api.filters();
    const facetCounts: FilterCounts = { ...(counts ?? (await api.search(term, toPagefindOptions(current, years))).filters) };
    for (const facet of FACETS) {
      const narrowed = current.filters[facet].length > 0 || (facet === 'year' && (current.from !== undefined || current.to !== undefined));
      if (FACET_MODES[facet] !== 'any' || !narrowed) continue;
      const wider = await api.search(term, toPagefindOptions(withoutFacet(current, facet), years));
      facetCounts[facet] = wider.filters[facet] ?? {};
    }
    if (mine !== generation) return;
    facetsDrawn = mine;
    renderFacets(current, facetCounts);
  }

  /** The live region's sentence: how many results, for what, narrowed how. */
  function describe(current: SearchState, count: number, searchedFor: string | null): string {
    const parts: string[] = [];
    if (current.q !== '' && searchedFor !== current.q) parts.push(`No results for “${current.q}”; showing ${plural(count, 'result')} for “${searchedFor ?? ''}”`);
    else parts.push(current.q === '' ? plural(count, 'result') : `${plural(count, 'result')} for “${current.q}”`);
    const narrowed = FACETS.flatMap((facet) => current.filters[facet].map((value) => toValueLabel(facet, value)));
    if (current.from !== undefined || current.to !== undefined) narrowed.push(`${current.from ?? 'earliest'}–${current.to ?? 'latest'}`);
    if (narrowed.length > 0) parts.push(`narrowed to ${narrowed.join(', ')}`);
    if (count > 0 && current.sort !== 'relevance') parts.push(current.sort === 'newest' ? 'newest first' : 'oldest first');
    return `${parts.join(', ')}.`;
  }

  /** The people the query names, with a link to each one's page, above the results. */
  function renderPeople(named: readonly SearchPerson[]): void {
    for (const person of named) {
      const item = make('li', 'search-people__item');
      const link = make('a', undefined, `${person.name} — person page`);
      link.href = person.url;
      item.append(link, make('span', 'search-people__count', ` · ${plural(person.meetings, 'meeting')}`));
      peopleList.append(item);
    }
    peopleList.hidden = named.length === 0;
  }

  /**
   * Shows the next page of results: a card for each at once (marked busy), filled in rank
   * order as the fragments arrive, so the first result reads before the tenth has loaded.
   * `focus` moves focus to the first new card (the "more" button's click).
   */
  async function showMore(mine: number, focus: boolean): Promise<void> {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const slots = batch.map((_, index) => {
      const slot = make('li', 'search-result');
      slot.setAttribute('aria-busy', 'true');
      slot.append(make('p', 'search-result__facts', `Loading result ${resultList.childElementCount + index + 1}…`));
      return slot;
    });
    resultList.append(...slots);
    resultList.hidden = resultList.childElementCount === 0;
    moreButton.hidden = pending.length === 0;
    resultList.dataset['loading'] = String(slots.length);
    // Every fragment is requested now; they are drawn in rank order as they come.
    const loading = batch.map((result) => result.data());
    let firstNew: HTMLAnchorElement | undefined;
    for (const [index, data] of loading.entries()) {
      const loaded = await data;
      if (mine !== generation) return;
      const link = addResult(loaded, slots[index] as HTMLLIElement);
      if (firstNew === undefined && link !== undefined) {
        firstNew = link;
        if (focus) link.focus();
      }
      resultList.dataset['loading'] = String(slots.length - index - 1);
    }
  }

  /**
   * Shows one report in `slot`, its place in the list: a card of its own, or, when a card of
   * the same meeting is shown already, a line in that card (a meeting reported three times is
   * one card, not three lookalikes), and the slot goes. Returns the link of a new card.
   */
  function addResult(data: PagefindData, slot: HTMLLIElement): HTMLAnchorElement | undefined {
    const hit = pickParagraph(data.anchors, data.locations);
    const href = hit === undefined ? data.url : withFragment(data.url, hit.id);
    const title = data.meta['title'] ?? data.url;
    const meetingId = data.meta['meeting'] ?? data.url;
    const existing = cards.get(meetingId);
    if (existing !== undefined) {
      let others = existing.querySelector('.search-result__reports');
      if (others === null) {
        others = make('ul', 'search-result__reports');
        existing.append(make('p', 'search-result__reports-label', 'Also in another report of this meeting:'), others);
      }
      const item = make('li');
      const link = make('a', undefined, title);
      link.href = href;
      item.append(link);
      others.append(item);
      slot.remove();
      return undefined;
    }
    const card = slot;
    card.replaceChildren();
    card.removeAttribute('aria-busy');
    const heading = make('h2', 'search-result__title');
    const link = make('a', undefined, title);
    link.href = href;
    heading.append(link);
    const facts = [data.meta['kind'], data.meta['date'], data.meta['place']].filter((fact): fact is string => fact !== undefined && fact !== '');
    const factsLine = make('p', 'search-result__facts', facts.join(' · '));
    card.append(heading, factsLine);
    if (data.meta['participants']) card.append(make('p', 'search-result__people', data.meta['participants']));
    const excerpt = make('p', 'search-result__excerpt');
    // Both excerpts are HTML made safe: Pagefind escapes its excerpt before adding <mark>, and
    // toParagraphExcerpt escapes every word.
    excerpt.innerHTML = hit === undefined ? data.excerpt : toParagraphExcerpt(data.content, hit);
    card.append(excerpt);
    const reports = Number(data.meta['reports'] ?? '1');
    if (reports > 1) card.append(make('p', 'search-result__note', `One meeting, ${reports} reports.`));
    cards.set(meetingId, card);
    return link;
  }

  /** The facets: each value with its count, ticked values first, the rest behind "show all". */
  function renderFacets(current: SearchState, counts: FilterCounts): void {
    // The boxes are made anew: keep keyboard focus on the box the reader just ticked.
    const active = document.activeElement;
    const focused = active instanceof HTMLInputElement && facetsBox.contains(active) ? { name: active.name, value: active.value } : undefined;
    facetGrid.replaceChildren();
    const grid = facetGrid;
    for (const facet of FACETS) {
      const ticked = current.filters[facet];
      const values = Object.entries(counts[facet] ?? {})
        .filter(([value, count]) => count > 0 || ticked.includes(value))
        .sort(([a, ca], [b, cb]) => Number(ticked.includes(b)) - Number(ticked.includes(a)) || (facet === 'year' ? Number(a === UNDATED_YEAR) - Number(b === UNDATED_YEAR) || b.localeCompare(a) : cb - ca || a.localeCompare(b)));
      for (const value of ticked) if (!values.some(([v]) => v === value)) values.unshift([value, 0]);
      if (values.length === 0) continue;
      const fieldset = make('fieldset', 'search-facet');
      fieldset.append(make('legend', undefined, FACET_LABELS[facet]));
      values.forEach(([value, count], index) => {
        const label = make('label', 'search-facet__value');
        const box = make('input');
        box.type = 'checkbox';
        box.name = facet;
        box.value = value;
        box.checked = ticked.includes(value);
        // The boxes stand outside the form, beside the results: `form` makes them its fields.
        box.setAttribute('form', form.id);
        label.append(box, ` ${toValueLabel(facet, value)} `, make('span', 'search-facet__count', `(${count})`));
        if (index >= FACET_SHOWN && !box.checked) {
          label.dataset['extra'] = '';
          label.hidden = !expanded.has(facet);
        }
        fieldset.append(label);
      });
      const extra = values.length - FACET_SHOWN;
      if (extra > 0) {
        const button = make('button', 'search-facet__more');
        button.type = 'button';
        button.dataset['facet'] = facet;
        button.dataset['more'] = `Show all ${values.length}`;
        button.setAttribute('aria-expanded', String(expanded.has(facet)));
        button.textContent = expanded.has(facet) ? 'Show fewer' : `Show all ${values.length}`;
        fieldset.append(button);
      }
      grid.append(fieldset);
    }
    if (focused !== undefined) {
      const again = [...facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((box) => box.name === focused.name && box.value === focused.value);
      again?.focus();
    }
  }

  /** What to try when nothing was found. */
  function renderNoResults(current: SearchState): void {
    noneTips.replaceChildren();
    const tip = (text: string, link?: { label: string; href: string }) => {
      const item = make('li', undefined, text);
      if (link !== undefined) {
        const a = make('a', undefined, link.label);
        a.href = link.href;
        item.append(' ', a);
      }
      noneTips.append(item);
    };
    if (hasFilters(current)) tip('Remove the filters and years:', { label: current.q === '' ? 'start again' : `search all meetings for “${current.q}”`, href: toSearchHref(searchPath, { ...emptySearchState(), q: current.q, sort: current.sort }) });
    if (current.q.includes(' ')) tip('Use fewer words: every word must be found in a meeting.');
    if (current.q !== '') tip('Check the spelling, or try a shorter form of the word (Pagefind matches the start of the last word).');
    const example = document.querySelector<HTMLAnchorElement>('[data-search-examples] a');
    if (example !== null) tip('Try an example:', { label: example.textContent ?? '', href: example.href });
    tip('Or browse the meetings:', { label: 'by date', href: `${base}years/` });
    noneSection.hidden = false;
  }
}
