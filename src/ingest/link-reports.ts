/**
 * One meeting, many reports: the foreign ministries of both sides, the wire agencies and the
 * embassies each publish their own bulletin about the same talks. `linkReports` finds the
 * bulletins that report one event and gives them one `meeting` id, that of the group's main
 * report, so the site can show them together. Every report keeps its own entry and URL.
 *
 * The rules are deliberately cautious (a wrong link is worse than a missed one; an editor can
 * link by hand with an override):
 * - kinds: the same kind, or any two of `meeting`, `talks` and `visit` (bulletins call the
 *   same sit-down "met with", "held talks with" or "visited"); but a report whose title is
 *   about a banquet, dinner, lunch or reception is only linked with another such report: a
 *   state visit puts the same two leaders through a welcome, talks and a banquet on one day,
 *   and those are separate events (Hu Jintao's state visit to Washington, 19 January 2011);
 * - people: at least two participants in common, by registry `person` id. When either report
 *   has exactly two participants, both reports must have the same two: a bilateral and a
 *   trilateral on the same day are two events (Xi Jinping and Vladimir Putin met alone and
 *   with Mongolia's president in Ufa on 9 July 2015). People only mentioned never count;
 * - dates: both to the day and at most one day apart (time zones and late-night reports move
 *   a date by one). A report dated only to the month joins a day-dated group of that month
 *   when it has the same kind family and exactly the same participants and no other group
 *   qualifies. Undated and year-dated reports are never linked automatically.
 * Links are transitive (union-find), and the result never depends on the order of the input.
 *
 * The main report is the most informative one: dated to the day first, then the most
 * participants, then the longest body, then the smallest id. Adding a better report of the
 * same event later can therefore change which report is main (and so every report's
 * `meeting`), but never any report's own id or URL.
 *
 * An entry whose override sets `meeting` is left out of the automatic linking: its `meeting`
 * is read as "the meeting of that entry" (its own id unlinks it) and followed to that entry's
 * main report, so every `meeting` names an entry that is its own main report.
 */
import type { Entry, Kind } from '../schema/entry.ts';

/** What linking looks at in one entry. */
export interface LinkableEntry extends Pick<Entry, 'id' | 'title' | 'kind' | 'date' | 'datePrecision' | 'participants' | 'meeting'> {
  /** The length of the cleaned body, to prefer the fuller report as main. */
  bodyLength: number;
  /** Whether an override set `meeting` by hand; such an entry is not linked automatically. */
  meetingFixed?: boolean;
}

/** The outcome: every entry's `meeting`, and what is wrong with hand-set ones. */
export interface LinkResult {
  /** Entry id → the id of its meeting's main report (its own id when alone). */
  meetings: Map<string, string>;
  /** Hand-set `meeting` values that cannot be followed, by the id of the entry holding them. */
  problems: { id: string; message: string }[];
}

/** One meeting with several reports, for the ingest report. */
export interface MeetingGroup {
  /** The id of the main report. */
  meeting: string;
  /** Every report of it, the main one included, sorted by id. */
  reports: string[];
}

/** Code-unit order, never the locale's, so the result is the same on every machine. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Appends `value` to the list under `key`, making the list when it is the first. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Kinds that bulletins use for the same sit-down. */
const SIT_DOWN_KINDS: ReadonlySet<Kind> = new Set<Kind>(['meeting', 'talks', 'visit']);

/** Whether two kinds can describe the same event. */
export function kindsMatch(a: Kind, b: Kind): boolean {
  return a === b || (SIT_DOWN_KINDS.has(a) && SIT_DOWN_KINDS.has(b));
}

/** A title about a meal or a reception: an event of its own beside the talks of the same day. */
const SOCIAL_OCCASION = /\b(?:banquets?|dinners?|luncheons?|lunch(?:es)?|breakfasts?|receptions?)\b/i;

/** Whether two titles report the same sort of occasion: both social (a meal, a reception) or neither. */
export function occasionsMatch(a: string, b: string): boolean {
  return SOCIAL_OCCASION.test(a) === SOCIAL_OCCASION.test(b);
}

/** The distinct registry ids of an entry's participants. */
function personIds(entry: Pick<Entry, 'participants'>): Set<string> {
  return new Set(entry.participants.map((participant) => participant.person));
}

/**
 * Whether two sets of participants can be the same event's: at least two people in common,
 * and the very same people when either side has exactly two (a bilateral is not a trilateral).
 */
export function peopleMatch(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const person of a) if (b.has(person)) shared += 1;
  if (shared < 2) return false;
  if (a.size === 2 || b.size === 2) return shared === a.size && shared === b.size;
  return true;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date: calendar arithmetic with no time zone. */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** Disjoint sets over indexes; the root is always the smallest index, so it does not depend on union order. */
class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    // Path compression keeps later finds short.
    for (let node = i; node !== root; ) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

/** Negative when `a` makes the better main report (see the module comment for the order). */
function compareMain(a: LinkableEntry, b: LinkableEntry): number {
  const day = (entry: LinkableEntry): number => (entry.datePrecision === 'day' ? 1 : 0);
  return (
    day(b) - day(a) ||
    b.participants.length - a.participants.length ||
    b.bodyLength - a.bodyLength ||
    byCodeUnit(a.id, b.id)
  );
}

/** Groups the reports of one event and returns every entry's `meeting` (see the module comment). */
export function linkReports(entries: readonly LinkableEntry[]): LinkResult {
  const sorted = [...entries].sort((a, b) => byCodeUnit(a.id, b.id));
  const people = sorted.map(personIds);
  const sets = new UnionFind(sorted.length);
  const auto = (entry: LinkableEntry): boolean => entry.meetingFixed !== true && entry.date !== undefined;

  // Day-dated reports: compare only with the same and the next day, not with every entry.
  const byDay = new Map<number, number[]>();
  const byMonth = new Map<string, number[]>();
  sorted.forEach((entry, i) => {
    if (!auto(entry) || entry.datePrecision !== 'day' || entry.date === undefined) return;
    pushTo(byDay, dayNumber(entry.date), i);
    pushTo(byMonth, entry.date.slice(0, 7), i);
  });
  const matches = (i: number, j: number): boolean => {
    const [a, b, pa, pb] = [sorted[i], sorted[j], people[i], people[j]];
    if (a === undefined || b === undefined || pa === undefined || pb === undefined) return false;
    return kindsMatch(a.kind, b.kind) && occasionsMatch(a.title, b.title) && peopleMatch(pa, pb);
  };
  for (const [day, members] of byDay) {
    const next = byDay.get(day + 1) ?? [];
    members.forEach((i, k) => {
      for (const j of [...members.slice(k + 1), ...next]) if (matches(i, j)) sets.union(i, j);
    });
  }

  // Month-dated reports join the one day-dated group of that month that fits exactly. The
  // candidates' groups are day groups only, so the order of these unions cannot matter.
  const dayGroups = new Map<number, number>();
  for (const members of byDay.values()) for (const i of members) dayGroups.set(i, sets.find(i));
  const monthJoins: [number, number][] = [];
  sorted.forEach((entry, i) => {
    if (!auto(entry) || entry.datePrecision !== 'month' || entry.date === undefined) return;
    const own = people[i] ?? new Set<string>();
    const groups = new Set<number>();
    for (const j of byMonth.get(entry.date) ?? []) {
      const other = people[j] ?? new Set<string>();
      const same = own.size === other.size && [...own].every((person) => other.has(person));
      if (same && matches(i, j)) groups.add(dayGroups.get(j) ?? j);
    }
    const [only] = groups;
    if (groups.size === 1 && only !== undefined) monthJoins.push([i, only]);
  });
  for (const [i, j] of monthJoins) sets.union(i, j);

  const members = new Map<number, LinkableEntry[]>();
  sorted.forEach((entry, i) => pushTo(members, sets.find(i), entry));
  const meetings = new Map<string, string>();
  for (const group of members.values()) {
    const main = [...group].sort(compareMain)[0];
    for (const entry of group) meetings.set(entry.id, main?.id ?? entry.id);
  }
  return { meetings, problems: followHandSetMeetings(sorted, meetings) };
}

/**
 * Resolves each hand-set `meeting` to the main report of the entry it names, following
 * hand-set links in a chain. Updates `meetings` and returns the links that cannot be followed.
 */
function followHandSetMeetings(entries: readonly LinkableEntry[], meetings: Map<string, string>): LinkResult['problems'] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const problems: LinkResult['problems'] = [];
  for (const entry of entries) {
    if (entry.meetingFixed !== true) continue;
    const path = [entry.id];
    let current = entry;
    for (;;) {
      if (current.meeting === current.id) {
        meetings.set(entry.id, current.id);
        break;
      }
      const target = byId.get(current.meeting);
      if (target === undefined) {
        problems.push({ id: entry.id, message: `meeting: no entry has id "${current.meeting}"` });
        break;
      }
      if (target.meetingFixed !== true) {
        meetings.set(entry.id, meetings.get(target.id) ?? target.id);
        break;
      }
      if (path.includes(target.id)) {
        problems.push({ id: entry.id, message: `meeting: the links go round in a circle: ${[...path, target.id].join(' → ')}` });
        break;
      }
      path.push(target.id);
      current = target;
    }
  }
  return problems;
}

/** The meetings with two or more reports, sorted by main report, each report list sorted. */
export function listMeetings(entries: readonly Pick<Entry, 'id' | 'meeting'>[]): MeetingGroup[] {
  const groups = new Map<string, string[]>();
  for (const entry of entries) pushTo(groups, entry.meeting, entry.id);
  return [...groups]
    .filter(([, reports]) => reports.length > 1)
    .sort(([a], [b]) => byCodeUnit(a, b))
    .map(([meeting, reports]) => ({ meeting, reports: reports.sort(byCodeUnit) }));
}
