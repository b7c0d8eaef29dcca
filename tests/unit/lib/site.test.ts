import { expect, test } from 'vitest';
import { SITE_NAME, toDocumentTitle } from '../../../src/lib/site.ts';

test.each([
  [undefined, SITE_NAME],
  [SITE_NAME, SITE_NAME],
  ['Page not found', `Page not found · ${SITE_NAME}`],
])('title %j → %s', (title, expected) => {
  expect(toDocumentTitle(title)).toBe(expected);
});
