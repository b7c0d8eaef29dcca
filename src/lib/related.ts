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
 * How many meetings of each participant and each topic are looked at for one meeting's related
 * list: the ones nearest to it in time. Without a window a common participant or topic makes
 * the work grow with the square of the archive (Wang Yi takes part in about 8% of meetings, so
 * at 100,000 meetings his list alone is 8,000 long, for each of his 8,000 meetings: 458 s of a
 * build). With it, the work per meeting is bounded, and what a reader sees is still the
 * meetings of the same people and subjects nearest in time.
 */
export const RELATED_WINDOW = 100;

/** Orders items in time: by day, undated last, then by id (a total order, so windows are stable). */
function compareInTime(a: { day: number | undefined; id: string }, b: { day: number | undefined; id: string }): number {
  const ad = a.day ?? Infinity;
  const bd = b.day ?? Infinity;
  return ad === bd ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : ad < bd ? -1 : 1;
}

/**
 * The `size` values of `sorted` (ascending positions in time) nearest to `center`, `center`
 * itself left out, nearer first, the earlier of two at the same distance first: a contiguous
 * stretch of `sorted` around `center`. Logarithmic in the list's length, linear in `size`.
 */
export function windowAround(sorted: readonly number[], center: number, size: number): number[] {
  // First value after center (binary search).
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < center) low = middle + 1;
    else high = middle;
  }
  let left = low - 1;
  let right = sorted[low] === center ? low + 1 : low;
  const out: number[] = [];
  while (out.length < size && (left >= 0 || right < sorted.length)) {
    const before = left >= 0 ? center - (sorted[left] as number) : Infinity;
    const after = right < sorted.length ? (sorted[right] as number) - center : Infinity;
    if (before <= after) out.push(sorted[left--] as number);
    else out.push(sorted[right++] as number);
  }
  return out;
}

/**
 * Up to `limit` items related to `target`: sharing at least one participant or topic,
 * itself excluded; ordered by score (participants weigh {@link PERSON_WEIGHT} topics), then
 * nearest in time (undated last), then id, so the list is stable from build to build. The
 * candidates are, for each of the target's participants and topics, the `window` items naming
 * it nearest to the target in time ({@link RELATED_WINDOW}).
 *
 * This is the plain statement of the rule, for one target; {@link getAllRelated} computes it
 * for every item at once.
 */
export function getRelated<T>(target: Relatable, items: readonly T[], select: (item: T) => Relatable, limit = RELATED_LIMIT, window = RELATED_WINDOW): Related<T>[] {
  const people = new Set(target.people);
  const topics = new Set(target.topics);
  const origin = target.date === undefined ? undefined : toDayNumber(target.date);
  const others = items.map((item) => ({ item, other: select(item) })).filter(({ other }) => other.id !== target.id);
  // Positions in time of the target and every other item.
  const timed = [{ id: target.id, day: origin, at: -1 }, ...others.map(({ other }, at) => ({ id: other.id, day: other.date === undefined ? undefined : toDayNumber(other.date), at }))].sort(compareInTime);
  const position = new Map(timed.map((entry, rank) => [entry.at, rank]));
  const center = position.get(-1) as number;
  const candidates = new Set<number>();
  const windowOf = (has: (other: Relatable) => boolean) => {
    const sorted = others.flatMap(({ other }, at) => (has(other) ? [position.get(at) as number] : [])).sort((a, b) => a - b);
    for (const rank of windowAround(sorted, center, window)) candidates.add((timed[rank] as { at: number }).at);
  };
  for (const person of people) windowOf((other) => other.people.includes(person));
  for (const topic of topics) windowOf((other) => other.topics.includes(topic));
  const out: (Related<T> & { id: string })[] = [];
  for (const at of candidates) {
    const { item, other } = others[at] as { item: T; other: Relatable };
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
 * Each item's distinct keys as small numbers (`0` to `count - 1`), and the positions in time
 * of the items naming each key (its posting list, ascending, each item once): numbers,
 * because comparing an item's keys with a target's is then an array look-up, not a string hash.
 */
function numberKeys(keysOf: readonly (readonly string[])[], rankOf: readonly number[]): { keys: number[][]; postings: number[][] } {
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
      (postings[n] as number[]).push(rankOf[index] as number);
    }
    return own;
  });
  for (const list of postings) list.sort((a, b) => a - b);
  return { keys, postings };
}

/**
 * {@link getRelated} for every item at once, by item id: the same lists, in the same order.
 * Items are ordered in time once, participants and topics indexed once (posting lists of
 * positions in time), and each item's candidates are the windows of its own lists around its
 * position ({@link windowAround}): at most `window` per participant and topic, so the work is
 * linear in the number of items. Only the best `limit` are kept (a small sorted buffer, not a
 * sort of every candidate). The unit tests compare the two on random archives.
 */
export function getAllRelated<T>(items: readonly T[], select: (item: T) => Relatable, limit = RELATED_LIMIT, window = RELATED_WINDOW): Map<string, Related<T>[]> {
  const selected = items.map(select);
  const days = selected.map((s) => (s.date === undefined ? undefined : toDayNumber(s.date)));
  const byRank = selected.map((s, index) => ({ id: s.id, day: days[index], index })).sort(compareInTime).map((entry) => entry.index);
  const rankOf = new Array<number>(items.length);
  byRank.forEach((index, rank) => (rankOf[index] = rank));
  const people = numberKeys(selected.map((s) => s.people), rankOf);
  const topics = numberKeys(selected.map((s) => s.topics), rankOf);
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
    const center = rankOf[self] as number;
    const best: Ranked[] = [];
    /** Scores `index` exactly (once) and keeps it if it ranks among the best. */
    const consider = (index: number) => {
      if (seenBy[index] === self) return;
      seenBy[index] = self;
      let score = 0;
      for (const p of people.keys[index] as number[]) score += (targetPeople[p] as number) * PERSON_WEIGHT;
      for (const t of topics.keys[index] as number[]) score += targetTopics[t] as number;
      if (score === 0) return;
      if (best.length === keep && score < (best[keep - 1] as Ranked).score) return;
      const other = selected[index] as Relatable;
      const otherDay = days[index];
      insertRanked(best, { index, score, days: origin === undefined || otherDay === undefined ? Infinity : Math.abs(otherDay - origin), id: other.id }, keep);
    };
    if (keep > 0) {
      // The target's own position is in each of its lists; windowAround leaves it out.
      const walk = (list: number[]) => {
        for (const rank of windowAround(list, center, window)) consider(byRank[rank] as number);
      };
      for (const p of ownPeople) walk(people.postings[p] as number[]);
      for (const t of ownTopics) walk(topics.postings[t] as number[]);
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
