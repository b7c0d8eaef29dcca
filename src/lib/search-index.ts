/**
 * What a meeting page gives Pagefind besides its visible text: the facet values (filters),
 * the facts of the result card (metadata), the two date sort keys, and every spelling of the
 * names of the people it involves, so "Sergei Lavrov" finds a report that writes "Sergey".
 * Facets and card facts are the meeting's (every report of one event carries the same), so
 * the search counts and narrows events the way the rest of the site does. Pure: the page
 * (src/pages/meetings/[id].astro) renders the result through src/components/Search*.astro.
 */
import type { Entry } from '../schema/entry.ts';
import { formatEventDate } from './dates.ts';
import { toKindLabel } from './kinds.ts';
import type { Meeting } from './meetings.ts';
import { toCountryName, toPlaceLabel } from './places.ts';
import { SORT_KEY, UNDATED_YEAR, type Facet } from './search-state.ts';

/**
 * Pagefind's weight for the participants list and the participants' other spellings: above
 * plain text (1), below the title (`<h1>`, 7), so a meeting someone took part in ranks above
 * one that names them in passing.
 */
export const PARTICIPANT_WEIGHT = 5;

/** How the page names people and terms (the registry's and the archive's view, resolved by the page). */
export interface SearchIndexContext {
  /** A person's display name by id (the registry's, else the name as written). */
  personName: (id: string) => string;
  /** Every other spelling of a person's name known to the archive (registry aliases, forms the entries use). */
  personAliases: (id: string) => readonly string[];
  /** A topic's or organization's label by id. */
  termLabel: (id: string) => string;
  /**
   * A place's name by place id, as its page gives it, so that "St Petersburg" and
   * "St. Petersburg" are one facet value; without it, the city as the report writes it.
   */
  placeName?: (place: string) => string | undefined;
}

/** The search data of one report's page. */
export interface SearchIndexFacts {
  /** Facet values, `[facet, value]`, each pair once. */
  filters: [Facet, string][];
  /** Result-card facts, `[key, value]` (Pagefind takes the title from the page's `<h1>`). */
  meta: [string, string][];
  /** Sort keys, `[key, value]`: the date, {@link SORT_KEY}. */
  sort: [string, string][];
  /** Every spelling of the participants' names: weighted like the participants list. */
  participantNames: string[];
  /** Every spelling of the names of people only mentioned: plain weight. */
  mentionedNames: string[];
}

/** `values` without repeats or blanks, in first-seen order. */
function unique(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.trim()).filter((v) => v !== ''))];
}

/** The name and every other spelling of each person of `ids`. */
function spellings(ids: readonly string[], context: SearchIndexContext): string[] {
  return unique(ids.flatMap((id) => [context.personName(id), ...context.personAliases(id)]));
}

/**
 * The search data of `report`'s page; `meeting` is the meeting it reports (its merged
 * participants, place, topics and date; see src/lib/meetings.ts).
 */
export function toSearchIndexFacts(report: Entry, meeting: Meeting, context: SearchIndexContext): SearchIndexFacts {
  const participantIds = meeting.participants.map((p) => p.person);
  const mentionedIds = meeting.mentioned.map((m) => m.person);
  const participants = unique(participantIds.map(context.personName));
  const countries = unique([
    ...meeting.participants.flatMap((p) => (p.country === undefined ? [] : [toCountryName(p.country)])),
    ...(meeting.location?.country === undefined ? [] : [toCountryName(meeting.location.country)]),
  ]);
  const place = meeting.location?.place;
  const city = (place === undefined ? undefined : context.placeName?.(place)) ?? meeting.location?.city;
  const topics = unique([...meeting.topics, ...meeting.organizations].map(context.termLabel));
  const year = meeting.date?.slice(0, 4) ?? UNDATED_YEAR;

  const filters: [Facet, string][] = [
    ['year', year],
    ['kind', report.kind],
    ...participants.map((name): [Facet, string] => ['participant', name]),
    ...countries.map((name): [Facet, string] => ['country', name]),
    ...(city === undefined ? [] : [['place', city] as [Facet, string]]),
    ...topics.map((label): [Facet, string] => ['topic', label]),
  ];

  const date = meeting.date !== undefined && meeting.datePrecision !== undefined ? formatEventDate(meeting.date, meeting.datePrecision) : 'Undated';
  const meta: [string, string][] = [
    ['date', date],
    ['kind', toKindLabel(report.kind)],
    ['participants', participants.join(', ')],
    ['place', toPlaceLabel(meeting.location) ?? ''],
    ['meeting', meeting.id],
    ['reports', String(meeting.reports.length)],
  ];

  // Pagefind compares sort values as text: `2014-01` sorts before `2014-01-05`, as it should.
  const sort: [string, string][] = [[SORT_KEY, meeting.date ?? '0000']];

  return {
    filters,
    meta: meta.filter(([, value]) => value !== ''),
    sort,
    participantNames: spellings(participantIds, context),
    mentionedNames: spellings(mentionedIds, context).filter((name) => !participants.includes(name)),
  };
}
