/**
 * Where it happened. Calls, video calls and written exchanges have no place. Otherwise the
 * lead sentence, the title, the opening paragraph and the captions are read in that order
 * for a venue ("at the Great Hall of the People"), a city ("in Montreux", "Tajikistan's
 * Dushanbe", "visits Berlin") or a country ("in Tanzania"). A dateline is where the story
 * was filed; it counts only when the text says the event happened "here".
 */
import type { Kind, Location } from '../schema/entry.ts';
import type { CleanDocument } from './clean-document.ts';
import { resolvePlace, VENUES, type PlaceMatch } from './vocabulary/places.ts';
import { countryName as countryNameFor } from './vocabulary/countries.ts';

const PLACELESS: ReadonlySet<Kind> = new Set(['phone-call', 'video-call', 'message-exchange']);

const NAME = "[A-Z][\\w'’.-]*(?:[ -](?:el-|El-|de |da |es )?[A-Z][\\w'’.-]*){0,3}";
/** "in Montreux", "in Kazan, Russia", "in Sharm El-Sheikh, Egypt", "left Beijing". */
const PLACE_AFTER = new RegExp(`\\b(?:in|at|to|left|visits|visited|visiting|arrived in|arrives in|reach(?:ed)?|outskirts of|outside|capital,?)\\s+(?:the\\s+)?(${NAME})(?:,\\s*(${NAME}))?`, 'g');
/** "the war in Ukraine": a place that is a topic of the talks, not where they were held. */
const TOPIC_BEFORE = /\b(?:war|crisis|situation|conflict|peace|stability|security|investments?|interests?|presence|affairs|issues?|elections?|developments?|events|operations?|troops|cooperation|people|tensions?|violence|reforms?|projects?)\s+(?:\w+\s+)?(?:in|to)\s+(?:the\s+)?$/i;
/** "Tajikistan’s Dushanbe", "Tanzania's economic capital Dar es Salaam". */
const POSSESSIVE_CITY = new RegExp(`\\b([A-Z][a-z]+)['’]s\\s+(?:(?:economic |political )?capital\\s+)?(${NAME})`, 'g');
const OCCASION = /\bon the (?:sidelines|margins|fringes) of (?:the )?(.+?)(?=,| in [A-Z]| at | on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\.|$)/i;

/** Finds where the event happened; null for calls and written exchanges or when unknown. */
export function parseLocation(doc: CleanDocument, kind: Kind): Location | null {
  if (PLACELESS.has(kind)) return null;
  let place: PlaceMatch | undefined;
  const filedFrom = doc.dateline ? resolvePlace(titleCase(doc.dateline.place)) : undefined;
  // "met here on Saturday", "said here": the dateline is the place, the text says so.
  if (/\bhere\b/.test(doc.lead) && filedFrom) place = filedFrom;
  // A statement happened where it was made, which only "here" tells.
  if (kind === 'statement') return toLocation(place, undefined);
  const texts = [doc.lead, doc.title ?? '', doc.paragraphs[0] ?? '', ...doc.captions.slice(0, 3)];
  place = mergeFound(place, texts.map(findPlace));
  // The dateline place, when the story names it (or its country) as where things happen.
  if (place?.city === undefined && filedFrom?.country !== undefined) {
    const body = doc.paragraphs.join(' ');
    const named = [filedFrom.city, countryNameFor(filedFrom.country)].filter((n): n is string => n !== undefined);
    if (named.some((name) => new RegExp(`\\b(?:in|to|at|visiting|visits|visited)\\s+${escape(name)}\\b`, 'i').test(body))) place = mergeFound(place, [filedFrom]);
  }
  // Still nothing: "here in New York" anywhere, a famous venue, then a city, further down.
  if (place === undefined) {
    const hereIn = new RegExp(`\\bhere in (${NAME})`).exec(doc.paragraphs.join(' '))?.[1];
    const venue = doc.paragraphs.slice(1).map(findPlace).find((found) => found?.venue !== undefined);
    place =
      (hereIn === undefined ? undefined : findPlace(`in ${hereIn}`)) ??
      venue ??
      mergeFound(undefined, doc.paragraphs.slice(1, 5).map(findPlace).filter((found) => found?.city !== undefined));
  }
  return toLocation(place, OCCASION.exec(doc.lead)?.[1]?.trim());
}

function mergeFound(start: PlaceMatch | undefined, found: (PlaceMatch | undefined)[]): PlaceMatch | undefined {
  let place = start;
  for (const candidate of found) {
    if (place?.city !== undefined) break;
    if (candidate && (place === undefined || (candidate.city !== undefined && (place.country === undefined || candidate.country === place.country)))) {
      place = { ...place, ...candidate };
    }
  }
  return place;
}

function toLocation(place: PlaceMatch | undefined, occasion: string | undefined): Location | null {
  const location: Location = {};
  if (place?.city !== undefined) location.city = place.city;
  if (place?.country !== undefined && place.country !== '') location.country = place.country;
  if (place?.venue !== undefined) location.venue = place.venue;
  if (occasion !== undefined && occasion.length <= 120) location.occasion = occasion;
  return Object.keys(location).length === 0 ? null : location;
}

/** The best place one sentence names: a city beats a venue's city beats a country. */
export function findPlace(text: string): PlaceMatch | undefined {
  if (text === '') return undefined;
  const venue = VENUES.find((candidate) => candidate.pattern.test(text));
  const places: PlaceMatch[] = [];
  for (const match of text.matchAll(PLACE_AFTER)) {
    const [, name = '', hint] = match;
    if (TOPIC_BEFORE.test(text.slice(0, match.index + match[0].indexOf(name)))) continue;
    const resolved = resolveLongestPrefix(name, hint);
    if (!resolved) continue;
    // "Shanghai and Beijing": two cities, so only the country is certain.
    const and = new RegExp(`^${escape(name)}\\s+and\\s+(${NAME})`).exec(text.slice(match.index + match[0].indexOf(name)));
    if (resolved.city !== undefined && and?.[1] !== undefined && resolveLongestPrefix(and[1], undefined)?.city !== undefined) {
      places.push({ country: resolved.country ?? '' });
      continue;
    }
    places.push(resolved);
  }
  for (const match of text.matchAll(POSSESSIVE_CITY)) {
    const owner = resolvePlace(match[1] ?? '');
    if (owner?.country === undefined || owner.city !== undefined) continue;
    const resolved = resolveLongestPrefix(match[2] ?? '', undefined);
    if (resolved?.city !== undefined) places.unshift(resolved);
  }
  const city = places.find((place) => place.city !== undefined);
  // A famous venue knows its city better than a town name elsewhere in the sentence.
  if (venue?.city !== undefined) return { city: venue.city, country: venue.country, venue: venue.venue };
  if (city) return venue ? { ...city, venue: venue.venue } : city;
  if (venue) {
    const fromVenue: PlaceMatch = { venue: venue.venue, country: venue.country };
    if (venue.city !== undefined) fromVenue.city = venue.city;
    return fromVenue;
  }
  return places.find((place) => place.country !== undefined && place.country !== '');
}

/** "Beijing Monday" is not a place but "Beijing" is: try the longest prefix that resolves. */
function resolveLongestPrefix(name: string, hint: string | undefined): PlaceMatch | undefined {
  const hintCode = hint === undefined ? undefined : resolvePlace(hint)?.country;
  const words = name.replace(/[.,]$/, '').split(' ');
  for (let length = words.length; length > 0; length--) {
    const candidate = words.slice(0, length).join(' ').replace(/['’]s$/, '');
    const resolved = resolvePlace(candidate, hintCode);
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
