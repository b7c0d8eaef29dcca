import { describe, expect, test } from 'vitest';
import { parseIndexedYear, parseShardManifest, pickShards, planShards, toAllowedYears, toSortedSearches, toSortRuns, type ShardManifest } from '../../../src/lib/search-shards.ts';

/** Pages per year of a small archive: 10 years of 10 pages, 2000-2009, and 5 undated. */
const DECADE = new Map<string, number>([...Array.from({ length: 10 }, (_, i): [string, number] => [String(2000 + i), 10]), ['undated', 5]]);

/** Three indexes: the primary 2007-2009 with the undated pages, then 2003-2006, then 2000-2002. */
const MANIFEST: ShardManifest = {
  indexes: [
    { dir: 'pagefind', years: ['2007', '2008', '2009', 'undated'], pages: 35 },
    { dir: 'pagefind-2003-2006', years: ['2003', '2004', '2005', '2006'], pages: 40 },
    { dir: 'pagefind-2000-2002', years: ['2000', '2001', '2002'], pages: 30 },
  ],
};

describe('planShards', () => {
  test('pages that fit one index stay one index, in pagefind/', () => {
    expect(planShards(DECADE, 105)).toEqual([{ dir: 'pagefind', years: [...DECADE.keys()], pages: 105 }]);
  });

  test('more pages make runs of consecutive years of roughly equal size, newest first, undated with the newest', () => {
    const plan = planShards(DECADE, 40);
    // 105 pages, at most 40 to an index: 3 indexes of about 35; a tie keeps the year in the run it would end.
    expect(plan.map((shard) => shard.dir)).toEqual(['pagefind', 'pagefind-2004-2006', 'pagefind-2000-2003']);
    expect(plan.map((shard) => shard.pages)).toEqual([35, 30, 40]);
    expect(plan[0]?.years).toEqual(['2007', '2008', '2009', 'undated']);
  });

  test('every page is in exactly one index, and each index holds consecutive years', () => {
    const counts = new Map<string, number>([['1990', 3], ['1995', 400], ['1996', 2], ['2001', 250], ['2002', 251], ['2010', 90], ['undated', 77]]);
    for (const max of [1, 50, 100, 300, 500, 1000, 2000]) {
      const plan = planShards(counts, max);
      const years = plan.flatMap((shard) => shard.years);
      expect(new Set(years).size).toBe(years.length);
      expect(new Set(years)).toEqual(new Set(counts.keys()));
      expect(plan.reduce((sum, shard) => sum + shard.pages, 0)).toBe(1073);
      const dated = plan.map((shard) => shard.years.filter((year) => year !== 'undated'));
      const flat = dated.slice().reverse().flat();
      expect(flat).toEqual([...flat].sort());
      expect(plan.length).toBeLessThanOrEqual(Math.ceil(1073 / max));
    }
  });

  test('a year is never split, so a year larger than the limit makes a larger index', () => {
    const plan = planShards(new Map([['2014', 90], ['2015', 5], ['2016', 5]]), 40);
    expect(plan.find((shard) => shard.years.includes('2014'))?.pages).toBe(90);
  });

  test('a limit that is not a positive whole number is refused with the value', () => {
    expect(() => planShards(DECADE, 0)).toThrow(/positive whole number, not 0/);
    expect(() => planShards(DECADE, Number.NaN)).toThrow(/not NaN/);
  });
});

describe('parseIndexedYear', () => {
  test('the year facet of an indexed meeting page', () => {
    expect(parseIndexedYear('<article data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-filter="year">2014</span></div></article>')).toBe('2014');
    expect(parseIndexedYear('<main data-pagefind-body><span class="x" data-pagefind-filter="year">undated</span>')).toBe('undated');
  });

  test('nothing for a page Pagefind would not index (a redirect) or one without a year', () => {
    expect(parseIndexedYear('<meta http-equiv="refresh" content="0; url=/meetings/x/"><span data-pagefind-filter="year">2014</span>')).toBeUndefined();
    expect(parseIndexedYear('<article data-pagefind-body><span data-pagefind-filter="kind">talks</span></article>')).toBeUndefined();
  });
});

describe('parseShardManifest', () => {
  test('reads a manifest as the script writes it', () => {
    expect(parseShardManifest(JSON.parse(JSON.stringify(MANIFEST)))).toEqual(MANIFEST);
  });

  test.each([
    [null, /expected \{ "indexes"/],
    [{ indexes: [{ dir: '../etc', years: [], pages: 1 }] }, /index 0: "dir"/],
    [{ indexes: [{ dir: 'pagefind', years: [2014], pages: 1 }] }, /index 0: "years"/],
    [{ indexes: [{ dir: 'pagefind-2000-2002', years: ['2000'], pages: 1 }] }, /first index must be pagefind/],
  ])('refuses %j', (value, message) => {
    expect(() => parseShardManifest(value)).toThrow(message);
  });
});

describe('pickShards', () => {
  test('every index when any year will do', () => {
    expect(pickShards(MANIFEST, undefined)).toEqual(MANIFEST.indexes);
  });

  test('a year range needs only the indexes of its years, and always the primary', () => {
    expect(pickShards(MANIFEST, ['2001', '2002']).map((shard) => shard.dir)).toEqual(['pagefind', 'pagefind-2000-2002']);
    expect(pickShards(MANIFEST, ['2002', '2003']).map((shard) => shard.dir)).toEqual(['pagefind', 'pagefind-2003-2006', 'pagefind-2000-2002']);
    expect(pickShards(MANIFEST, ['-']).map((shard) => shard.dir)).toEqual(['pagefind']);
  });
});

describe('toSortRuns and toSortedSearches', () => {
  test('newest first: each index’s years from the newest index down, the undated last', () => {
    expect(toSortRuns(MANIFEST, 'desc', undefined)).toEqual([['2007', '2008', '2009'], ['2003', '2004', '2005', '2006'], ['2000', '2001', '2002'], ['undated']]);
  });

  test('oldest first: from the oldest index up, the undated still last', () => {
    expect(toSortRuns(MANIFEST, 'asc', undefined)).toEqual([['2000', '2001', '2002'], ['2003', '2004', '2005', '2006'], ['2007', '2008', '2009'], ['undated']]);
  });

  test('only the allowed years, and no empty runs', () => {
    expect(toSortRuns(MANIFEST, 'asc', ['2002', '2003'])).toEqual([['2002'], ['2003']]);
    expect(toSortRuns(MANIFEST, 'desc', ['-'])).toEqual([]);
  });

  test('one search per run, with the other filters kept and the year narrowed to the run', () => {
    const options = { filters: { kind: { any: ['talks'] }, year: { any: ['2002', '2003', 'undated'] } } };
    expect(toSortedSearches(options, MANIFEST, 'newest')).toEqual([
      { filters: { kind: { any: ['talks'] }, year: { any: ['2003'] } }, sort: { date: 'desc' } },
      { filters: { kind: { any: ['talks'] }, year: { any: ['2002'] } }, sort: { date: 'desc' } },
      { filters: { kind: { any: ['talks'] }, year: { any: ['undated'] } }, sort: { date: 'desc' } },
    ]);
    expect(toSortedSearches(options, MANIFEST, 'relevance')).toEqual([]);
  });

  test('toAllowedYears: the year condition’s values, or any year', () => {
    expect(toAllowedYears({ filters: { year: { any: ['2014'] } } })).toEqual(['2014']);
    expect(toAllowedYears({ filters: { kind: { any: ['talks'] } } })).toBeUndefined();
  });
});
