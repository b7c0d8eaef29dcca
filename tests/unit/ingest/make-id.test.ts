import { describe, expect, test } from 'vitest';
import { makeEntryId, slugify } from '../../../src/ingest/make-id.ts';

describe('slugify', () => {
  test.each([
    ['Sergey Lavrov', 'sergey-lavrov'],
    ['Philipp Rösler', 'philipp-rosler'],
    ["Xi Jinping's talks", 'xi-jinpings-talks'],
    ['  --Wang  Yi-- ', 'wang-yi'],
  ])('%j → %s', (input, expected) => expect(slugify(input)).toBe(expected));
});

describe('makeEntryId', () => {
  const parts = {
    date: '2014-01-21',
    participants: [{ name: 'Wang Yi' }, { name: 'Sergey Lavrov' }],
    kind: 'meeting' as const,
    text: 'In the evening of January 21, 2014, Foreign Minister Wang Yi met with Sergey Lavrov.',
  };

  test('date, then who, then a short hash of the text', () => {
    expect(makeEntryId(parts)).toMatch(/^2014-01-21-wang-yi-sergey-lavrov-[0-9a-f]{6}$/);
  });

  test('the same bulletin always gets the same id; another text about the same event another one', () => {
    expect(makeEntryId(parts)).toBe(makeEntryId({ ...parts }));
    expect(makeEntryId({ ...parts, text: `${parts.text} Both sides agreed.` })).not.toBe(makeEntryId(parts));
  });

  test('undated and without people', () => {
    expect(makeEntryId({ date: undefined, participants: [], kind: 'phone-call', text: 'x' })).toMatch(/^undated-phone-call-[0-9a-f]{6}$/);
  });
});
