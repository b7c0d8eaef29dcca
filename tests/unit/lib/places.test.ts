import { describe, expect, test } from 'vitest';
import { toCountryName, toPlaceLabel } from '../../../src/lib/places.ts';
import type { Location } from '../../../src/schema/entry.ts';

describe('toCountryName', () => {
  test.each([
    ['CN', 'China'],
    ['RU', 'Russia'],
    ['CH', 'Switzerland'],
    ['US', 'United States'],
  ])('%s → %s', (code, name) => {
    expect(toCountryName(code)).toBe(name);
  });
});

describe('toPlaceLabel', () => {
  test.each([
    [null, undefined],
    [{}, undefined],
    [{ occasion: 'G20 Summit' }, undefined],
    [{ city: 'Montreux' }, 'Montreux'],
    [{ city: 'Montreux', country: 'CH' }, 'Montreux, Switzerland'],
    [{ venue: 'Diaoyutai State Guesthouse', city: 'Beijing', country: 'CN', occasion: 'SCO' }, 'Diaoyutai State Guesthouse, Beijing, China'],
    [{ country: 'RU' }, 'Russia'],
  ] as [Location | null, string | undefined][])('%j → %s', (location, expected) => {
    expect(toPlaceLabel(location)).toBe(expected);
  });
});
