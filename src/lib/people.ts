/**
 * People as the site shows them: registry records joined with what the meetings say. A
 * person id an entry uses but the registry lacks is a provisional person, shown under the
 * name as written until an editor confirms them.
 */
import type { Participant } from '../schema/entry.ts';
import type { Person, Role } from '../schema/registry.ts';
import { compareText } from './collate.ts';
import type { Meeting } from './meetings.ts';

/** One person who appears in the archive, with their counts. */
export interface PersonSummary {
  /** The id in entries; the page is `/people/<id>/`. */
  id: string;
  /** The registry's name, or for a provisional person the name as first written. */
  name: string;
  /** The registry's country, else the one most often given for them as a participant. */
  country?: string;
  /** True when the registry does not (yet) hold this id. */
  provisional: boolean;
  /** The registry record, when there is one. */
  record?: Person;
  /** Other forms of the name: registry aliases and spellings the entries use, without `name`. */
  alsoWrittenAs: string[];
  /** Meetings they took part in. */
  meetings: number;
  /** Meetings that only mention them. */
  mentions: number;
}

/** What a person took part in, and where they are only named. */
export interface PersonMeetings {
  /** Each meeting they took part in, newest first, with the participant record (role, country). */
  participated: { meeting: Meeting; participant: Participant }[];
  /** Meetings that name them without their taking part, newest first. */
  mentioned: Meeting[];
}

/** A co-participant and how many meetings they shared. */
export interface Counterpart {
  /** The counterpart's person id. */
  person: string;
  /** Meetings both took part in. */
  count: number;
}

/** The value that occurs most often in `values`; the first seen wins a tie. */
function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Everyone the meetings name, as participant or mention, with counts of meetings (not
 * reports), alphabetical by name. Registry people no meeting names are left out: they
 * have nothing to show yet. So are provisional people who are only ever mentioned: the
 * parser's weakest guesses ("Continental Tires" read as a name) must not become pages;
 * they stay in the entries and in the ingest report for an editor to confirm.
 */
export function summarisePeople(meetings: readonly Meeting[], registry: readonly Person[]): PersonSummary[] {
  const records = new Map(registry.map((person) => [person.id, person]));
  const seen = new Map<string, { names: string[]; mentionNames: string[]; countries: string[]; meetings: number; mentions: number }>();
  const tally = (id: string) => {
    let t = seen.get(id);
    if (!t) seen.set(id, (t = { names: [], mentionNames: [], countries: [], meetings: 0, mentions: 0 }));
    return t;
  };
  for (const meeting of meetings) {
    for (const p of meeting.participants) tally(p.person).meetings += 1;
    for (const m of meeting.mentioned) tally(m.person).mentions += 1;
    // Spellings and countries come from every report, not only the merged lists.
    for (const report of meeting.reports) {
      for (const p of report.participants) {
        tally(p.person).names.push(p.name);
        if (p.country !== undefined) tally(p.person).countries.push(p.country);
      }
      for (const m of report.mentioned) tally(m.person).mentionNames.push(m.name);
    }
  }
  const people: PersonSummary[] = [];
  for (const [id, t] of seen) {
    const record = records.get(id);
    if (record === undefined && t.meetings === 0) continue;
    // A provisional person goes by the name written most often where they take part: a
    // mention is often a bare surname ("Lavrov said"), a participant's line the full name.
    const name = record?.name ?? mostFrequent(t.names) ?? mostFrequent(t.mentionNames) ?? id;
    const forms = [...(record?.aliases ?? []), ...t.names, ...t.mentionNames].filter((form) => form !== name);
    const summary: PersonSummary = {
      id,
      name,
      provisional: record === undefined,
      alsoWrittenAs: [...new Set(forms)],
      meetings: t.meetings,
      mentions: t.mentions,
    };
    const country = record?.country ?? mostFrequent(t.countries);
    if (country !== undefined) summary.country = country;
    if (record !== undefined) summary.record = record;
    people.push(summary);
  }
  return people.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
}

/** The meetings `person` took part in and those that only mention them, in the order of `meetings`. */
export function getPersonMeetings(meetings: readonly Meeting[], person: string): PersonMeetings {
  const participated: PersonMeetings['participated'] = [];
  const mentioned: Meeting[] = [];
  for (const meeting of meetings) {
    const participant = meeting.participants.find((p) => p.person === person);
    if (participant) participated.push({ meeting, participant });
    else if (meeting.mentioned.some((m) => m.person === person)) mentioned.push(meeting);
  }
  return { participated, mentioned };
}

/**
 * {@link getPersonMeetings} for everyone at once, by person id, in one pass over the
 * meetings: each person's lists are the ones `getPersonMeetings(meetings, id)` gives. A
 * person's page then reads its lists instead of scanning the archive.
 */
export function indexPersonMeetings(meetings: readonly Meeting[]): Map<string, PersonMeetings> {
  const index = new Map<string, PersonMeetings>();
  const of = (person: string) => {
    let lists = index.get(person);
    if (!lists) index.set(person, (lists = { participated: [], mentioned: [] }));
    return lists;
  };
  for (const meeting of meetings) {
    const taking = new Set<string>();
    for (const participant of meeting.participants) {
      // The first record of a person is the one getPersonMeetings finds.
      if (taking.has(participant.person)) continue;
      taking.add(participant.person);
      of(participant.person).participated.push({ meeting, participant });
    }
    const named = new Set<string>();
    for (const { person } of meeting.mentioned) {
      if (taking.has(person) || named.has(person)) continue;
      named.add(person);
      of(person).mentioned.push(meeting);
    }
  }
  return index;
}

/**
 * Everyone who took part in a meeting together with `person`, with the number of such
 * meetings: most shared first, then alphabetical by `nameOf`.
 */
export function countCounterparts(
  meetings: readonly Meeting[],
  person: string,
  nameOf: (id: string) => string = (id) => id,
): Counterpart[] {
  const counts = new Map<string, number>();
  for (const meeting of meetings) {
    if (!meeting.participants.some((p) => p.person === person)) continue;
    for (const p of meeting.participants) {
      if (p.person !== person) counts.set(p.person, (counts.get(p.person) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([id, count]) => ({ person: id, count }))
    .sort((a, b) => b.count - a.count || compareText(nameOf(a.person), nameOf(b.person)) || compareText(a.person, b.person));
}

/**
 * Whether a role's span covers `date`. Dates of different precision are compared on the
 * part both give, so a role "to 2014" covers "2014-06" and a meeting dated only "2013"
 * falls inside a role "from 2013-03": when in doubt, the role is not ruled out.
 */
export function roleCovers(role: Role, date: string): boolean {
  const onOrBefore = (a: string, b: string) => {
    const n = Math.min(a.length, b.length);
    return a.slice(0, n) <= b.slice(0, n);
  };
  return (role.from === undefined || onOrBefore(role.from, date)) && (role.to === undefined || onOrBefore(date, role.to));
}

/**
 * The office a participant held at a meeting: the one the text gives, else the registry's
 * role(s) on the meeting's date joined with " and "; `undefined` when neither says.
 */
export function toRoleThatDay(participant: Participant, record: Person | undefined, date: string | undefined): string | undefined {
  if (participant.role !== undefined) return participant.role;
  if (record === undefined || date === undefined) return undefined;
  const titles = record.roles.filter((role) => roleCovers(role, date)).map((role) => role.title);
  return titles.length > 0 ? titles.join(' and ') : undefined;
}

/** What the site says beside a provisional person, wherever they are named. */
export const PROVISIONAL_NOTE = 'provisional: not yet confirmed in the registry';
