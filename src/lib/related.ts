/**
 * "Related meetings": the meetings nearest to one meeting in who took part, what was
 * discussed and when. Pure; works on any item through a `select` function, like
 * src/lib/entry-order.ts, so tests need no full meetings.
 */

/** What relatedness looks at. */
export interface Relatable {
  /** The meeting id; excluded from its own list and breaking ties. */
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; absent when undated. */
  date?: string | undefined;
  /** Person ids of the participants. */
  people: readonly string[];
  /** Topic ids. */
  topics: readonly string[];
}

/** One related meeting and why it is related. */
export interface Related<T> {
  /** The related item. */
  item: T;
  /** Participants shared with the meeting, in the other meeting's order. */
  sharedPeople: string[];
  /** Topics shared with the meeting, in the other meeting's order. */
  sharedTopics: string[];
  /** The relatedness score (see {@link PERSON_WEIGHT}). */
  score: number;
  /** Days between the two dates (mid-period for partial dates); `Infinity` when either is undated. */
  days: number;
}

/**
 * One shared participant outweighs this many shared topics: who met is what a reader of a
 * diplomatic record follows, and topic lists are long and overlap freely (most Sino-Russian
 * meetings name "strategic-partnership").
 */
export const PERSON_WEIGHT = 3;

/** How many related meetings a page lists by default. */
export const RELATED_LIMIT = 5;

/**
 * A partial date as a day number (days since 1970-01-01, UTC), taking the middle of a month
 * or year so that a month-dated meeting is not pulled towards the month's first days.
 */
export function toDayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) throw new RangeError(`Cannot read "${date}" as a date (expected yyyy, yyyy-MM or yyyy-MM-dd).`);
  const ms = month === undefined ? Date.UTC(year, 6, 1) : day === undefined ? Date.UTC(year, month - 1, 15) : Date.UTC(year, month - 1, day);
  return Math.round(ms / 86_400_000);
}

/**
 * Up to `limit` items related to `target`: sharing at least one participant or topic,
 * itself excluded; ordered by score (participants weigh {@link PERSON_WEIGHT} topics), then
 * nearest in time (undated last), then id, so the list is stable from build to build.
 */
export function getRelated<T>(target: Relatable, items: readonly T[], select: (item: T) => Relatable, limit = RELATED_LIMIT): Related<T>[] {
  const people = new Set(target.people);
  const topics = new Set(target.topics);
  const origin = target.date === undefined ? undefined : toDayNumber(target.date);
  const out: (Related<T> & { id: string })[] = [];
  for (const item of items) {
    const other = select(item);
    if (other.id === target.id) continue;
    const sharedPeople = [...new Set(other.people)].filter((p) => people.has(p));
    const sharedTopics = [...new Set(other.topics)].filter((t) => topics.has(t));
    const score = PERSON_WEIGHT * sharedPeople.length + sharedTopics.length;
    if (score === 0) continue;
    const days = origin === undefined || other.date === undefined ? Infinity : Math.abs(toDayNumber(other.date) - origin);
    out.push({ item, sharedPeople, sharedTopics, score, days, id: other.id });
  }
  out.sort((a, b) => b.score - a.score || (a.days === b.days ? 0 : a.days < b.days ? -1 : 1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out.slice(0, Math.max(0, limit)).map(({ id: _id, ...related }) => related);
}
