import { describe, expect, test } from 'vitest';
import { NAV_ITEMS, SITE_NAME, toDocumentTitle, toNavCurrent } from '../../../src/lib/site.ts';

test.each([
  [undefined, SITE_NAME],
  [SITE_NAME, SITE_NAME],
  ['Page not found', `Page not found · ${SITE_NAME}`],
])('title %j → %s', (title, expected) => {
  expect(toDocumentTitle(title)).toBe(expected);
});

describe('NAV_ITEMS and toNavCurrent', () => {
  test('the header names the six sections in order', () => {
    expect(NAV_ITEMS.map((item) => item.label)).toEqual(['Meetings', 'People', 'Places', 'Countries', 'Topics', 'Data']);
  });

  const current = (pathname: string, base: string) =>
    Object.fromEntries(NAV_ITEMS.map((item) => [item.label, toNavCurrent(item, pathname, base)]).filter(([, value]) => value !== undefined));

  test.each([
    ['/', '/', { Meetings: 'page' }],
    ['/archive/', '/archive/', { Meetings: 'page' }],
    ['/archive/', '/archive', { Meetings: 'page' }],
    ['/archive/meetings/x/', '/archive/', { Meetings: true }],
    ['/archive/people/', '/archive/', { People: 'page' }],
    ['/archive/people', '/archive/', { People: 'page' }],
    ['/archive/people/wang-yi/', '/archive/', { People: true }],
    ['/countries/ru/', '/', { Countries: true }],
    ['/topics/sco/', '/', { Topics: true }],
    ['/404/', '/', {}],
    // A page outside the base belongs to no section.
    ['/people/', '/archive/', {}],
  ])('%s under base %s → %j', (pathname, base, expected) => {
    expect(current(pathname, base)).toEqual(expected);
  });
});
