/**
 * Where it happened. Calls, video calls and written exchanges have no place. Otherwise the
 * lead sentence, the title, the opening paragraph and the captions are read in that order
 * for a venue ("at the Great Hall of the People"), a city ("in Montreux", "Tajikistan's
 * Dushanbe", "visits Berlin") or a country ("in Tanzania"). A dateline is where the story
 * was filed; it counts only when the text says the event happened "here".
 *
 * Every place found gets its id (`montreux-ch`) and coordinates: the city's, else the
 * venue's, else the country's centre. A name that fits towns of several countries is decided
 * by the countries the sentence, then the bulletin, names; failing that it is left out and
 * flagged for an editor.
 */
import type { Kind, Location } from '../schema/entry.ts';
import type { Registry } from '../schema/registry.ts';
import type { CleanDocument } from './clean-document.ts';
import {
  ambiguityFlag,
  compilePlaces,
  decideByCountry,
  decideByText,
  findVenue,
  occasionLabel,
  placeId,
  resolvePlace,
  type AmbiguousPlace,
  type PlaceBook,
  type PlaceMatch,
} from './vocabulary/places.ts';
import { countryPoint } from './vocabulary/gazetteer.ts';
import { countryName as countryNameFor } from './vocabulary/countries.ts';

const PLACELESS: ReadonlySet<Kind> = new Set(['phone-call', 'video-call', 'message-exchange']);

// Letters of any script, so "São Paulo" and "Brasília" are read whole (the patterns using it carry the "u" flag).
const NAME = "\\p{Lu}[\\p{L}\\p{N}'’.-]*(?:[ -](?:el-|El-|de |da |es )?\\p{Lu}[\\p{L}\\p{N}'’.-]*){0,3}";
/** "in Montreux", "in Kazan, Russia", "in Sharm El-Sheikh, Egypt", "left Beijing". */
const PLACE_AFTER = new RegExp(`\\b(?:in|at|to|left|visits|visited|visiting|arrived in|arrives in|reach(?:ed)?|outskirts of|outside|capital,?)\\s+(?:the\\s+)?(${NAME})(?:,\\s*(${NAME}))?`, 'gu');
/** "the war in Ukraine": a place that is a topic of the talks, not where they were held. */
/** How many characters before a place `TOPIC_BEFORE` reads: the phrase is a few words long. */
const TOPIC_WINDOW = 200;
const TOPIC_BEFORE = /\b(?:war|crisis|situation|conflict|peace|stability|security|investments?|interests?|presence|affairs|issues?|elections?|developments?|events|operations?|troops|cooperation|people|tensions?|violence|reforms?|projects?)\s+(?:\w+\s+)?(?:in|to)\s+(?:the\s+)?$/i;
/** "Tajikistan’s Dushanbe", "Tanzania's economic capital Dar es Salaam". */
const POSSESSIVE_CITY = new RegExp(`\\b([A-Z][a-z]+)['’]s\\s+(?:(?:economic |political )?capital\\s+)?(${NAME})`, 'gu');
const OCCASION = /\bon the (?:sidelines|margins|fringes) of (?:the )?(.+?)(?=,| in [A-Z]| at | on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\.|$)/i;

/** Where the event happened (null for calls and written exchanges or when unknown), and flags for an editor. */
export function parseLocation(doc: CleanDocument, kind: Kind, registry: Registry): { location: Location | null; flags: string[] } {
  if (PLACELESS.has(kind)) return { location: null, flags: [] };
  const book = compilePlaces(registry);
  const whole = [doc.title ?? '', ...doc.paragraphs, ...doc.captions].join('\n');
  let undecided: AmbiguousPlace | undefined;
  // A name no sentence could decide may still be decided by the countries the whole bulletin names.
  const settle = (found: PlaceMatch | undefined): PlaceMatch | undefined => {
    if (found?.ambiguous === undefined) return found;
    const decided = decideByText(found.ambiguous, whole);
    if (decided === undefined) undecided ??= found.ambiguous;
    return decided;
  };

  let place: PlaceMatch | undefined;
  const dateline = doc.dateline ? resolvePlace(titleCase(doc.dateline.place), book) : undefined;
  // "met here on Saturday", "said here": the dateline is the place, the text says so.
  const here = /\bhere\b/.test(doc.lead);
  // An undecided dateline matters (and is flagged) only when it is the place.
  const filedFrom = here ? settle(dateline) : dateline?.ambiguous === undefined ? dateline : decideByText(dateline.ambiguous, whole);
  if (here && filedFrom) place = filedFrom;
  // A statement happened where it was made, which only "here" tells.
  if (kind === 'statement') return finish(place, undefined, undecided);
  const texts = [doc.lead, doc.title ?? '', doc.paragraphs[0] ?? '', ...doc.captions.slice(0, 3)];
  place = mergeFound(place, texts.map((text) => settle(findPlace(text, book))));
  // The dateline place, when the story names it (or its country) as where things happen.
  if (place?.city === undefined && filedFrom?.country !== undefined) {
    const body = doc.paragraphs.join(' ');
    const named = [filedFrom.city, countryNameFor(filedFrom.country)].filter((n): n is string => n !== undefined);
    if (named.some((name) => new RegExp(`\\b(?:in|to|at|visiting|visits|visited)\\s+${escape(name)}\\b`, 'i').test(body))) place = mergeFound(place, [filedFrom]);
  }
  // Still nothing: "here in New York" anywhere, a famous venue, then a city, further down.
  if (place === undefined) {
    const hereIn = new RegExp(`\\bhere in (${NAME})`, 'u').exec(doc.paragraphs.join(' '))?.[1];
    const venue = doc.paragraphs.slice(1).map((text) => findPlace(text, book)).find((found) => found?.venue !== undefined);
    place =
      (hereIn === undefined ? undefined : settle(findPlace(`in ${hereIn}`, book))) ??
      venue ??
      mergeFound(undefined, doc.paragraphs.slice(1, 5).map((text) => settle(findPlace(text, book))).filter((found) => found?.city !== undefined));
  }
  const occasion = OCCASION.exec(doc.lead)?.[1]?.trim();
  return finish(place, occasion === undefined ? undefined : occasionLabel(occasion, book), undecided);
}

function mergeFound(start: PlaceMatch | undefined, found: (PlaceMatch | undefined)[]): PlaceMatch | undefined {
  let place = start;
  for (const candidate of found) {
    if (place?.city !== undefined) break;
    if (candidate && (place === undefined || (candidate.city !== undefined && (place.country === undefined || candidate.country === place.country)))) {
      const merged: PlaceMatch = { ...place, ...candidate };
      // A venue's own point belongs to the venue, not to a city found beside it.
      if (candidate.city !== undefined && candidate.coordinates === undefined) delete merged.coordinates;
      place = merged;
    }
  }
  return place;
}

/** The location to record, with its id and coordinates; an undecided name is settled by the country found, else flagged. */
function finish(
  found: PlaceMatch | undefined,
  occasion: string | undefined,
  undecided: AmbiguousPlace | undefined,
): { location: Location | null; flags: string[] } {
  let place = found;
  const flags: string[] = [];
  if (place?.city === undefined && undecided !== undefined) {
    const decided = decideByCountry(undecided, place?.country);
    if (decided) place = { ...place, ...decided };
    else flags.push(ambiguityFlag(undecided));
  }
  return { location: toLocation(place, occasion), flags };
}

function toLocation(place: PlaceMatch | undefined, occasion: string | undefined): Location | null {
  const location: Location = {};
  if (place?.city !== undefined) location.city = place.city;
  if (place?.country !== undefined && place.country !== '') location.country = place.country;
  if (place?.venue !== undefined) location.venue = place.venue;
  if (occasion !== undefined && occasion.length <= 120) location.occasion = occasion;
  if (location.city !== undefined && location.country !== undefined) {
    const id = placeId(location.city, location.country);
    if (id !== undefined) location.place = id;
  }
  const coordinates = place?.coordinates ?? (location.city === undefined && location.country !== undefined ? countryPoint(location.country) : undefined);
  if (coordinates !== undefined) location.coordinates = coordinates;
  return Object.keys(location).length === 0 ? null : location;
}

/** The best place one sentence names: a city beats a venue's city beats a country. */
export function findPlace(text: string, book: PlaceBook): PlaceMatch | undefined {
  if (text === '') return undefined;
  const venue = findVenue(text, book);
  const places: PlaceMatch[] = [];
  for (const match of text.matchAll(PLACE_AFTER)) {
    const [, name = '', hint] = match;
    const at = match.index + match[0].indexOf(name);
    // Only the words just before the place matter; testing the whole prefix for every place
    // made a long paragraph quadratic.
    if (TOPIC_BEFORE.test(text.slice(Math.max(0, at - TOPIC_WINDOW), at))) continue;
    const found = resolveLongestPrefix(name, hint, book);
    // "Georgetown" fits towns of several countries: the country the sentence names decides.
    const resolved = found?.ambiguous === undefined ? found : (decideByText(found.ambiguous, text) ?? found);
    if (!resolved) continue;
    // "Shanghai and Beijing": two cities, so only the country is certain.
    const and = new RegExp(`^${escape(name)}\\s+and\\s+(${NAME})`, 'u').exec(text.slice(match.index + match[0].indexOf(name)));
    if (resolved.city !== undefined && and?.[1] !== undefined && resolveLongestPrefix(and[1], undefined, book)?.city !== undefined) {
      places.push({ country: resolved.country ?? '' });
      continue;
    }
    places.push(resolved);
  }
  for (const match of text.matchAll(POSSESSIVE_CITY)) {
    const owner = resolvePlace(match[1] ?? '', book);
    if (owner?.country === undefined || owner.city !== undefined) continue;
    const found = resolveLongestPrefix(match[2] ?? '', undefined, book);
    // "Malaysia's Georgetown": the owner decides a name that fits several countries.
    const resolved = found?.ambiguous === undefined ? found : decideByCountry(found.ambiguous, owner.country);
    if (resolved?.city !== undefined) places.unshift(resolved);
  }
  const city = places.find((place) => place.city !== undefined);
  // A famous venue knows its city better than a town name elsewhere in the sentence.
  if (venue?.city !== undefined) return venue;
  if (city) return venue?.venue !== undefined ? { ...city, venue: venue.venue } : city;
  if (venue) return venue;
  return places.find((place) => place.country !== undefined && place.country !== '') ?? places.find((place) => place.ambiguous !== undefined);
}

/** "Beijing Monday" is not a place but "Beijing" is: try the longest prefix that resolves. */
function resolveLongestPrefix(name: string, hint: string | undefined, book: PlaceBook): PlaceMatch | undefined {
  const hintCode = hint === undefined ? undefined : resolvePlace(hint, book)?.country;
  const words = name.replace(/[.,]$/, '').split(' ');
  for (let length = words.length; length > 0; length--) {
    const candidate = words.slice(0, length).join(' ').replace(/['’]s$/, '');
    const resolved = resolvePlace(candidate, book, hintCode);
    if (resolved) {
      if (resolved.city !== undefined && hintCode !== undefined && resolved.country !== hintCode) continue;
      return resolved;
    }
  }
  return undefined;
}

function titleCase(place: string): string {
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
