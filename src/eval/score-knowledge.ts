/**
 * The figures of the knowledge layer, beside the README's: participants compared as registry
 * people rather than spellings, places compared as city + country with coordinates, and
 * reports of one event found as pairs. Pure: gold records, entries and the registry in.
 *
 * Decisions (kept here so the numbers can be explained):
 * - Resolved participants: a gold record's participants are resolved with the same resolver
 *   the ingest uses (names with the gold office, country and date; then aliases); a name the
 *   registry lacks gets the provisional id the ingest would give it. Precision and recall
 *   are over distinct person ids per bulletin, micro-averaged, with the same denominators as
 *   the README's participant figures (a rejected bulletin misses all its people).
 * - Place resolution: scored on bulletins whose gold location names a city or a country. Right
 *   when the entry's city matches (same key as the README rule) and, when gold gives a country,
 *   the entry's country is that country, and the entry carries coordinates; `locationAccept`
 *   alternatives count too. Without a gold city, the country and coordinates must match.
 * - Same event: the gold pairs are every pair of files sharing a gold `event`; the found pairs
 *   every pair of labelled files whose entries share a `meeting`.
 */
import type { Entry, Location } from '../schema/entry.ts';
import type { Registry } from '../schema/registry.ts';
import { findPerson, isProvisional, normaliseName, provisionalId, resolvePeople } from '../registry/resolve-people.ts';
import type { GoldLocation, GoldRecord } from './gold.ts';
import { NOT_A_BULLETIN } from './gold.ts';
import { toCityKey, toF1 } from './score.ts';

/** Counts and share: `value` is `hits / total`, or `null` when `total` is 0. */
export interface Share {
  hits: number;
  total: number;
  value: number | null;
}

/** The knowledge figures of one corpus. */
export interface KnowledgeScore {
  /** Participants as registry people: precision, recall, F1 over person ids. */
  people: { precision: Share; recall: Share; f1: number | null };
  /** Bulletins whose place resolved to the gold city and country, with coordinates. */
  places: Share;
  /** Entries with a city or country that carry coordinates. */
  coordinates: Share;
  /** Same-event pairs: found pairs that are gold pairs, and gold pairs found. */
  sameEvent: { precision: Share; recall: Share; found: [string, string][]; expected: [string, string][] };
  /** Per-file verdicts, for `--verbose`: person ids missed and extra, and a wrong place. */
  files: { file: string; missedPeople: string[]; extraPeople: string[]; place: boolean | null }[];
}

/** One labelled file and the entry made from it (`null` when rejected). */
export interface KnowledgeCase {
  gold: GoldRecord;
  entry: Entry | null;
}

function share(hits: number, total: number): Share {
  return { hits, total, value: total === 0 ? null : hits / total };
}

/** Whether a file is a bulletin whose fields are scored (the README's rules, see score.ts). */
function isScored(gold: GoldRecord, produced: boolean): boolean {
  if (gold.kind === NOT_A_BULLETIN) return false;
  const optional = (gold.kindAccept ?? []).includes(NOT_A_BULLETIN);
  return !optional || produced;
}

/**
 * The registry ids of a gold record's participants, resolved as the ingest resolves a bulletin
 * (names with their office, country and date, and each other as context); a name left
 * provisional is retried through its gold aliases before keeping the provisional id.
 */
export function goldPersonIds(gold: GoldRecord, registry: Registry): string[] {
  const found = gold.participants.map((p) => ({
    name: p.name,
    ...(typeof p['role'] === 'string' && p['role'] !== '' ? { role: p['role'] } : {}),
    ...(typeof p.country === 'string' && p.country !== '' ? { country: p.country } : {}),
  }));
  const date = gold.date ?? undefined;
  const resolved = resolvePeople({ participants: found, mentioned: [] }, date, registry).participants;
  const byName = new Map(resolved.map((p) => [p.name, p.person]));
  return gold.participants.map((p) => {
    const id = byName.get(p.name) ?? resolved.find((r) => normaliseName(r.name) === normaliseName(p.name))?.person;
    if (id !== undefined && !isProvisional(id, registry)) return id;
    for (const alias of p.aliases ?? []) {
      const match = findPerson(alias, { ...(date === undefined ? {} : { date }) }, registry);
      if (match !== undefined && 'person' in match) return match.person.id;
    }
    return id ?? provisionalId(p.name, p.country ?? undefined, registry);
  });
}

/** Whether an entry's location resolves a gold location: city and country as the text gives them, and coordinates. */
export function placeResolved(gold: GoldLocation | null, entry: Location | null): boolean {
  const city = gold?.city ?? '';
  const country = (gold?.country ?? '').toUpperCase();
  if (city === '' && country === '') return false;
  if (entry?.coordinates === undefined) return false;
  if (city !== '' && (entry.city === undefined || toCityKey(entry.city) !== toCityKey(city))) return false;
  return country === '' || entry.country === country;
}

/** Every unordered pair of a list, each pair sorted. */
function pairsOf(files: readonly string[]): [string, string][] {
  const sorted = [...files].sort();
  const pairs: [string, string][] = [];
  sorted.forEach((a, i) => sorted.slice(i + 1).forEach((b) => pairs.push([a, b])));
  return pairs;
}

/** Groups file names by a key and returns every pair within a group. */
function pairsByKey(items: readonly { file: string; key: string | undefined }[]): [string, string][] {
  const groups = new Map<string, string[]>();
  for (const { file, key } of items) {
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups.values()].flatMap(pairsOf).sort((x, y) => `${x[0]} ${x[1]}`.localeCompare(`${y[0]} ${y[1]}`));
}

/** Scores people, places and same-event links of a corpus. */
export function scoreKnowledge(cases: readonly KnowledgeCase[], registry: Registry): KnowledgeScore {
  let tp = 0;
  let predicted = 0;
  let expected = 0;
  let placeHits = 0;
  let placeTotal = 0;
  let coordHits = 0;
  let coordTotal = 0;
  const files: KnowledgeScore['files'] = [];
  for (const { gold, entry } of cases) {
    if (entry !== null && (entry.location?.city !== undefined || entry.location?.country !== undefined)) {
      coordTotal += 1;
      if (entry.location.coordinates !== undefined) coordHits += 1;
    }
    if (!isScored(gold, entry !== null)) continue;
    const goldIds = new Set(goldPersonIds(gold, registry));
    const ours = new Set(entry?.participants.map((p) => p.person) ?? []);
    const hits = [...ours].filter((id) => goldIds.has(id)).length;
    tp += hits;
    predicted += ours.size;
    expected += goldIds.size;

    const alternatives = [gold.location, ...(gold.locationAccept ?? [])];
    const located = (gold.location?.city ?? '') !== '' || (gold.location?.country ?? '') !== '';
    let place: boolean | null = null;
    if (located) {
      placeTotal += 1;
      place = entry !== null && alternatives.some((alternative) => placeResolved(alternative, entry.location));
      if (place) placeHits += 1;
    }
    files.push({
      file: gold.file,
      missedPeople: [...goldIds].filter((id) => !ours.has(id)),
      extraPeople: [...ours].filter((id) => !goldIds.has(id)),
      place,
    });
  }
  const precision = share(tp, predicted);
  const recall = share(tp, expected);
  const f1 = toF1(precision.value, recall.value);

  const expectedPairs = pairsByKey(cases.map(({ gold }) => ({ file: gold.file, key: gold.event ?? undefined })));
  const foundPairs = pairsByKey(cases.map(({ gold, entry }) => ({ file: gold.file, key: entry?.meeting })));
  const expectedSet = new Set(expectedPairs.map((pair) => pair.join(' ')));
  const foundRight = foundPairs.filter((pair) => expectedSet.has(pair.join(' '))).length;
  return {
    people: { precision, recall, f1 },
    places: share(placeHits, placeTotal),
    coordinates: share(coordHits, coordTotal),
    sameEvent: {
      precision: share(foundRight, foundPairs.length),
      recall: share(foundRight, expectedPairs.length),
      found: foundPairs,
      expected: expectedPairs,
    },
    files,
  };
}
