import { describe, expect, test } from 'vitest';
import { formatCount } from '../../../src/lib/meetings.ts';
import { toListingPagePath, toPageNumbers, toPageTitle, toRangeLabel, type PageGap, type PageLink } from '../../../src/lib/pagination.ts';
import { toCountryHostedPath, toCountryPairPath, toPersonCounterpartsPath, toPersonMentionsPath } from '../../../src/lib/paths.ts';

describe('toListingPagePath', () => {
  test.each([
    ['/archive/people/wang-yi/', 1, '/archive/people/wang-yi/'],
    ['/archive/people/wang-yi/', 2, '/archive/people/wang-yi/2/'],
    ['/countries/cn/with/ru/', 47, '/countries/cn/with/ru/47/'],
    ['/topics/energy', 3, '/topics/energy/3/'],
  ])('%s, page %d → %s', (first, page, expected) => {
    expect(toListingPagePath(first, page)).toBe(expected);
  });

  test.each([0, -1, 1.5, Number.NaN])('page %d is refused', (page) => {
    expect(() => toListingPagePath('/people/x/', page)).toThrow(RangeError);
  });
});

/** A pager row as text: numbers, `[n]` for the current page, `…` for a gap. */
const show = (items: (PageLink | PageGap)[]) => items.map((item) => ('gap' in item ? '…' : item.current ? `[${item.number}]` : String(item.number))).join(' ');

describe('toPageNumbers', () => {
  const hrefOf = (n: number) => `/p/${n}/`;
  test.each([
    [1, 1, '[1]'],
    [1, 5, '[1] 2 3 4 5'],
    [3, 7, '1 2 [3] 4 5 6 7'],
    [1, 47, '[1] 2 3 … 47'],
    [7, 47, '1 … 5 6 [7] 8 9 … 47'],
    // A gap never hides a single number.
    [5, 47, '1 2 3 4 [5] 6 7 … 47'],
    [47, 47, '1 … 45 46 [47]'],
    [44, 47, '1 … 42 43 [44] 45 46 47'],
  ])('page %d of %d → %s', (current, last, expected) => {
    expect(show(toPageNumbers(current, last, hrefOf))).toBe(expected);
  });

  test('every number links to its page and only the current one is marked', () => {
    const items = toPageNumbers(7, 47, hrefOf).filter((item): item is PageLink => !('gap' in item));
    for (const item of items) expect(item.href).toBe(`/p/${item.number}/`);
    expect(items.filter((item) => item.current).map((item) => item.number)).toEqual([7]);
  });

  test('the row stays short however long the listing', () => {
    expect(toPageNumbers(500, 2000, hrefOf).length).toBeLessThanOrEqual(9);
  });
});

describe('toRangeLabel and formatCount', () => {
  test.each([
    [0, 49, 2345, 'meetings 1–50 of 2,345'],
    [50, 99, 2345, 'meetings 51–100 of 2,345'],
    [2300, 2344, 2345, 'meetings 2,301–2,345 of 2,345'],
    [6, 6, 7, 'meeting 7 of 7'],
  ])('%d–%d of %d → %s', (start, end, total, expected) => {
    expect(toRangeLabel(start, end, total)).toBe(expected);
  });

  test('the noun can be given, and capitalised', () => {
    expect(toRangeLabel(50, 99, 120, 'Meeting')).toBe('Meetings 51–100 of 120');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});

describe('toPageTitle', () => {
  test.each([
    ['Xi Jinping', 1, 'Xi Jinping'],
    ['Xi Jinping', 2, 'Xi Jinping, page 2'],
  ])('%s, page %d → %s', (name, page, expected) => {
    expect(toPageTitle(name, page)).toBe(expected);
  });
});

describe('listing paths below an entity page', () => {
  test.each([
    [toPersonMentionsPath('xi-jinping', '/archive/'), '/archive/people/xi-jinping/named/'],
    [toPersonCounterpartsPath('xi-jinping', '/'), '/people/xi-jinping/met-with/'],
    [toCountryPairPath('CN', 'RU', '/archive/'), '/archive/countries/cn/with/ru/'],
    [toCountryPairPath('CN', undefined, '/'), '/countries/cn/with/none/'],
    [toCountryHostedPath('CH', '/archive'), '/archive/countries/ch/hosted/'],
  ])('%s', (path, expected) => {
    expect(path).toBe(expected);
  });
});
