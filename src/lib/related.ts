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

/** Orders two ranked candidates as {@link getRelated} does: score, then nearest in time, then id. */
function compareRanked(a: { score: number; days: number; id: string }, b: { score: number; days: number; id: string }): number {
  return b.score - a.score || (a.days === b.days ? 0 : a.days < b.days ? -1 : 1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Each key (a person or a topic id) with the positions of the items naming it, each item once. */
function toPostings(keysOf: readonly (readonly string[])[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, index) => {
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  return postings;
}

/**
 * {@link getRelated} for every item at once, by item id: the same lists, in the same order,
 * without comparing each item with every other. An index from each participant and topic to
 * the items naming it is built once; an item's candidates are only the items its posting lists
 * reach, scored by adding {@link PERSON_WEIGHT} per shared participant and 1 per shared topic,
 * and only the best `limit` are kept (a small sorted buffer, not a sort of every candidate).
 * The work is the sum of the posting lists each item walks, not N² comparisons: a build page
 * then only looks its list up.
 */
export function getAllRelated<T>(items: readonly T[], select: (item: T) => Relatable, limit = RELATED_LIMIT): Map<string, Related<T>[]> {
  const selected = items.map(select);
  const people = selected.map((s) => [...new Set(s.people)]);
  const topics = selected.map((s) => [...new Set(s.topics)]);
  const days = selected.map((s) => (s.date === undefined ? undefined : toDayNumber(s.date)));
  const byPerson = toPostings(people);
  const byTopic = toPostings(topics);
  // Scores live in one array reused for every item; `touched` lists the positions to read and reset.
  const scores = new Int32Array(items.length);
  const touched: number[] = [];
  const keep = Math.max(0, limit);
  const out = new Map<string, Related<T>[]>();
  selected.forEach((target, self) => {
    const add = (list: readonly number[] | undefined, weight: number) => {
      for (const other of list ?? []) {
        if (scores[other] === 0) touched.push(other);
        scores[other] = (scores[other] as number) + weight;
      }
    };
    for (const person of people[self] as string[]) add(byPerson.get(person), PERSON_WEIGHT);
    for (const topic of topics[self] as string[]) add(byTopic.get(topic), 1);
    const origin = days[self];
    const best: { index: number; score: number; days: number; id: string }[] = [];
    for (const index of touched) {
      const score = scores[index] as number;
      scores[index] = 0;
      const other = selected[index] as Relatable;
      if (index === self || other.id === target.id || keep === 0) continue;
      const otherDay = days[index];
      const candidate = { index, score, days: origin === undefined || otherDay === undefined ? Infinity : Math.abs(otherDay - origin), id: other.id };
      if (best.length === keep && compareRanked(candidate, best[keep - 1] as typeof candidate) >= 0) continue;
      let at = best.length;
      while (at > 0 && compareRanked(candidate, best[at - 1] as typeof candidate) < 0) at--;
      best.splice(at, 0, candidate);
      if (best.length > keep) best.pop();
    }
    touched.length = 0;
    const targetPeople = new Set(people[self]);
    const targetTopics = new Set(topics[self]);
    out.set(
      target.id,
      best.map(({ index, score, days: apart }) => ({
        item: items[index] as T,
        sharedPeople: (people[index] as string[]).filter((p) => targetPeople.has(p)),
        sharedTopics: (topics[index] as string[]).filter((t) => targetTopics.has(t)),
        score,
        days: apart,
      })),
    );
  });
  return out;
}
