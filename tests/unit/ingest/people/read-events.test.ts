import { describe, expect, test } from 'vitest';
import { findUnits } from '../../../../src/ingest/people/find-names.ts';
import { readSentenceEvents, toSkeleton } from '../../../../src/ingest/people/read-events.ts';

const context = { knownTokens: new Set<string>(), titleCase: false };

/** The statuses of a sentence's event clauses. */
const statuses = (text: string) => readSentenceEvents(text, findUnits(text, context)).events.map((event) => event.status);

describe('readSentenceEvents', () => {
  test.each<[string, string[]]>([
    ['Foreign Minister Wang Yi met Foreign Minister Sergey Lavrov of Russia.', ['reported']],
    ['President Xi Jinping will meet President Joe Biden via video link.', ['planned']],
    ['The two leaders are expected to hold talks with Premier Li Qiang.', ['planned']],
    ['Minister Jaishankar did not hold talks with Foreign Minister Wang Yi.', ['denied']],
    ['Minister Yang Jiechi also met with Treasury Secretary Timothy Geithner.', ['secondary']],
    ['President Xi Jinping returned to Beijing after a meeting with President Barack Obama.', ['reported', 'secondary']],
    ['The weather was fine in Beijing.', []],
  ])('%s → %s', (text, expected) => {
    expect(statuses(text)).toEqual(expected);
  });

  test('the source of an announcement is a speaker', () => {
    const text = 'President Xi Jinping will meet President Joe Biden, Foreign Ministry spokesperson Hua Chunying said.';
    const units = findUnits(text, context);
    const { speakers } = readSentenceEvents(text, units);
    expect(speakers.map((i) => units[i]?.name)).toEqual(['Hua Chunying']);
  });

  test('a possessive owner takes part only in an event noun ("Mishustin\'s meeting with")', () => {
    const text = "Chairman Mikhail Mishustin's meeting with Premier Li Qiang, and President Barack Obama's planned visit.";
    const units = findUnits(text, context);
    const [event] = readSentenceEvents(text, units).events;
    expect(event?.units.map((i) => units[i]?.name)).toEqual(['Mikhail Mishustin', 'Li Qiang']);
  });

  test('the skeleton replaces units and drops asides', () => {
    const text = 'Premier Li Keqiang (R) met Chancellor Angela Merkel in Berlin.';
    expect(toSkeleton(text, findUnits(text, context))).toBe('⟦0⟧ met ⟦1⟧ in Berlin.');
  });
});
