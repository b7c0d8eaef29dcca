/**
 * Countries: the bilateral view of the archive. A meeting belongs to a country when one of
 * its participants represents it; the country's counterparts are the other countries
 * represented at those meetings.
 */
import { compareText } from './collate.ts';
import type { Meeting } from './meetings.ts';
import { toCountryName } from './places.ts';

/** Items that share a country, under the country's name. */
export interface CountryGroup<T> {
  /** ISO code; `undefined` for the group of items whose country is not known. */
  code: string | undefined;
  /** The country's name, or "Country not known". */
  name: string;
  /** The group's items, in their original order. */
  items: T[];
}

/** The label of the group of items without a country. */
export const UNKNOWN_COUNTRY = 'Country not known';

/**
 * `items` grouped by `countryOf`, groups alphabetical by country name and the group of
 * unknown country last; items keep their order inside a group.
 */
export function groupByCountry<T>(items: readonly T[], countryOf: (item: T) => string | undefined): CountryGroup<T>[] {
  const groups = new Map<string | undefined, T[]>();
  for (const item of items) {
    const code = countryOf(item);
    const group = groups.get(code);
    if (group) group.push(item);
    else groups.set(code, [item]);
  }
  return [...groups]
    .map(([code, groupItems]) => ({ code, name: code === undefined ? UNKNOWN_COUNTRY : toCountryName(code), items: groupItems }))
    .sort((a, b) => (a.code === undefined ? 1 : 0) - (b.code === undefined ? 1 : 0) || compareText(a.name, b.name));
}

/** The countries whose people took part in a meeting, by any report, in first-seen order. */
export function getParticipantCountries(meeting: Meeting): string[] {
  const codes: string[] = [];
  for (const p of meeting.participants) if (p.country !== undefined && !codes.includes(p.country)) codes.push(p.country);
  return codes;
}

/** The countries any report of a meeting places it in. */
export function getHostCountries(meeting: Meeting): string[] {
  const codes: string[] = [];
  for (const report of meeting.reports) {
    const code = report.location?.country;
    if (code !== undefined && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** One country of the archive, for the countries index. */
export interface CountrySummary {
  /** ISO 3166-1 alpha-2 code, upper case; the page is `/countries/<code in lower case>/`. */
  code: string;
  /** The country's name. */
  name: string;
  /** Meetings its people took part in. */
  meetings: number;
  /** Meetings held in it. */
  hosted: number;
}

/**
 * Every country a meeting's participants represent or a report places a meeting in, plus
 * `extra` codes (the countries of people who have pages), alphabetical by name, with counts.
 */
export function summariseCountries(meetings: readonly Meeting[], extra: Iterable<string> = []): CountrySummary[] {
  const counts = new Map<string, { meetings: number; hosted: number }>();
  const tally = (code: string) => {
    let c = counts.get(code);
    if (!c) counts.set(code, (c = { meetings: 0, hosted: 0 }));
    return c;
  };
  for (const meeting of meetings) {
    for (const code of getParticipantCountries(meeting)) tally(code).meetings += 1;
    for (const code of getHostCountries(meeting)) tally(code).hosted += 1;
  }
  for (const code of extra) tally(code);
  return [...counts]
    .map(([code, c]) => ({ code, name: toCountryName(code), ...c }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.code, b.code));
}

/** The meetings of one counterpart country. */
export interface CounterpartCountry {
  /** ISO code of the counterpart; `undefined` for meetings with no other country represented. */
  code: string | undefined;
  /** Its name, or "No other country named". */
  name: string;
  /** The meetings, in the order given. */
  meetings: Meeting[];
}

/** Everything one country's page shows. */
export interface CountryView {
  /** Meetings the country's people took part in, in the order given. */
  meetings: Meeting[];
  /** The same meetings by counterpart country: most meetings first, then by name; the group without a counterpart last. */
  counterparts: CounterpartCountry[];
  /** Meetings held in the country, in the order given. */
  hosted: Meeting[];
}

/** The label of meetings where no other country's people took part. */
export const NO_COUNTERPART = 'No other country named';

/**
 * The bilateral view of `code`: its meetings, grouped by every other country represented
 * (a meeting of three countries counts for both counterparts), and the meetings held there.
 */
export function getCountryView(meetings: readonly Meeting[], code: string): CountryView {
  const mine: Meeting[] = [];
  const hosted: Meeting[] = [];
  const byCounterpart = new Map<string | undefined, Meeting[]>();
  for (const meeting of meetings) {
    if (getHostCountries(meeting).includes(code)) hosted.push(meeting);
    const countries = getParticipantCountries(meeting);
    if (!countries.includes(code)) continue;
    mine.push(meeting);
    const others = countries.filter((c) => c !== code);
    for (const other of others.length > 0 ? others : [undefined]) {
      const list = byCounterpart.get(other);
      if (list) list.push(meeting);
      else byCounterpart.set(other, [meeting]);
    }
  }
  const counterparts = [...byCounterpart]
    .map(([other, list]) => ({ code: other, name: other === undefined ? NO_COUNTERPART : toCountryName(other), meetings: list }))
    .sort(
      (a, b) =>
        (a.code === undefined ? 1 : 0) - (b.code === undefined ? 1 : 0) ||
        b.meetings.length - a.meetings.length ||
        compareText(a.name, b.name),
    );
  return { meetings: mine, counterparts, hosted };
}

/**
 * The meetings that concern each country, by code, in the order of `meetings`: those its
 * people took part in and those held in it. `getCountryView(index.get(code), code)` equals
 * `getCountryView(meetings, code)`, since the view only looks at such meetings; a country's
 * page then reads its own meetings instead of scanning the archive.
 */
export function indexMeetingsByCountry(meetings: readonly Meeting[]): Map<string, Meeting[]> {
  const index = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    for (const code of new Set([...getParticipantCountries(meeting), ...getHostCountries(meeting)])) {
      const list = index.get(code);
      if (list) list.push(meeting);
      else index.set(code, [meeting]);
    }
  }
  return index;
}

/**
 * The name of a pair of countries, `a` first (`China–Russia`): on a country's page its own
 * name leads every pair, so the list of counterparts scans down one column.
 */
export function toPairLabel(a: string, b: string): string {
  return `${toCountryName(a)}–${toCountryName(b)}`;
}
