/**
 * Reports and meetings. Several bulletins may report one event; the ingest gives them one
 * `meeting` id (the id of the main report). Every listing and every count of the site is
 * per meeting, so a much-reported event counts once; each report keeps its own page.
 */
import type { DatePrecision, Entry, Location, Mention, Participant } from '../schema/entry.ts';
import { sortNewestFirst } from './entry-order.ts';

/** One event: its reports (main first) and what they say about it, merged. */
export interface Meeting {
  /** The meeting id every report of it carries in `meeting`. */
  id: string;
  /** The report that stands for the meeting in lists: the one whose id is the meeting id. */
  main: Entry;
  /** Every report, the main one first, then the others by id. */
  reports: Entry[];
  /** The event's date: the main report's, else the first report's that has one. */
  date?: string;
  /** Precision of `date`; present exactly when `date` is. */
  datePrecision?: DatePrecision;
  /** Every person who took part according to any report, once each, main report first. */
  participants: Participant[];
  /** People named by any report who took part according to none. */
  mentioned: Mention[];
  /** The main report's place, else the first report's that has one. */
  location: Location | null;
  /** Topic ids named by any report, in first-seen order. */
  topics: string[];
  /** Organization ids named by any report, in first-seen order. */
  organizations: string[];
}

/** The items of `lists`, concatenated, each key kept once (the first occurrence wins). */
function uniqueBy<T>(lists: readonly (readonly T[])[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists) {
    for (const item of list) {
      const k = key(item);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}

/** Merges the reports of one meeting; `reports` is non-empty and ordered main first. */
function toMeeting(id: string, reports: Entry[]): Meeting {
  const main = reports[0] as Entry;
  const participants = uniqueBy(
    reports.map((r) => r.participants),
    (p) => p.person,
  );
  const taking = new Set(participants.map((p) => p.person));
  const mentioned = uniqueBy(
    reports.map((r) => r.mentioned),
    (m) => m.person,
  ).filter((m) => !taking.has(m.person));
  const dated = reports.find((r) => r.date !== undefined && r.datePrecision !== undefined);
  const meeting: Meeting = {
    id,
    main,
    reports,
    participants,
    mentioned,
    location: reports.find((r) => r.location !== null)?.location ?? null,
    topics: uniqueBy(reports.map((r) => r.topics), (t) => t),
    organizations: uniqueBy(reports.map((r) => r.organizations), (o) => o),
  };
  if (dated?.date !== undefined && dated.datePrecision !== undefined) {
    meeting.date = dated.date;
    meeting.datePrecision = dated.datePrecision;
  }
  return meeting;
}

/**
 * Groups reports into meetings by their `meeting` id, newest meeting first (undated last,
 * see src/lib/entry-order.ts). The main report is the one whose id is the meeting id; when
 * that report is missing from the archive, the first of the others by id stands in, so a
 * meeting is never lost for want of its main report.
 */
export function groupIntoMeetings(entries: readonly Entry[]): Meeting[] {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.meeting);
    if (group) group.push(entry);
    else groups.set(entry.meeting, [entry]);
  }
  const meetings: Meeting[] = [];
  for (const [id, reports] of groups) {
    const ordered = [...reports].sort((a, b) => {
      if (a.id === id) return -1;
      if (b.id === id) return 1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    meetings.push(toMeeting(id, ordered));
  }
  return sortNewestFirst(meetings, (m) => ({ id: m.id, date: m.date }));
}

/** Each report's meeting, by report id, for a report's page. */
export function indexMeetingsByReport(meetings: readonly Meeting[]): Map<string, Meeting> {
  const index = new Map<string, Meeting>();
  for (const meeting of meetings) for (const report of meeting.reports) index.set(report.id, meeting);
  return index;
}

/** Whether `entry` is the report that stands for its meeting (and lists link to). */
export function isMainReport(meeting: Meeting, entry: Entry): boolean {
  return meeting.main.id === entry.id;
}

const countFormat = new Intl.NumberFormat('en-GB');

/** `2,345`: a count with thousands separators, as lists of thousands of meetings need. */
export function formatCount(count: number): string {
  return countFormat.format(count);
}

/** `1 meeting`, `2,345 meetings`: a count with its noun, for headings and indexes. */
export function countLabel(count: number, singular: string, plural: string = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
