import { describe, expect, test } from 'vitest';
import {
  getBaseMap,
  getCountryOutline,
  getMaxCount,
  MAP_WIDTH,
  MARK_RADIUS,
  projectPoint,
  radiusFor,
  toCompactPath,
  toMapMarks,
  toMapPlaces,
  type MapPlace,
} from '../../../src/lib/map.ts';
import { groupIntoMeetings } from '../../../src/lib/meetings.ts';
import { summarisePlaces } from '../../../src/lib/places.ts';
import { makeEntry } from './make-entry.ts';

const BEIJING = { lat: 39.9042, lon: 116.4074 };
const MOSCOW = { lat: 55.7558, lon: 37.6173 };
const NEW_YORK = { lat: 40.7128, lon: -74.006 };
const SYDNEY = { lat: -33.8688, lon: 151.2093 };
const GENEVA = { lat: 46.2044, lon: 6.1432 };

/** Every absolute point a compact path visits, by replaying its `M` and relative `l` steps. */
function replay(path: string): [number, number][] {
  const points: [number, number][] = [];
  for (const [, command, args] of path.matchAll(/([MlZ])([^MlZ]*)/g)) {
    const numbers = (args ?? '').match(/-?(?:\d+\.?\d*|\.\d+)/g)?.map(Number) ?? [];
    if (command === 'M') points.push([numbers[0] ?? NaN, numbers[1] ?? NaN]);
    if (command === 'l') {
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        const [x, y] = points.at(-1) ?? [0, 0];
        points.push([Math.round((x + (numbers[i] ?? 0)) * 10) / 10, Math.round((y + (numbers[i + 1] ?? 0)) * 10) / 10]);
      }
    }
  }
  return points;
}

describe('projectPoint', () => {
  test('places cities where a world map puts them', () => {
    const beijing = projectPoint(BEIJING);
    const moscow = projectPoint(MOSCOW);
    const newYork = projectPoint(NEW_YORK);
    const sydney = projectPoint(SYDNEY);
    if (!beijing || !moscow || !newYork || !sydney) throw new Error('a city could not be projected');
    // Beijing is east (right) of Moscow and south (lower) of it.
    expect(beijing.x).toBeGreaterThan(moscow.x);
    expect(beijing.y).toBeGreaterThan(moscow.y);
    // The Americas are on the left half, the Greenwich meridian near the middle.
    expect(newYork.x).toBeLessThan(MAP_WIDTH / 2);
    expect(Math.abs((projectPoint(GENEVA)?.x ?? 0) - MAP_WIDTH / 2)).toBeLessThan(MAP_WIDTH * 0.05);
    // The southern hemisphere is in the lower part of the map.
    expect(sydney.y).toBeGreaterThan(beijing.y);
  });

  test('every point of the world lands inside the viewBox, rounded to one decimal', () => {
    const { width, height } = getBaseMap();
    for (const lat of [-55, -30, 0, 30, 60, 83]) {
      for (const lon of [-180, -90, 0, 90, 179.9]) {
        const point = projectPoint({ lat, lon });
        expect(point).toBeDefined();
        if (!point) continue;
        expect(point.x).toBeGreaterThanOrEqual(0);
        expect(point.x).toBeLessThanOrEqual(width);
        expect(point.y).toBeGreaterThanOrEqual(0);
        expect(point.y).toBeLessThanOrEqual(height);
        expect(Math.round(point.x * 10) / 10).toBe(point.x);
        expect(Math.round(point.y * 10) / 10).toBe(point.y);
      }
    }
  });
});

describe('radiusFor', () => {
  test.each([
    [1, 1, MARK_RADIUS.min],
    [1, 100, MARK_RADIUS.min],
    [100, 100, MARK_RADIUS.max],
    // Past the scale's maximum the mark stays the largest.
    [400, 100, MARK_RADIUS.max],
    // sqrt(25) = 5 is 4/9 of the way from sqrt(1) to sqrt(100): 3 + 11 × 4/9 = 7.9.
    [25, 100, 7.9],
    [4, 4, MARK_RADIUS.max],
  ])('%i of at most %i → %f', (count, max, radius) => {
    expect(radiusFor(count, max)).toBe(radius);
  });

  test('grows with the count, by its square root', () => {
    const radii = [1, 2, 5, 10, 20, 50].map((count) => radiusFor(count, 50));
    expect(radii).toEqual([...radii].sort((a, b) => a - b));
    // Four times the meetings is less than four times the radius.
    expect(radiusFor(40, 50) - MARK_RADIUS.min).toBeLessThan(4 * (radiusFor(10, 50) - MARK_RADIUS.min));
  });
});

describe('toMapMarks', () => {
  const places: MapPlace[] = [
    { slug: 'geneva-ch', label: 'Geneva', count: 2, coordinates: GENEVA },
    { slug: 'beijing-cn', label: 'Beijing', count: 12, coordinates: BEIJING },
    { slug: 'moscow-ru', label: 'Moscow', count: 2, coordinates: MOSCOW },
    { slug: 'somewhere', label: 'Somewhere', count: 5 },
  ];

  test('one mark per place with coordinates, largest first, ties by name', () => {
    const marks = toMapMarks(places);
    expect(marks.map((m) => m.slug)).toEqual(['beijing-cn', 'geneva-ch', 'moscow-ru']);
    expect(marks[0]).toMatchObject({ label: 'Beijing', count: 12, r: MARK_RADIUS.max, ...projectPoint(BEIJING) });
  });

  test('a given maximum sets the scale', () => {
    const [beijing] = toMapMarks(places, 48);
    expect(beijing?.r).toBe(radiusFor(12, 48));
    expect(beijing?.r).toBeLessThan(MARK_RADIUS.max);
  });
});

describe('toMapPlaces', () => {
  test('counts meetings, not reports', () => {
    const location = { city: 'Montreux', country: 'CH', place: 'montreux-ch', coordinates: { lat: 46.433, lon: 6.9114 } };
    const meetings = groupIntoMeetings([
      makeEntry('a', { location }),
      makeEntry('b', { meeting: 'a', location }),
      makeEntry('c', { location }),
    ]);
    const mapPlaces = toMapPlaces(summarisePlaces(meetings));
    expect(mapPlaces).toEqual([{ slug: 'montreux-ch', label: 'Montreux', count: 2, coordinates: location.coordinates }]);
    expect(getMaxCount(mapPlaces)).toBe(2);
    expect(getMaxCount([])).toBe(1);
  });
});

describe('toCompactPath', () => {
  test.each([
    ['M10,20L10.5,20.3L9,20Z', 'M10,20l.5.3-1.5-.3Z'],
    // Steps that round to nothing are dropped; a ring of one point closes at once.
    ['M1.5,2L1.5,2L2.5,2Z', 'M1.5,2l1 0Z'],
    ['M1,1L1,1Z', 'M1,1Z'],
    ['M0,0L-0.5,0L-0.5,-1Z', 'M0,0l-.5 0 0-1Z'],
  ])('%s → %s', (input, output) => {
    expect(toCompactPath(input)).toBe(output);
  });
});

describe('getBaseMap', () => {
  test('is computed once, deterministic and small', () => {
    const map = getBaseMap();
    expect(getBaseMap()).toBe(map);
    expect(map.width).toBe(MAP_WIDTH);
    // Natural Earth without Antarctica is about twice as wide as it is high.
    expect(map.height).toBeGreaterThan(400);
    expect(map.height).toBeLessThan(480);
    expect(map.land).toMatch(/^M[\d.]+,[\d.]+l/);
    // Land and borders together, as every page with a map carries them.
    expect(map.land.length + map.borders.length).toBeLessThan(60_000);
  });

  test('the land path stays inside the viewBox', () => {
    const { land, width, height } = getBaseMap();
    const points = replay(land);
    expect(points.length).toBeGreaterThan(1000);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
  });
});

describe('getCountryOutline', () => {
  test('outlines a country by its alpha-2 code, around its capital', () => {
    const china = getCountryOutline('CN');
    expect(china).toMatch(/^M/);
    const points = replay(china ?? '');
    const beijing = projectPoint(BEIJING);
    if (!beijing) throw new Error('Beijing could not be projected');
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    expect(Math.min(...xs)).toBeLessThan(beijing.x);
    expect(Math.max(...xs)).toBeGreaterThan(beijing.x);
    expect(Math.min(...ys)).toBeLessThan(beijing.y);
    expect(Math.max(...ys)).toBeGreaterThan(beijing.y);
    expect(getCountryOutline('cn')).toBe(china);
  });

  test('nothing for a state too small for the 1:110m atlas or an unknown code', () => {
    expect(getCountryOutline('SG')).toBeUndefined();
    expect(getCountryOutline('ZZ')).toBeUndefined();
  });
});
