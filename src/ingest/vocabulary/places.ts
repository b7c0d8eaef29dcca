/**
 * Places: the curated venues, place names and occasions of the registry
 * (`content/registry/places.yml`) in front of the GeoNames gazetteer (`gazetteer.ts`). The
 * curated list is for famous venues ("Great Hall of the People") and names news copy uses in a
 * sense the gazetteer's largest match does not have ("Bali"); the gazetteer does the rest.
 */
import type { Coordinates, Location } from '../../schema/entry.ts';
import type { PlaceName, Registry, Venue } from '../../schema/registry.ts';
import { slugify } from '../make-id.ts';
import { countryCode, countryForms, countryName } from './countries.ts';
import { byProminence, cityPoint, citiesNamed, countryPoint, findCity, type GazetteerCity } from './gazetteer.ts';

// The people stage asks the gazetteer through this module; the index itself lives in gazetteer.ts.
export { largestCityPopulation } from './gazetteer.ts';

/** A place the text named, resolved to a country. */
export interface PlaceMatch {
  /** The city as written in the text (`Montreux`, `St Petersburg`), or as the registry records it. */
  city?: string;
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
  /** The venue, when the name was a venue (`Great Hall of the People`). */
  venue?: string;
  /** Where the city lies, or, for a venue outside any city, the venue. */
  coordinates?: Coordinates;
  /** Set, alone, when the name fits towns of several countries and nothing decided between them. */
  ambiguous?: AmbiguousPlace;
}

/** A name that fits prominent towns in several countries (`Georgetown`). */
export interface AmbiguousPlace {
  /** The name as written. */
  name: string;
  /** One match per country, the likeliest (a capital, else the most populous) first. */
  candidates: PlaceMatch[];
}

/** The registry's places, compiled for matching. */
export interface PlaceBook {
  venues: { patterns: RegExp[]; venue: Venue }[];
  /** Curated names by `nameKey`. */
  names: Map<string, PlaceName>;
  occasions: { label: string; patterns: RegExp[] }[];
}

// One registry object serves a whole ingest run; compile its patterns once, not per bulletin.
const books = new WeakMap<Registry, PlaceBook>();

/** The registry's venues, names and occasions with their patterns compiled (once per registry). */
export function compilePlaces(registry: Registry): PlaceBook {
  const cached = books.get(registry);
  if (cached) return cached;
  const compile = (sources: string[]): RegExp[] => sources.map((source) => new RegExp(source, 'u'));
  const book: PlaceBook = {
    venues: registry.venues.map((venue) => ({ patterns: compile(venue.match), venue })),
    names: new Map(registry.placeNames.map((place) => [nameKey(place.name), place])),
    occasions: registry.occasions.map((occasion) => ({ label: occasion.label, patterns: compile(occasion.match) })),
  };
  books.set(registry, book);
  return book;
}

/** How curated names are looked up: lower case, single spaces. */
function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Capitalised words that are never places, though some are towns somewhere. */
const NOT_PLACES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'president', 'premier', 'minister',
  'chancellor', 'secretary', 'the', 'his', 'her', 'their', 'this', 'that', 'china', 'chinese', 'state', 'summit',
  'general', 'central', 'victoria', 'independence', 'union', 'liberty', 'progress', 'unity', 'friendship', 'peace',
  'concord', 'harmony', 'providence', 'mercedes', 'of', 'and', 'new', 'government', 'parliament', 'congress',
  'republic', 'kingdom', 'federation', 'people', 'peoples', 'national', 'capital', 'city', 'world', 'asia', 'europe', 'africa',
]);

/** Towns of at least this many inhabitants (or capitals) are the ones a bare name may mean. */
const PROMINENT_POPULATION = 15_000;
/**
 * A second country's town makes a name ambiguous when it is at least this share of the
 * likeliest town's size: half of a capital's (`Georgetown`: Guyana's capital, Penang's George
 * Town), a quarter of another town's (`Hyderabad`: India, Pakistan). London, Ontario, at a
 * twentieth of London's size, does not.
 */
const RIVAL_SHARE = { capital: 0.5, town: 0.25 };

/**
 * Resolves a place name to a city and country: a curated name first, then a country name,
 * then the gazetteer (a capital, or the most populous town of at least 15,000, preferring
 * the country the text names beside it). A name that fits prominent towns of several
 * countries, with no country hint to decide, comes back as `{ ambiguous }` alone.
 */
export function resolvePlace(name: string, book: PlaceBook, countryHint?: string): PlaceMatch | undefined {
  const written = name.trim();
  const key = nameKey(written);
  if (key === '' || NOT_PLACES.has(key)) return undefined;
  const curated = book.names.get(key);
  if (curated) return curatedMatch(curated, written, book);
  // Acronyms ("UN", "EU", "SCO") are organizations, not the towns that share their letters.
  if (/^[A-Z.]{1,5}$/.test(written) && countryCode(written) === undefined) return undefined;
  const country = countryCode(written);
  if (country !== undefined) {
    // City-states: "in Singapore" names the city as well as the country.
    const capital = citiesNamed(key).find((city) => city.featureCode === 'PPLC' && city.country === country);
    return capital ? cityMatch(written, capital) : { country };
  }
  const candidates = citiesNamed(key);
  const hinted = countryHint === undefined ? [] : candidates.filter((city) => city.country === countryHint);
  if (hinted.length > 0) return cityMatch(written, [...hinted].sort(byProminence)[0] as GazetteerCity);
  const pool = candidates.filter((city) => city.featureCode === 'PPLC' || city.population >= PROMINENT_POPULATION);
  const perCountry = new Map<string, GazetteerCity>();
  for (const city of [...pool].sort(byProminence)) if (!perCountry.has(city.country)) perCountry.set(city.country, city);
  const [likeliest, ...others] = perCountry.values();
  if (likeliest === undefined) return undefined;
  const share = likeliest.featureCode === 'PPLC' ? RIVAL_SHARE.capital : RIVAL_SHARE.town;
  if (!others.some((city) => city.population >= likeliest.population * share)) return cityMatch(written, likeliest);
  const rest = others.sort((a, b) => b.population - a.population);
  return { ambiguous: { name: written, candidates: [likeliest, ...rest].map((city) => cityMatch(written, city)) } };
}

function cityMatch(written: string, city: GazetteerCity): PlaceMatch {
  return { city: written, country: city.country, coordinates: cityPoint(city) };
}

function curatedMatch(curated: PlaceName, written: string, book: PlaceBook): PlaceMatch {
  const city = curated.city ?? written;
  const match: PlaceMatch = { city, country: curated.country };
  const coordinates = curated.coordinates ?? cityCoordinates(city, curated.country, book);
  if (coordinates !== undefined) match.coordinates = coordinates;
  return match;
}

/**
 * Where a city of a known country lies: the registry's coordinates for that name, else the
 * gazetteer's most prominent town of that name in that country.
 */
export function cityCoordinates(city: string, country: string, book: PlaceBook): Coordinates | undefined {
  const curated = book.names.get(nameKey(city));
  if (curated?.country === country && curated.coordinates !== undefined) return curated.coordinates;
  const found = findCity(city, country);
  return found ? cityPoint(found) : undefined;
}

/** The venue a text names, with where it stands (its city's point, or its own). */
export function findVenue(text: string, book: PlaceBook): PlaceMatch | undefined {
  const found = book.venues.find(({ patterns }) => patterns.some((pattern) => pattern.test(text)))?.venue;
  if (!found) return undefined;
  const match: PlaceMatch = { venue: found.name, country: found.country };
  if (found.city !== undefined) match.city = found.city;
  const coordinates = found.city === undefined ? found.coordinates : cityCoordinates(found.city, found.country, book);
  if (coordinates !== undefined) match.coordinates = coordinates;
  return match;
}

/**
 * The place's id: the city's ASCII slug and the country code (`montreux-ch`,
 * `saint-petersburg-ru`); `St`/`St.` is spelled out so that every spelling meets.
 */
export function placeId(city: string, country: string): string | undefined {
  const slug = slugify(city).replace(/^st-/, 'saint-');
  return slug === '' ? undefined : `${slug}-${country.toLowerCase()}`;
}

/** The registry's label for a gathering ("the 2016 G20 summit" → `G20 Summit`), else the text as written. */
export function occasionLabel(text: string, book: PlaceBook): string {
  return book.occasions.find(({ patterns }) => patterns.some((pattern) => pattern.test(text)))?.label ?? text;
}

/**
 * Settles an ambiguous name with the countries a text names: the one candidate whose
 * country (name or demonym) appears, if exactly one does.
 */
export function decideByText(ambiguous: AmbiguousPlace, text: string): PlaceMatch | undefined {
  const named = ambiguous.candidates.filter((candidate) => candidate.country !== undefined && namesCountry(text, candidate.country));
  return named.length === 1 ? named[0] : undefined;
}

/** Settles an ambiguous name with a country known otherwise (another place of the bulletin). */
export function decideByCountry(ambiguous: AmbiguousPlace, country: string | undefined): PlaceMatch | undefined {
  return country === undefined ? undefined : ambiguous.candidates.find((candidate) => candidate.country === country);
}

/** The editor's flag for a name left undecided: `ambiguous place "Georgetown": Guyana (GY), Malaysia (MY), ...`. */
export function ambiguityFlag(ambiguous: AmbiguousPlace): string {
  const countries = ambiguous.candidates
    .map((candidate) => candidate.country)
    .filter((code): code is string => code !== undefined)
    .map((code) => `${countryName(code) ?? code} (${code})`);
  return `ambiguous place "${ambiguous.name}": ${countries.join(', ')}`;
}

const countryPatterns = new Map<string, RegExp>();

/** Whether a text names a country, by any of its names or demonyms (`Guyana`, `Guyanese`). */
function namesCountry(text: string, code: string): boolean {
  let pattern = countryPatterns.get(code);
  if (pattern === undefined) {
    const forms = countryForms().filter((form) => countryCode(form) === code);
    // Short forms ("US", "UK", "UAE") count only in capitals, so the pronoun "us" names no country.
    const short = forms.filter((form) => form.length <= 3).map((form) => escape(form.toUpperCase()));
    const long = forms.filter((form) => form.length > 3).map(escape);
    const parts = [...(long.length > 0 ? [`(?i:${long.join('|')})`] : []), ...short];
    pattern = parts.length === 0 ? /(?!)/ : new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'u');
    countryPatterns.set(code, pattern);
  }
  return pattern.test(text);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Fills what an editor's location leaves out: the place id and the city's coordinates when it
 * names a city and a country, the country's centre when it names only a country. Values the
 * editor wrote are kept as written.
 */
export function completeLocation(location: Location, book: PlaceBook): Location {
  const done: Location = { ...location };
  if (done.city !== undefined && done.country !== undefined) {
    const id = placeId(done.city, done.country);
    if (done.place === undefined && id !== undefined) done.place = id;
    const point = cityCoordinates(done.city, done.country, book);
    if (done.coordinates === undefined && point !== undefined) done.coordinates = point;
  } else if (done.city === undefined && done.country !== undefined && done.coordinates === undefined) {
    const point = countryPoint(done.country);
    if (point !== undefined) done.coordinates = point;
  }
  return done;
}
