import { describe, expect, test } from 'vitest';
import { parseGold } from '../../../src/eval/gold.ts';

const line = (overrides: object = {}): string =>
  JSON.stringify({ file: 'a.txt', date: null, dateAccept: [null], kind: 'meeting', participants: [], location: null, notes: 'kept', ...overrides });

describe('parseGold', () => {
  test('reads one record per non-blank line and keeps unscored fields', () => {
    const result = parseGold(`${line()}\n\n${line({ file: 'b.txt' })}\n`);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.records.map((r) => r.file)).toEqual(['a.txt', 'b.txt']);
      expect(result.records[0]?.['notes']).toBe('kept');
    }
  });

  test('reports every bad line with its number and field', () => {
    const result = parseGold([line(), '{oops', line({ file: 'c.txt', dateAccept: [] }), line()].join('\n'), 'g.jsonl');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(3);
      expect(result.errors[0]).toMatch(/^g\.jsonl:2: not JSON/);
      expect(result.errors[1]).toMatch(/^g\.jsonl:3: dateAccept: /);
      expect(result.errors[2]).toBe('g.jsonl:4: file "a.txt" is labelled twice');
    }
  });
});
