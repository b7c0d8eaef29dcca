import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../../src/ingest/people/sentences.ts';
import { isTitleCase } from '../../../../src/ingest/people/tokens.ts';

describe('splitSentences', () => {
  test.each<[string, string[]]>([
    ['Dr. S. Jaishankar met U.S. Secretary Blinken. They talked.', ['Dr. S. Jaishankar met U.S. Secretary Blinken.', 'They talked.']],
    ['Xi visited St.Petersburg. He left.', ['Xi visited St.Petersburg.', 'He left.']],
    ['It was "Innovation".Putin believes so.', ['It was "Innovation".', 'Putin believes so.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('isTitleCase', () => {
  test.each<[string, boolean]>([
    ['Wang Yi Holds Telephone Talks with Foreign Minister Sergei Lavrov of Russia', true],
    ['Xi, Putin hold video talks as Beijing and Moscow seek to ramp up cooperation', false],
    ['Xi Jinping', false],
  ])('%s → %s', (line, expected) => {
    expect(isTitleCase(line)).toBe(expected);
  });
});
