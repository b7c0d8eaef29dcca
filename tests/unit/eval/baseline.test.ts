import { describe, expect, test } from 'vitest';
import { extractBaseline, toBaselineDate, toBaselineKind } from '../../../src/eval/baseline.ts';

describe('toBaselineDate', () => {
  test.each([
    ['On January 21, 2014, they met.', '2014-01-21'],
    ['date 2021-01-05\nWang Yi', '2021-01-05'],
    ['In March 2019 the ministers', '2019-03'],
    ['Beijing, March 3 (Xinhua) -- talks today', undefined], // no year written; `today` is relative
  ])('%j → %s', (text, date) => {
    expect(toBaselineDate(text)?.date).toBe(date);
  });
});

describe('toBaselineKind', () => {
  test.each([
    ['Xi Jinping Holds Phone Talks with Putin', 'phone-call'],
    ['Wang Yi Meets with Lavrov. The talks were frank.', 'meeting'],
    ['Xi holds talks with Macron during a state visit', 'talks'],
    ['Xi and Putin exchange New Year greetings', 'message-exchange'],
    ['A list of links', 'other'],
  ] as const)('%j → %s', (text, kind) => {
    expect(toBaselineKind(text)).toBe(kind);
  });
});

test('extractBaseline always produces an entry, with deduplicated people', () => {
  const entry = extractBaseline('Foreign Minister Wang Yi met with Sergey Lavrov in Moscow. Wang Yi said Sergey Lavrov agreed.');
  expect(entry.kind).toBe('meeting');
  expect(entry.participants.map((p) => p.name)).toEqual(['Wang Yi', 'Sergey Lavrov']);
  expect(entry.location).toEqual({ city: 'Moscow' });
  expect(extractBaseline('')).toEqual({ kind: 'other', participants: [], location: null });
});
