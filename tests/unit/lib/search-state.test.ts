import { describe, expect, test } from 'vitest';
import {
  emptySearchState,
  parseSearchState,
  toggleFilter,
  toPagefindOptions,
  toReadiness,
  toSearchHref,
  toSearchParams,
  withoutFacet,
} from '../../../src/lib/search-state.ts';

const YEARS = ['2013', '2014', '2015', '2016', '2020', 'undated'];

describe('parseSearchState', () => {
  test('reads the query, facets, sort and range of a shared URL', () => {
    const state = parseSearchState('?q=lavrov&kind=phone-call&from=2014&to=2016&sort=newest&participant=Wang+Yi&participant=Sergey+Lavrov');
    expect(state).toEqual({
      q: 'lavrov',
      filters: { year: [], kind: ['phone-call'], participant: ['Wang Yi', 'Sergey Lavrov'], country: [], place: [], topic: [] },
      sort: 'newest',
      from: 2014,
      to: 2016,
    });
  });

  test.each([
    ['?q=%20%20sergei%20%20%20lavrov%20', 'sergei lavrov'],
    ['?q=', ''],
    ['', ''],
    [`?q=${'a'.repeat(500)}`, 'a'.repeat(200)],
  ])('trims and collapses the query: %s', (search, q) => {
    expect(parseSearchState(search).q).toBe(q);
  });

  test('ignores what it does not know and puts a reversed range right', () => {
    const state = parseSearchState('?sort=sideways&from=2016&to=2014&kind=&kind=talks&kind=talks&colour=red');
    expect(state.sort).toBe('relevance');
    expect([state.from, state.to]).toEqual([2014, 2016]);
    expect(state.filters.kind).toEqual(['talks']);
  });

  test.each(['14', '20144', 'abcd', '2014-01', ''])('drops a year that is not four digits: %j', (year) => {
    const state = parseSearchState(`?from=${year}&to=${year}`);
    expect(state.from).toBeUndefined();
    expect(state.to).toBeUndefined();
  });
});

describe('toSearchParams and toSearchHref', () => {
  test('round-trip: the URL written reads back as the same state', () => {
    const search = '?q=lavrov&kind=phone-call&participant=Wang+Yi&sort=oldest&from=2014&to=2016';
    const state = parseSearchState(search);
    expect(`?${toSearchParams(state).toString()}`).toBe(search);
    expect(parseSearchState(toSearchParams(state))).toEqual(state);
  });

  test('one canonical order whatever order the URL came in, and nothing for defaults', () => {
    const state = parseSearchState('?to=2016&sort=relevance&topic=Ukraine+crisis&q=talks&year=2014');
    expect(toSearchParams(state).toString()).toBe('q=talks&year=2014&topic=Ukraine+crisis&to=2016');
  });

  test('the search page alone when nothing is set', () => {
    expect(toSearchHref('/archive/search/', emptySearchState())).toBe('/archive/search/');
    expect(toSearchHref('/archive/search/', { ...emptySearchState(), q: 'Montreux' })).toBe('/archive/search/?q=Montreux');
  });
});

describe('toReadiness', () => {
  test.each([
    ['', 'empty'],
    ['?q=la', 'too-short'],
    ['?q=lav', 'query'],
    ['?kind=talks', 'browse'],
    ['?from=2014', 'browse'],
    ['?q=la&kind=talks', 'too-short'],
  ])('%s → %s', (search, readiness) => {
    expect(toReadiness(parseSearchState(search))).toBe(readiness);
  });
});

describe('toggleFilter and withoutFacet', () => {
  test('ticks, unticks and clears without touching the state given', () => {
    const state = emptySearchState();
    const ticked = toggleFilter(state, 'kind', 'talks');
    expect(ticked.filters.kind).toEqual(['talks']);
    expect(state.filters.kind).toEqual([]);
    expect(toggleFilter(ticked, 'kind', 'talks').filters.kind).toEqual([]);
    expect(withoutFacet(toggleFilter(ticked, 'place', 'Moscow'), 'kind').filters).toMatchObject({ kind: [], place: ['Moscow'] });
  });
});

describe('toPagefindOptions', () => {
  test('widening facets take any value, narrowing ones all of them', () => {
    const state = parseSearchState('?q=x&kind=talks&kind=visit&participant=Wang+Yi&participant=Sergey+Lavrov&place=Moscow');
    expect(toPagefindOptions(state, YEARS)).toEqual({
      filters: { kind: { any: ['talks', 'visit'] }, participant: { all: ['Wang Yi', 'Sergey Lavrov'] }, place: { any: ['Moscow'] } },
    });
  });

  test('a range becomes the years of the archive inside it; undated meetings fall outside', () => {
    expect(toPagefindOptions(parseSearchState('?from=2014&to=2016'), YEARS).filters).toEqual({ year: { any: ['2014', '2015', '2016'] } });
    expect(toPagefindOptions(parseSearchState('?from=2015'), YEARS).filters).toEqual({ year: { any: ['2015', '2016', '2020'] } });
  });

  test('ticked years and a range meet; no year left selects nothing rather than everything', () => {
    expect(toPagefindOptions(parseSearchState('?year=2013&year=2015&from=2014'), YEARS).filters).toEqual({ year: { any: ['2015'] } });
    const none = toPagefindOptions(parseSearchState('?year=2013&from=2014'), YEARS).filters.year;
    expect(none).toEqual({ any: ['-'] });
  });

  test('the sort is not part of the filters: sorted searches are cut by period (search-shards.ts)', () => {
    expect(toPagefindOptions(parseSearchState('?sort=newest'), YEARS)).toEqual({ filters: {} });
    expect(toPagefindOptions(parseSearchState('?sort=oldest&kind=talks'), YEARS)).toEqual({ filters: { kind: { any: ['talks'] } } });
  });
});
