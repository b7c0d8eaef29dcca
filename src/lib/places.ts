/** Reader-facing names of countries and places, and the place pages' grouping. */
import countries from 'world-countries';
import type { Coordinates, Location } from '../schema/entry.ts';
import { compareText } from './collate.ts';
import type { Meeting } from './meetings.ts';

// `world-countries` names countries as news copy does ("Myanmar", "Hong Kong", "DR Congo"),
// where the platform's Intl names are CLDR's ("Myanmar (Burma)", "Hong Kong SAR China").
const COMMON_NAMES = new Map(countries.map((country) => [country.cca2, country.name.common]));
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/**
 * The English name of an ISO 3166-1 alpha-2 code (`RU` → `Russia`), from `world-countries`,
 * else the platform's region names (for codes such as `XK`), else the code itself.
 */
export function toCountryName(code: string): string {
  const upper = code.toUpperCase();
  return COMMON_NAMES.get(upper) ?? REGION_NAMES.of(upper) ?? upper;
}

/**
 * The place of an event as one line, most specific first
 * (`Diaoyutai State Guesthouse, Beijing, China`); `undefined` when nothing is known.
 * The occasion is not a place and is left to the caller.
 */
export function toPlaceLabel(location: Location | null): string | undefined {
  if (location === null) return undefined;
  const parts = [location.venue, location.city, location.country && toCountryName(location.country)];
  const known = parts.filter((part): part is string => part !== undefined && part !== '');
  return known.length > 0 ? known.join(', ') : undefined;
}

/** Coordinates as a reader writes them, to two decimals: `46.43° N, 6.91° E`. */
export function formatCoordinates({ lat, lon }: Coordinates): string {
  // Two decimals is about a kilometre: the gazetteer gives a city's centre, no finer.
  const part = (value: number, positive: string, negative: string) =>
    `${Math.abs(value).toFixed(2)}° ${value < 0 ? negative : positive}`;
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}

/** One place (a city) of the archive, as its page shows it. */
export interface PlaceSummary {
  /** The place id of the entries (`montreux-ch`); the page is `/places/<slug>/`. */
  slug: string;
  /** The city's name, as the first report held there gives it. */
  city: string;
  /** ISO code of the country the city is in, when known. */
  country?: string;
  /** Where the city lies, when the gazetteer knew. */
  coordinates?: Coordinates;
  /** Venues named at this place, alphabetical. */
  venues: string[];
  /** Meetings held there, newest first. */
  meetings: Meeting[];
}

/**
 * Every place a report locates a meeting in, alphabetical by city, each with its meetings in
 * the order of `meetings`. A meeting whose reports name two places is listed under both, so
 * every place a report's page links to has a page.
 */
export function summarisePlaces(meetings: readonly Meeting[]): PlaceSummary[] {
  const places = new Map<string, PlaceSummary>();
  for (const meeting of meetings) {
    const here = new Set<string>();
    for (const report of meeting.reports) {
      const location = report.location;
      if (location?.place === undefined) continue;
      let place = places.get(location.place);
      if (!place) {
        place = { slug: location.place, city: location.city ?? location.place, venues: [], meetings: [] };
        places.set(location.place, place);
      }
      if (place.country === undefined && location.country !== undefined) place.country = location.country;
      if (place.coordinates === undefined && location.coordinates !== undefined) place.coordinates = location.coordinates;
      if (location.venue !== undefined && !place.venues.includes(location.venue)) place.venues.push(location.venue);
      if (!here.has(location.place)) {
        here.add(location.place);
        place.meetings.push(meeting);
      }
    }
  }
  for (const place of places.values()) place.venues.sort(compareText);
  return [...places.values()].sort((a, b) => compareText(a.city, b.city) || compareText(a.slug, b.slug));
}
