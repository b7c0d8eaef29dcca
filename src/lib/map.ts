/**
 * The geometry of the archive's world map: a fixed-width SVG coordinate system, the land and
 * country borders as path strings, and one mark per place. Pure: the outlines come from the
 * `world-atlas` package at build time, so the built map fetches nothing (no tile server).
 */
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import worldCountries from 'world-countries';
import type { Coordinates } from '../schema/entry.ts';
import type { PlaceSummary } from './places.ts';

/** Width of the map's `viewBox`; the SVG scales to its container, this only fixes the units. */
export const MAP_WIDTH = 960;

/** Margin inside the `viewBox`, so the largest mark on a coast is not cut by the edge. */
const PADDING = 14;

/** Smallest and largest radius of a mark, in `viewBox` units. */
export const MARK_RADIUS = { min: 3, max: 14 } as const;

// ISO 3166-1 numeric code of Antarctica, the `id` world-atlas gives its geometry. No meeting is
// held there and, near the pole, Natural Earth draws it as a band across the whole width: left
// out, the map is a fifth shorter and the inhabited world larger at the same width.
const ANTARCTICA = '010';

type CountryObjects = { countries: GeometryCollection; land: GeometryCollection };

/** The base map: what every page's map shares. */
export interface BaseMap {
  /** Width of the `viewBox` ({@link MAP_WIDTH}). */
  width: number;
  /** Height of the `viewBox`, from the projection fitted to the width. */
  height: number;
  /** One path of all land but Antarctica, country shapes merged (no inner lines). */
  land: string;
  /** Borders between countries, as one stroke-only path. */
  borders: string;
}

interface Geometry {
  projection: GeoProjection;
  map: BaseMap;
}

let cached: Geometry | undefined;

/** A number of tenths as SVG path data writes it shortest: `-5` → `-.5`, `16` → `1.6`, `20` → `2`. */
function formatTenths(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const fraction = abs % 10;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${fraction}`;
}

/**
 * Rewrites a path of absolute `M`/`L`/`Z` commands (d3-geo's output, one decimal) in relative
 * form, the way SVG minifiers do: each ring is `M x,y` then one `l` with the steps between
 * points, numbers written shortest and joined without a separator where the grammar allows
 * (before a minus sign, or a second decimal point), and steps that round to nothing dropped.
 * Coordinates are exact: steps are taken between the rounded points, in whole tenths.
 * The base map's two paths shrink to about half, which every page with a map carries.
 */
export function toCompactPath(path: string): string {
  const out: string[] = [];
  let last = '';
  // Appends one number, with a separator only where the path grammar needs one
  // (https://www.w3.org/TR/SVG2/paths.html#PathDataBNF).
  const push = (text: string) => {
    const needsSpace = last !== '' && !text.startsWith('-') && !(text.startsWith('.') && last.includes('.'));
    out.push(needsSpace ? ` ${text}` : text);
    last = text;
  };
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out.push('Z');
      last = '';
      continue;
    }
    const [px = 0, py = 0] = (args ?? '').split(',').map((n) => Math.round(Number(n) * 10));
    if (command === 'M') {
      out.push('M');
      last = '';
      push(formatTenths(px));
      out.push(',');
      last = '';
      push(formatTenths(py));
      out.push('l');
      last = '';
    } else {
      if (px === x && py === y) continue;
      push(formatTenths(px - x));
      push(formatTenths(py - y));
    }
    x = px;
    y = py;
  }
  // A ring whose every step rounded to nothing leaves an empty `l`, which is not valid path data.
  return out.join('').replace(/lZ/g, 'Z');
}

/**
 * The projection and base map, computed on first use and then reused: a build renders the
 * map on hundreds of pages, and the outlines are the same on each.
 */
function getGeometry(): Geometry {
  if (cached) return cached;
  // The JSON's inferred type is its literal shape; the TopoJSON specification types it properly.
  const topology = countries110m as unknown as Topology<CountryObjects>;
  const inhabited = topology.objects.countries.geometries.filter((g) => g.id !== ANTARCTICA);
  const landShape = merge(topology, inhabited as Parameters<typeof merge>[1]);
  const landFeature = { type: 'Feature', properties: {}, geometry: landShape } as const;
  // Natural Earth: a compromise projection that keeps both the shapes and the sizes of the
  // continents recognisable on a world map, where Mercator swells the north.
  const projection = geoNaturalEarth1();
  projection.fitWidth(MAP_WIDTH - 2 * PADDING, landFeature);
  const [[, top], [, bottom]] = geoPath(projection).bounds(landFeature);
  const height = Math.ceil(bottom - top) + 2 * PADDING;
  projection.fitExtent(
    [
      [PADDING, PADDING],
      [MAP_WIDTH - PADDING, height - PADDING],
    ],
    landFeature,
  );
  // A tenth of a unit of a 960-wide map is far below a pixel at any width a page shows it,
  // and one decimal about halves the path strings against d3's default of three.
  const path = geoPath(projection).digits(1);
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b && a.id !== ANTARCTICA && b.id !== ANTARCTICA);
  cached = {
    projection,
    map: { width: MAP_WIDTH, height, land: toCompactPath(path(landFeature) ?? ''), borders: toCompactPath(path(borders) ?? '') },
  };
  return cached;
}

/** The base map (land and borders in a fixed `viewBox`), computed once per build. */
export function getBaseMap(): BaseMap {
  return getGeometry().map;
}

// world-atlas keys countries by ISO 3166-1 numeric code (`"156"`), the archive by alpha-2 (`CN`).
const NUMERIC_CODES = new Map(worldCountries.map((country) => [country.cca2, country.ccn3]));

/**
 * The outline of one country (ISO 3166-1 alpha-2 code, `CN`), for highlighting it;
 * `undefined` when the 1:110m atlas has no shape for it (small states such as Singapore or
 * Monaco) or the code is unknown.
 */
export function getCountryOutline(code: string): string | undefined {
  const numericCode = NUMERIC_CODES.get(code.toUpperCase());
  if (numericCode === undefined || numericCode === '') return undefined;
  const { projection } = getGeometry();
  const topology = countries110m as unknown as Topology<CountryObjects>;
  const geometry = topology.objects.countries.geometries.find((g) => g.id === numericCode);
  if (geometry === undefined) return undefined;
  const shape = feature(topology, geometry) as GeoPermissibleObjects;
  const outline = toCompactPath(geoPath(projection).digits(1)(shape) ?? '');
  return outline === '' ? undefined : outline;
}

/**
 * Where a point lies on the map, in `viewBox` units rounded to one decimal; `undefined` for a
 * point the projection cannot place (an invalid coordinate).
 */
export function projectPoint({ lat, lon }: Coordinates): { x: number; y: number } | undefined {
  const point = getGeometry().projection([lon, lat]);
  if (point === null || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return undefined;
  return { x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 };
}

/**
 * The radius of a mark for `count` meetings when the busiest place has `maxCount`: the square
 * root of the count mapped linearly onto [3, 14], so a mark's area, not its width, grows with
 * the count (one meeting is the smallest mark, `maxCount` the largest).
 */
export function radiusFor(count: number, maxCount: number): number {
  const { min, max } = MARK_RADIUS;
  if (maxCount <= 1 || count <= 1) return min;
  const share = (Math.sqrt(Math.min(count, maxCount)) - 1) / (Math.sqrt(maxCount) - 1);
  return Math.round((min + (max - min) * share) * 10) / 10;
}

/** A place to mark: what a page knows about it. */
export interface MapPlace {
  /** The place id; the mark links to `/places/<slug>/`. */
  slug: string;
  /** The name the mark's tooltip and the text list show (`Beijing`). */
  label: string;
  /** Meetings held there (counted per meeting, not per report). */
  count: number;
  /** Where it lies; a place without coordinates gets no mark. */
  coordinates?: Coordinates | undefined;
}

/** One circle of the map. */
export interface MapMark {
  /** The place id. */
  slug: string;
  /** The place's name. */
  label: string;
  /** Meetings held there. */
  count: number;
  /** Centre, in `viewBox` units. */
  x: number;
  /** Centre, in `viewBox` units. */
  y: number;
  /** Radius, in `viewBox` units, within {@link MARK_RADIUS}. */
  r: number;
}

/**
 * The marks of `places`: one per place with coordinates (places known only by their country
 * are not marked: a dot at a country's centre would claim a city the reports do not name),
 * largest first so that, drawn in order, the small marks lie on top and stay clickable; ties
 * by name. `maxCount` sets the scale (default: the largest count among `places`), so pages
 * that pass the whole archive's maximum draw a count the same size everywhere.
 */
export function toMapMarks(places: readonly MapPlace[], maxCount?: number): MapMark[] {
  const scale = maxCount ?? getMaxCount(places);
  const marks: MapMark[] = [];
  for (const place of places) {
    if (place.coordinates === undefined || place.count < 1) continue;
    const point = projectPoint(place.coordinates);
    if (point === undefined) continue;
    marks.push({ slug: place.slug, label: place.label, count: place.count, ...point, r: radiusFor(place.count, scale) });
  }
  return marks.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en') || a.slug.localeCompare(b.slug, 'en'));
}

/**
 * Places as the map marks them: each city with its meetings counted (a meeting of several
 * reports counts once, as `summarisePlaces` groups them).
 */
export function toMapPlaces(places: readonly PlaceSummary[]): MapPlace[] {
  return places.map((place) => ({ slug: place.slug, label: place.city, count: place.meetings.length, coordinates: place.coordinates }));
}

/** The largest meeting count among `places` (at least 1), the scale of a map's marks. */
export function getMaxCount(places: readonly MapPlace[]): number {
  return Math.max(1, ...places.map((place) => place.count));
}
