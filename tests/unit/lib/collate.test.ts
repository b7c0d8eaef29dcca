import { describe, expect, test } from 'vitest';
import { compareText } from '../../../src/lib/collate.ts';

describe('compareText', () => {
  test('alphabetical regardless of case and accents, numbers by value', () => {
    expect(['Zhao', 'ángela', 'Bob', 'alice', 'item 10', 'item 9'].sort(compareText)).toEqual([
      'alice',
      'ángela',
      'Bob',
      'item 9',
      'item 10',
      'Zhao',
    ]);
  });

  test('strings equal to the collator still have a fixed order', () => {
    expect(compareText('Wang', 'wang')).toBe(-compareText('wang', 'Wang'));
    expect(compareText('Wang', 'wang')).not.toBe(0);
    expect(compareText('Wang', 'Wang')).toBe(0);
  });
});
