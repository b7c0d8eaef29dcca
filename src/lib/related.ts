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
function compareRanked(a: Ranked, b: Ranked): number {
  return b.score - a.score || (a.days === b.days ? 0 : a.days < b.days ? -1 : 1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Each item's distinct keys as small numbers (`0` to `count - 1`), and the items naming each
 * key (its posting list, each item once): numbers, because comparing an item's keys with a
 * target's is then an array look-up, not a string hash.
 */
function numberKeys(keysOf: readonly (readonly string[])[]): { keys: number[][]; postings: number[][] } {
  const numbers = new Map<string, number>();
  const postings: number[][] = [];
  const keys = keysOf.map((list, index) => {
    const own: number[] = [];
    for (const key of list) {
      let n = numbers.get(key);
      if (n === undefined) {
        n = postings.length;
        numbers.set(key, n);
        postings.push([]);
      }
      if (own.includes(n)) continue;
      own.push(n);
      (postings[n] as number[]).push(index);
    }
    return own;
  });
  return { keys, postings };
}

/**
 * {@link getRelated} for every item at once, by item id: the same lists, in the same order,
 * without comparing each item with every other. Participants and topics are indexed once
 * (posting lists: the items naming each); an item's candidates are only items those lists
 * reach, and only the best `limit` are kept (a small sorted buffer, not a sort of every
 * candidate).
 *
 * Common topics name a large share of the archive, so walking every topic list would leave
 * the whole quadratic. A participant weighs {@link PERSON_WEIGHT} topics, so the lists are
 * walked in two steps: first the participants' lists, each candidate scored exactly; an item
 * sharing no participant scores at most its count of shared topics, so when the current last
 * of the list has score `m`, only items sharing `m` or more of the target's `t` topics can
 * still enter (a tie may win on time), and each of those is on at least one of the
 * `t - m + 1` shortest topic lists: only those are walked. Exact, like getRelated (the unit
 * tests compare the two on random archives).
 */
export function getAllRelated<T>(items: readonly T[], select: (item: T) => Relatable, limit = RELATED_LIMIT): Map<string, Related<T>[]> {
  const selected = items.map(select);
  const people = numberKeys(selected.map((s) => s.people));
  const topics = numberKeys(selected.map((s) => s.topics));
  const days = selected.map((s) => (s.date === undefined ? undefined : toDayNumber(s.date)));
  const keep = Math.max(0, limit);
  // The target's keys, marked for the time it is scored; and which items it has scored
  // already (a mark per target, so nothing needs clearing between targets).
  const targetPeople = new Uint8Array(people.postings.length);
  const targetTopics = new Uint8Array(topics.postings.length);
  const seenBy = new Int32Array(items.length).fill(-1);
  const out = new Map<string, Related<T>[]>();
  selected.forEach((target, self) => {
    const ownPeople = people.keys[self] as number[];
    const ownTopics = topics.keys[self] as number[];
    for (const p of ownPeople) targetPeople[p] = 1;
    for (const t of ownTopics) targetTopics[t] = 1;
    const origin = days[self];
    const best: Ranked[] = [];
    /** Scores `index` exactly (once) and keeps it if it ranks among the best. */
    const consider = (index: number) => {
      if (seenBy[index] === self) return;
      seenBy[index] = self;
      let score = 0;
      for (const p of people.keys[index] as number[]) score += (targetPeople[p] as number) * PERSON_WEIGHT;
      for (const t of topics.keys[index] as number[]) score += targetTopics[t] as number;
      if (score === 0 || index === self) return;
      if (best.length === keep && score < (best[keep - 1] as Ranked).score) return;
      const other = selected[index] as Relatable;
      if (other.id === target.id) return;
      const otherDay = days[index];
      insertRanked(best, { index, score, days: origin === undefined || otherDay === undefined ? Infinity : Math.abs(otherDay - origin), id: other.id }, keep);
    };
    if (keep > 0) {
      for (const p of ownPeople) for (const index of people.postings[p] as number[]) consider(index);
      const needed = best.length === keep ? Math.max(1, (best[keep - 1] as Ranked).score) : 1;
      const lists = ownTopics.map((t) => topics.postings[t] as number[]).sort((a, b) => a.length - b.length);
      for (const list of lists.slice(0, Math.max(0, lists.length - needed + 1))) for (const index of list) consider(index);
    }
    const ownPeopleIds = new Set(target.people);
    const ownTopicIds = new Set(target.topics);
    out.set(
      target.id,
      best.map(({ index, score, days: apart }) => ({
        item: items[index] as T,
        sharedPeople: [...new Set((selected[index] as Relatable).people)].filter((p) => ownPeopleIds.has(p)),
        sharedTopics: [...new Set((selected[index] as Relatable).topics)].filter((t) => ownTopicIds.has(t)),
        score,
        days: apart,
      })),
    );
    for (const p of ownPeople) targetPeople[p] = 0;
    for (const t of ownTopics) targetTopics[t] = 0;
  });
  return out;
}

/** A candidate of {@link getAllRelated}: its position, and what it is ranked by. */
interface Ranked {
  index: number;
  score: number;
  days: number;
  id: string;
}

/** Puts `candidate` in its place in `best` (kept sorted by {@link compareRanked}), at most `keep` long. */
function insertRanked(best: Ranked[], candidate: Ranked, keep: number): void {
  if (best.length === keep && compareRanked(candidate, best[keep - 1] as Ranked) >= 0) return;
  let place = best.length;
  while (place > 0 && compareRanked(candidate, best[place - 1] as Ranked) < 0) place--;
  best.splice(place, 0, candidate);
  if (best.length > keep) best.pop();
}
