import { expect, test } from 'vitest';
import { toKindLabel } from '../../../src/lib/kinds.ts';
import { KINDS, type Kind } from '../../../src/schema/entry.ts';

test.each([
  ['meeting', 'Meeting'],
  ['talks', 'Talks'],
  ['phone-call', 'Phone call'],
  ['video-call', 'Video call'],
  ['message-exchange', 'Message exchange'],
  ['visit', 'Visit'],
  ['press-conference', 'Press conference'],
  ['joint-statement', 'Joint statement'],
  ['statement', 'Statement'],
  ['other', 'Other'],
] as [Kind, string][])('%s → %s', (kind, label) => {
  expect(toKindLabel(kind)).toBe(label);
});

test('every kind of the schema has a label', () => {
  for (const kind of KINDS) expect(toKindLabel(kind)).toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
});
