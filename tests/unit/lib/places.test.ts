import { describe, expect, test } from 'vitest';
import { groupIntoMeetings } from '../../../src/lib/meetings.ts';
import { formatCoordinates, summarisePlaces, toCountryName, toPlaceLabel } from '../../../src/lib/places.ts';
import type { Location } from '../../../src/schema/entry.ts';
import { makeEntry } from './make-entry.ts';

describe('toCountryName', () => {
  test.each([
    ['CN', 'China'],
    ['RU', 'Russia'],
    ['CH', 'Switzerland'],
    ['US', 'United States'],
    // world-countries' common names, not CLDR's "Myanmar (Burma)" or "Hong Kong SAR China".
    ['MM', 'Myanmar'],
    ['HK', 'Hong Kong'],
    ['ru', 'Russia'],
    // Not in world-countries: the platform's region names, then the code.
    ['XK', 'Kosovo'],
    ['ZZ', 'Unknown Region'],
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

describe('formatCoordinates', () => {
  test.each([
    [{ lat: 46.4312, lon: 6.9107 }, '46.43° N, 6.91° E'],
    [{ lat: -33.8688, lon: 151.2093 }, '33.87° S, 151.21° E'],
    [{ lat: 38.9072, lon: -77.0369 }, '38.91° N, 77.04° W'],
    [{ lat: 0, lon: 0 }, '0.00° N, 0.00° E'],
  ])('%j → %s', (coordinates, expected) => {
    expect(formatCoordinates(coordinates)).toBe(expected);
  });
});

describe('summarisePlaces', () => {
  const montreux = { city: 'Montreux', country: 'CH', place: 'montreux-ch', coordinates: { lat: 46.43, lon: 6.91 } };
  const meetings = groupIntoMeetings([
    makeEntry('a', { date: '2014-01-21', datePrecision: 'day', location: { ...montreux, venue: 'Palace Hotel' } }),
    makeEntry('a2', { date: '2014-01-21', datePrecision: 'day', meeting: 'a', location: montreux }),
    makeEntry('b', { date: '2016', datePrecision: 'year', location: { ...montreux, venue: 'Casino' } }),
    makeEntry('c', { location: { city: 'Beijing', country: 'CN', place: 'beijing-cn', venue: 'Great Hall of the People' } }),
    makeEntry('country-only', { location: { country: 'RU' } }),
    makeEntry('call'),
  ]);
  const places = summarisePlaces(meetings);

  test('one place per place id, alphabetical by city; places without a city id are not places', () => {
    expect(places.map((p) => p.slug)).toEqual(['beijing-cn', 'montreux-ch']);
  });

  test('meetings (not reports) newest first, venues alphabetical, country and coordinates', () => {
    const place = places[1];
    expect(place?.meetings.map((m) => m.id)).toEqual(['b', 'a']);
    expect(place?.venues).toEqual(['Casino', 'Palace Hotel']);
    expect(place).toMatchObject({ city: 'Montreux', country: 'CH', coordinates: { lat: 46.43, lon: 6.91 } });
    expect(places[0]).not.toHaveProperty('coordinates');
  });

  test('a meeting whose reports name two places is listed under both', () => {
    const two = summarisePlaces(
      groupIntoMeetings([
        makeEntry('m', { location: { city: 'Geneva', country: 'CH', place: 'geneva-ch' } }),
        makeEntry('m2', { meeting: 'm', location: { city: 'Montreux', country: 'CH', place: 'montreux-ch' } }),
      ]),
    );
    expect(two.map((p) => [p.slug, p.meetings.map((m) => m.id)])).toEqual([
      ['geneva-ch', ['m']],
      ['montreux-ch', ['m']],
    ]);
  });
});
