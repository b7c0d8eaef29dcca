/**
 * schema.org metadata of a meeting page as JSON-LD: the meeting as an `Event`, the report
 * as a `NewsArticle` about it. Pure: every URL comes in absolute, so the output depends on
 * the entry and the site's address only.
 */
import type { DatePrecision, Location, Participant } from '../schema/entry.ts';
import { toDatetimeAttribute } from './dates.ts';

/** A JSON value, as `JSON.stringify` writes it. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * A value serialised for the inside of `<script type="application/ld+json">`. The HTML
 * parser ends a script at the first `</script` whatever the JSON means, and `<!--` changes
 * how it reads on, so every `<`, `>` and `&` is written as a JSON escape (`\u003c`), which
 * parses back to the same string. U+2028 and U+2029 are escaped too: older JavaScript
 * parsers read them as line ends inside strings.
 */
export function toJsonLdScript(value: Json): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A participant as the page shows them, with where their page is. */
export interface JsonLdPerson extends Participant {
  /** The person's absolute page URL, when they have a page. */
  url?: string | undefined;
  /** The country's English name (`Russia`), for `nationality`. */
  countryName?: string | undefined;
}

/** What the JSON-LD of one report page is made from. */
export interface MeetingJsonLdSource {
  /** The report's absolute permalink: the article's `url` and `@id` base. */
  permalink: string;
  /** The absolute permalink of the meeting's main report: the event's `@id` base, shared by every report of it. */
  meetingPermalink: string;
  /** The report's title: the article headline. */
  title: string;
  /** The meeting's title (its main report's): the event's name. */
  meetingTitle: string;
  /** The first paragraph, trimmed: the description of both. */
  description?: string | undefined;
  /** The meeting's date and its precision, when known. */
  date?: string | undefined;
  datePrecision?: DatePrecision | undefined;
  /** The bulletin's own publication date (`YYYY-MM-DD`), when known. */
  published?: string | undefined;
  /** The meeting's place, or `null`. */
  location: Location | null;
  /** The country's name for the place's country code. */
  locationCountryName?: string | undefined;
  /** Every participant of the meeting. */
  participants: readonly JsonLdPerson[];
  /** The agency that issued the bulletin, when known. */
  publisher?: string | undefined;
  /** The bulletin's original address, when known. */
  sourceUrl?: string | undefined;
  /** Topic labels, for `keywords`. */
  keywords: readonly string[];
  /** The archive's name and home URL, publishing the page itself. */
  siteName: string;
  siteUrl: string;
}

/** A Place for the event's location, or `undefined` when the report names no place. */
function toPlace(location: Location | null, countryName: string | undefined): Json | undefined {
  if (location === null) return undefined;
  const name = [location.venue, location.city, countryName].filter((part) => part !== undefined).join(', ');
  if (name === '') return undefined;
  const place: { [key: string]: Json } = { '@type': 'Place', name };
  const address: { [key: string]: Json } = { '@type': 'PostalAddress' };
  if (location.city !== undefined) address['addressLocality'] = location.city;
  if (location.country !== undefined) address['addressCountry'] = location.country;
  if (Object.keys(address).length > 1) place['address'] = address;
  if (location.coordinates !== undefined) {
    place['geo'] = { '@type': 'GeoCoordinates', latitude: location.coordinates.lat, longitude: location.coordinates.lon };
  }
  return place;
}

/** A participant as a schema.org Person: name, office as `jobTitle`, country as `nationality`, page as `url`. */
function toPerson(person: JsonLdPerson): Json {
  const out: { [key: string]: Json } = { '@type': 'Person', name: person.name };
  if (person.role !== undefined) out['jobTitle'] = person.role;
  if (person.countryName !== undefined) out['nationality'] = { '@type': 'Country', name: person.countryName };
  if (person.url !== undefined) out['url'] = person.url;
  return out;
}

/**
 * The page's JSON-LD: a `@graph` of the `Event` (the meeting, `@id` `<main report>#event`,
 * so every report of one meeting describes the same event) and the `NewsArticle` (this
 * report, `about` the event). Dates keep their precision (`2014-01` is valid ISO 8601);
 * nothing unknown is filled in: no place for a call, no `datePublished` without a
 * publication date, no publisher without a named agency.
 */
export function toMeetingJsonLd(source: MeetingJsonLdSource): Json {
  const eventId = `${source.meetingPermalink}#event`;
  const event: { [key: string]: Json } = {
    '@type': 'Event',
    '@id': eventId,
    name: source.meetingTitle,
    url: source.meetingPermalink,
    // schema.org has no "took place": EventScheduled is its word for an event that went ahead as planned.
    eventStatus: 'https://schema.org/EventScheduled',
  };
  if (source.date !== undefined && source.datePrecision !== undefined) {
    event['startDate'] = toDatetimeAttribute(source.date, source.datePrecision);
  }
  const place = toPlace(source.location, source.locationCountryName);
  if (place !== undefined) event['location'] = place;
  if (source.participants.length > 0) event['attendee'] = source.participants.map(toPerson);
  if (source.description !== undefined) event['description'] = source.description;

  const article: { [key: string]: Json } = {
    '@type': 'NewsArticle',
    '@id': `${source.permalink}#report`,
    headline: source.title,
    url: source.permalink,
    mainEntityOfPage: source.permalink,
    inLanguage: 'en',
    about: { '@id': eventId },
    isPartOf: { '@type': 'WebSite', name: source.siteName, url: source.siteUrl },
  };
  if (source.description !== undefined) article['description'] = source.description;
  if (source.published !== undefined) article['datePublished'] = source.published;
  if (source.publisher !== undefined) {
    const organization: Json = { '@type': 'Organization', name: source.publisher };
    article['publisher'] = organization;
    article['author'] = organization;
  }
  if (source.sourceUrl !== undefined) article['isBasedOn'] = source.sourceUrl;
  if (source.keywords.length > 0) article['keywords'] = [...source.keywords];
  return { '@context': 'https://schema.org', '@graph': [event, article] };
}
