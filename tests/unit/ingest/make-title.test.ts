import { describe, expect, test } from 'vitest';
import { makeTitle } from '../../../src/ingest/make-title.ts';

describe('makeTitle', () => {
  test.each([
    [{ kind: 'message-exchange', participants: [{ name: 'Wang Yi' }, { name: 'Sergey Lavrov' }], location: null }, 'Wang Yi and Sergey Lavrov exchange messages'],
    [{ kind: 'meeting', participants: [{ name: 'Xi Jinping' }, { name: 'Vladimir Putin' }], location: { city: 'Kazan', country: 'RU' } }, 'Xi Jinping and Vladimir Putin meet in Kazan'],
    [{ kind: 'video-call', participants: [{ name: 'Xi Jinping' }, { name: 'Emmanuel Macron' }, { name: 'Olaf Scholz' }], location: null }, 'Xi Jinping, Emmanuel Macron and Olaf Scholz hold a video call'],
    [{ kind: 'press-conference', participants: [{ name: 'Wang Yi' }], location: null }, 'Wang Yi holds a press conference'],
  ] as const)('%#', (parts, expected) => {
    expect(makeTitle({ lead: 'A lead sentence.', ...parts, participants: [...parts.participants] })).toBe(expected);
  });

  test('without people: the lead sentence, cut at a word', () => {
    expect(makeTitle({ lead: 'The two sides met.', kind: 'meeting', participants: [], location: null })).toBe('The two sides met');
    const long = `${'word '.repeat(40)}end.`;
    const title = makeTitle({ lead: long, kind: 'other', participants: [], location: null });
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(141);
  });
});
