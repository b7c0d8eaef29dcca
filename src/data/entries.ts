/**
 * The site's access to the archive: the only module that calls `getCollection`. It loads
 * and orders the entries once per build, groups them into meetings, and derives the
 * people, places, countries and topics the browsing pages show; pages ask here instead of
 * querying themselves.
 *
 * Anything a page would find by scanning every meeting (its neighbours in time, its related
 * meetings, a person's or a country's meetings) is computed here once for all pages and looked
 * up by id: a scan per page makes the build quadratic in the size of the archive
 * (docs/performance.md).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byMeetingDate, getAllNeighbours } from '../lib/chronology.ts';
import { getCountryView, indexMeetingsByCountry, summariseCountries, type CountrySummary, type CountryView } from '../lib/countries.ts';
import { sortNewestFirst, splitDated } from '../lib/entry-order.ts';
import { getMaxCount, toMapPlaces } from '../lib/map.ts';
import { groupIntoMeetings, indexMeetingsByReport, type Meeting } from '../lib/meetings.ts';
import { countCounterparts, indexPersonMeetings, summarisePeople, type Counterpart, type PersonMeetings, type PersonSummary } from '../lib/people.ts';
import { summarisePlaces, type PlaceSummary } from '../lib/places.ts';
import { getAllRelated } from '../lib/related.ts';
import { summariseTerms, type TermSummary } from '../lib/topics.ts';
import { getRegistry } from './registry.ts';

/** One archive entry (one report) as the content collection holds it: `id`, `data` and `filePath`; the body is read from that file (src/data/entry-body.ts). */
export type MeetingEntry = CollectionEntry<'meetings'>;

const byData = (entry: MeetingEntry) => entry.data;

/**
 * `load` once per build. A build reads the content once, so every page shares one value;
 * the dev server must see edits, so it loads afresh on each request.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (!import.meta.env.PROD) return load();
    cached ??= load();
    return cached;
  };
}

/** Every entry (every report), newest first, undated last (see src/lib/entry-order.ts). */
export const getAllEntries = once(() => getCollection('meetings').then((entries) => sortNewestFirst(entries, byData)));

/** Every entry by id. */
export const getEntriesById = once(async () => new Map<string, MeetingEntry>((await getAllEntries()).map((entry) => [entry.id, entry])));

/** Every meeting (reports sharing a `meeting` id merged), newest first, undated last. */
export const getAllMeetings = once(async () => groupIntoMeetings((await getAllEntries()).map(byData)));

/** The meetings split into dated (newest first) and undated, for the home page. */
export async function getMeetingsByDating(): Promise<{ dated: Meeting[]; undated: Meeting[] }> {
  return splitDated(await getAllMeetings(), (meeting) => ({ id: meeting.id, date: meeting.date }));
}

/** Each report's meeting, by report id. */
export const getMeetingsByReport = once(async () => indexMeetingsByReport(await getAllMeetings()));

/** Everyone the meetings name (registry and provisional people), alphabetical, with counts. */
export const getPeople = once(async () => summarisePeople(await getAllMeetings(), getRegistry().people));

/** The people by id, for resolving a participant's name and page. */
export const getPeopleById = once(async () => new Map<string, PersonSummary>((await getPeople()).map((p) => [p.id, p])));

/** Every place (city) a meeting was held in, alphabetical by city. */
export const getPlaces = once(async (): Promise<PlaceSummary[]> => summarisePlaces(await getAllMeetings()));

/** The places by id (`saint-petersburg-ru`), so every spelling of a city shows as its page's name. */
export const getPlacesById = once(async () => new Map<string, PlaceSummary>((await getPlaces()).map((p) => [p.slug, p])));

/**
 * Every country that has a page: those represented at or hosting a meeting, and those of
 * the people who have pages (so a person's country always links somewhere).
 */
export const getCountries = once(async (): Promise<CountrySummary[]> => {
  const personCountries = (await getPeople()).flatMap((p) => (p.country === undefined ? [] : [p.country]));
  return summariseCountries(await getAllMeetings(), personCountries);
});

/** The topics and the organizations meetings name, each alphabetical, with their meetings. */
export const getTerms = once(async (): Promise<{ topics: TermSummary[]; organizations: TermSummary[] }> => {
  const meetings = await getAllMeetings();
  const registry = getRegistry();
  return {
    topics: summariseTerms(meetings, registry.topics, 'topics'),
    organizations: summariseTerms(meetings, registry.organizations, 'organizations'),
  };
});

/** Every topic and organization by id (the two share one id space and `/topics/<id>/`). */
export const getTermsById = once(async () => {
  const { topics, organizations } = await getTerms();
  return new Map<string, TermSummary>([...topics, ...organizations].map((term) => [term.id, term]));
});

/** Each meeting's previous and next meeting in time, by meeting id (src/lib/chronology.ts). */
export const getNeighboursByMeeting = once(async () => getAllNeighbours(await getAllMeetings(), byMeetingDate));

/** Each meeting's related meetings, by meeting id (src/lib/related.ts). */
export const getRelatedByMeeting = once(async () =>
  getAllRelated(await getAllMeetings(), (m: Meeting) => ({ id: m.id, date: m.date, people: m.participants.map((p) => p.person), topics: m.topics })),
);

/** The meetings each person took part in or is named by, newest first, by person id. */
export const getMeetingsByPerson = once(async () => indexPersonMeetings(await getAllMeetings()));

/** What a person's page lists: their meetings and mentions (both empty for an unknown id). */
export async function getPersonMeetingsOf(person: string): Promise<PersonMeetings> {
  return (await getMeetingsByPerson()).get(person) ?? { participated: [], mentioned: [] };
}

/** The meetings each country took part in or hosted, newest first, by country code. */
export const getMeetingsByCountry = once(async () => indexMeetingsByCountry(await getAllMeetings()));

/** The people of each country, in the order of {@link getPeople}, by country code. */
export const getPeopleByCountry = once(async () => {
  const byCountry = new Map<string, PersonSummary[]>();
  for (const person of await getPeople()) {
    if (person.country === undefined) continue;
    const list = byCountry.get(person.country);
    if (list) list.push(person);
    else byCountry.set(person.country, [person]);
  }
  return byCountry;
});

/** Every place as the maps mark it, and the largest count, which sizes marks on every map alike. */
export const getMapPlaces = once(async () => {
  const places = toMapPlaces(await getPlaces());
  return { places, maxCount: getMaxCount(places) };
});

/**
 * Each country's bilateral view (src/lib/countries.ts), by country code: computed once, since
 * a country's listing pages (its meetings, each counterpart's, those it hosted) all read it.
 */
export const getCountryViews = once(async () => {
  const views = new Map<string, CountryView>();
  for (const [code, meetings] of await getMeetingsByCountry()) views.set(code, getCountryView(meetings, code));
  return views;
});

/** The people each person took part in meetings with, most meetings first, by person id. */
export const getCounterpartsByPerson = once(async () => {
  const people = await getPeopleById();
  const nameOf = (id: string) => people.get(id)?.name ?? id;
  const counterparts = new Map<string, Counterpart[]>();
  for (const [id, { participated }] of await getMeetingsByPerson()) {
    counterparts.set(
      id,
      countCounterparts(
        participated.map(({ meeting }) => meeting),
        id,
        nameOf,
      ),
    );
  }
  return counterparts;
});
