import { describe, expect, test } from 'vitest';
import { toCountryPath, toEntryPath, toHomePath, toPersonPath, toPlacePath, toSectionPath, toTopicPath, withBase } from '../../../src/lib/paths.ts';

describe('withBase', () => {
  test.each([
    ['/', 'meetings/x/', '/meetings/x/'],
    ['/', '/meetings/x/', '/meetings/x/'],
    ['/archive', 'meetings/x/', '/archive/meetings/x/'],
    ['/archive/', 'meetings/x/', '/archive/meetings/x/'],
    ['/archive/', '/meetings/x/', '/archive/meetings/x/'],
    ['/a/b/', '', '/a/b/'],
    ['/a/b', '', '/a/b/'],
  ])('base %s + %s → %s', (base, path, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe('toHomePath', () => {
  test.each([
    ['/', '/'],
    ['/archive', '/archive/'],
    ['/archive/', '/archive/'],
  ])('base %s → %s', (base, expected) => {
    expect(toHomePath(base)).toBe(expected);
  });
});

describe('toEntryPath', () => {
  test.each([
    ['wang-yi-meets-sergey-lavrov-montreux-2014-01-21', '/', '/meetings/wang-yi-meets-sergey-lavrov-montreux-2014-01-21/'],
    ['abc', '/archive', '/archive/meetings/abc/'],
    ['abc', '/archive/', '/archive/meetings/abc/'],
    // Ids are slugs by schema; anything else is still kept inside one path segment.
    ['a/b c', '/', '/meetings/a%2Fb%20c/'],
  ])('%s under %s → %s', (id, base, expected) => {
    expect(toEntryPath(id, base)).toBe(expected);
  });

  test('defaults to the configured base (import.meta.env.BASE_URL)', () => {
    expect(toEntryPath('abc')).toBe(withBase('meetings/abc/', import.meta.env.BASE_URL));
  });
});

describe('section and page paths', () => {
  test.each([
    [toSectionPath('people', '/archive/'), '/archive/people/'],
    [toSectionPath('countries', '/'), '/countries/'],
    [toPersonPath('sergey-lavrov', '/archive/'), '/archive/people/sergey-lavrov/'],
    [toPlacePath('montreux-ch', '/'), '/places/montreux-ch/'],
    // Country pages use the ISO code in lower case.
    [toCountryPath('RU', '/archive'), '/archive/countries/ru/'],
    [toCountryPath('ru', '/'), '/countries/ru/'],
    [toTopicPath('sco', '/'), '/topics/sco/'],
    [toPersonPath('a/b', '/'), '/people/a%2Fb/'],
  ])('%s = %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
