import { describe, expect, test } from 'vitest';
import { parseDateline, parseDatelineLine } from '../../../src/ingest/parse-dateline.ts';

describe('parseDateline', () => {
  test.each([
    ['BEIJING, March 7 (Xinhua) -- Chinese President', { place: 'BEIJING', month: 3, day: 7, agency: 'Xinhua' }, 'Chinese President'],
    ['BEIJING, Sept. 7 (Xinhuanet) -- President Xi', { place: 'BEIJING', month: 9, day: 7, agency: 'Xinhuanet' }, 'President Xi'],
    ['Moscow, 3 Mar (Xinhua) -- On 21 March', { place: 'Moscow', month: 3, day: 3, agency: 'Xinhua' }, 'On 21 March'],
    ['MOSCOW, August 7. /TASS/. Russian Foreign Minister', { place: 'MOSCOW', month: 8, day: 7, agency: 'TASS' }, 'Russian Foreign Minister'],
    ['MOSCOW, Russia (Reuters) — Chinese President', { place: 'MOSCOW', region: 'Russia', agency: 'Reuters' }, 'Chinese President'],
    ['ST PETERSBURG, Russia - President Xi', { place: 'ST PETERSBURG', region: 'Russia' }, 'President Xi'],
    ['Kazan [Russia], October 22: Chinese President', { place: 'Kazan', region: 'Russia', month: 10, day: 22 }, 'Chinese President'],
    ['NEW DELHI: External Affairs Minister', { place: 'NEW DELHI' }, 'External Affairs Minister'],
    ['BALI, 09 July 2022, (TON): US Secretary', { place: 'BALI', month: 7, day: 9, year: 2022, agency: 'TON' }, 'US Secretary'],
  ])('%s', (paragraph, expected, rest) => {
    const result = parseDateline(paragraph);
    expect(result.dateline).toMatchObject(expected);
    expect(result.rest).toBe(rest);
  });

  test.each([
    'MR. JONES: Good evening, everybody.',
    'Xi Jinping pointed out that this is my second visit.',
    'Chinese President Xi Jinping - who arrived on Monday - met Putin.',
  ])('is not a dateline: %s', (paragraph) => {
    expect(parseDateline(paragraph)).toEqual({ rest: paragraph });
  });

  test('a dateline alone on its line', () => {
    expect(parseDatelineLine('Riyadh, November 10')).toMatchObject({ place: 'Riyadh', month: 11, day: 10 });
    expect(parseDatelineLine('Chinese premier holds talks')).toBeUndefined();
  });
});
