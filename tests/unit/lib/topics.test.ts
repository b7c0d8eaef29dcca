import { describe, expect, test } from 'vitest';
import { groupIntoMeetings } from '../../../src/lib/meetings.ts';
import { summariseTerms, toTermTag } from '../../../src/lib/topics.ts';
import { TermSchema } from '../../../src/schema/registry.ts';
import { makeEntry } from './make-entry.ts';

const terms = [
  TermSchema.parse({ id: 'ukraine-crisis', label: 'Ukraine crisis', match: ['Ukraine'], description: 'The war.' }),
  TermSchema.parse({ id: 'trade', label: 'Trade', match: ['trade'] }),
  TermSchema.parse({ id: 'never-named', label: 'Never named', match: ['zzz'] }),
];
const organizations = [TermSchema.parse({ id: 'sco', label: 'Shanghai Cooperation Organization', short: 'SCO', match: ['SCO'] })];

const meetings = groupIntoMeetings([
  makeEntry('a', { date: '2022', datePrecision: 'year', topics: ['ukraine-crisis'], organizations: ['sco'] }),
  makeEntry('a2', { date: '2022', datePrecision: 'year', meeting: 'a', topics: ['ukraine-crisis', 'trade'] }),
  makeEntry('b', { date: '2014', datePrecision: 'year', topics: ['ukraine-crisis', 'old-topic'] }),
]);

describe('summariseTerms', () => {
  test('every named topic with its meetings (not reports), alphabetical; unnamed terms left out', () => {
    const topics = summariseTerms(meetings, terms, 'topics');
    expect(topics.map((t) => [t.id, t.label, t.meetings.map((m) => m.id)])).toEqual([
      ['old-topic', 'old-topic', ['b']],
      ['trade', 'Trade', ['a']],
      ['ukraine-crisis', 'Ukraine crisis', ['a', 'b']],
    ]);
    expect(topics[2]).toMatchObject({ kind: 'topics', known: true, description: 'The war.' });
  });

  test('an id the registry lacks keeps the id as its label and is marked unknown', () => {
    expect(summariseTerms(meetings, terms, 'topics')[0]).toMatchObject({ id: 'old-topic', known: false });
  });

  test('organizations, with their short form', () => {
    const orgs = summariseTerms(meetings, organizations, 'organizations');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ id: 'sco', short: 'SCO', kind: 'organizations', known: true });
    expect(orgs[0]?.meetings.map((m) => m.id)).toEqual(['a']);
  });
});

describe('toTermTag', () => {
  test.each([
    [{ label: 'Shanghai Cooperation Organization', short: 'SCO' }, 'SCO'],
    [{ label: 'Trade' }, 'Trade'],
  ])('%j → %s', (term, expected) => {
    expect(toTermTag(term)).toBe(expected);
  });
});
