/**
 * Scores extracted entries against gold labels with the rules of `shared/corpus/README.md`.
 * Pure: gold records and entries in, figures out.
 *
 * Decisions where the README is silent (kept in one place so the numbers can be explained):
 * - A bulletin that produced no entry counts as wrong for date, kind and location, and its gold
 *   participants count as missed (recall), so a parser cannot raise accuracy by rejecting.
 * - A bulletin whose `kindAccept` contains `not-a-bulletin` is optional: rejecting it is neither
 *   rewarded nor penalised (it leaves every denominator); if it produces an entry, it is scored
 *   like any bulletin. Only files whose `kind` is `not-a-bulletin` count for rejection.
 * - Fields of a `not-a-bulletin` file that did produce an entry are not scored (the failure is
 *   already in rejection).
 * - Participants are micro-averaged over bulletins: true positives, predicted and gold names are
 *   summed over all files first. A duplicate predicted name is an extra (one-to-one matching).
 *   Precision is 0 when nothing was predicted but gold names exist; a figure whose denominator
 *   is 0 is `null` (shown as n/a), and so is F1 when precision or recall is.
 * - A gold location with neither city nor country (only a venue, say) is treated like `null`.
 * - When gold names a city, only the city is compared (the entry's country is not checked).
 */
import type { Entry, Location } from '../schema/entry.ts';
import { NOT_A_BULLETIN, type GoldLocation, type GoldRecord } from './gold.ts';
import { matchNames } from './match-name.ts';

/** The part of an entry the evaluation scores; both the parser's entries and the baseline's fit it. */
export type ScoredEntry = Pick<Entry, 'date' | 'kind' | 'location'> & { participants: readonly { name: string }[] };

/** One file to score: its gold label and what the extractor produced (`null` = rejected). */
export interface ScoreCase {
  /** The gold label. */
  gold: GoldRecord;
  /** The entry produced for the file, or `null` when the file was rejected. */
  entry: ScoredEntry | null;
}

/** How a file takes part in the figures. */
export type FileRole = 'bulletin' | 'negative' | 'optional';

/** The per-file verdicts behind the figures; `null` means the field was not scored for this file. */
export interface FileScore {
  /** The raw file's name. */
  file: string;
  /** `negative` for `not-a-bulletin`, `optional` for a bulletin that may also be rejected. */
  role: FileRole;
  /** Whether an entry was produced. */
  produced: boolean;
  /** Whether the file was handled right at the entry level: a bulletin produced, a negative rejected. */
  entryOk: boolean;
  /** Whether the entry's date is accepted. */
  date: boolean | null;
  /** Whether the entry's kind is accepted. */
  kind: boolean | null;
  /** Whether the entry's location is accepted. */
  location: boolean | null;
  /** Names paired one to one, missed gold names and extra predicted names; `null` when not scored. */
  participants: {
    matched: { predicted: string; gold: string }[];
    missed: string[];
    extra: string[];
  } | null;
}

/** A share with its counts. `value` is `hits / total`, or `null` when `total` is 0. */
export interface Ratio {
  /** Files (or names) that count as right. */
  hits: number;
  /** Files (or names) scored. */
  total: number;
  /** `hits / total`, or `null` when nothing was scored. */
  value: number | null;
}

/** Every figure of the README, as plain numbers (`null` when its denominator is 0). */
export interface Figures {
  /** Share of bulletins that produced an entry. */
  coverage: number | null;
  /** Share of `not-a-bulletin` files that produced none. */
  rejection: number | null;
  /** Share of bulletins whose entry date is in `dateAccept`. */
  date: number | null;
  /** Share of bulletins whose entry kind is the gold kind or in `kindAccept`. */
  kind: number | null;
  /** Micro-averaged participant precision. */
  participantsPrecision: number | null;
  /** Micro-averaged participant recall. */
  participantsRecall: number | null;
  /** Harmonic mean of participant precision and recall. */
  participantsF1: number | null;
  /** Share of bulletins whose entry location is accepted. */
  location: number | null;
}

/** The result of scoring a corpus: the figures, their counts, and the per-file verdicts. */
export interface CorpusScore {
  /** The figures, ready to compare with floors. */
  figures: Figures;
  /** The counts behind each share (participants: hits = true positives, total = predicted or gold names). */
  counts: {
    coverage: Ratio;
    rejection: Ratio;
    date: Ratio;
    kind: Ratio;
    participantsPrecision: Ratio;
    participantsRecall: Ratio;
    location: Ratio;
  };
  /** One verdict per file, in input order. */
  files: FileScore[];
}

/** F1, the harmonic mean of precision and recall; `null` when either is, 0 when both are 0. */
export function toF1(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** A figure's value from its counts. */
function toRatio(hits: number, total: number): Ratio {
  return { hits, total, value: total === 0 ? null : hits / total };
}

/** Lower-case, diacritic-free, punctuation-free city name; `St.`/`Saint` → `st`, `Washington, D.C.` → `washington`. */
export function toCityKey(city: string): string {
  return city
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(?:saint|sankt|san kt) /, 'st ')
    .replace(/ (?:dc|d c)$/, '');
}

/** Whether an entry's date is accepted: in `dateAccept`, a missing date matching `null`. */
export function isDateAccepted(gold: GoldRecord, entry: ScoredEntry): boolean {
  return gold.dateAccept.includes(entry.date ?? null);
}

/** Whether an entry's kind equals the gold kind or is one of `kindAccept`. */
export function isKindAccepted(gold: GoldRecord, entry: ScoredEntry): boolean {
  return entry.kind === gold.kind || (gold.kindAccept ?? []).includes(entry.kind);
}

/**
 * Whether an entry's location matches one gold location: the city when gold names one, else the
 * country when gold names one, else the entry must have neither city nor country.
 */
export function locationMatches(gold: GoldLocation | null, entry: Location | null): boolean {
  const city = gold?.city ?? null;
  const country = gold?.country ?? null;
  if (city !== null && city !== '') {
    return entry?.city !== undefined && toCityKey(entry.city) === toCityKey(city);
  }
  if (country !== null && country !== '') {
    return entry?.country !== undefined && entry.country.toUpperCase() === country.toUpperCase();
  }
  return entry === null || (entry.city === undefined && entry.country === undefined);
}

/** Whether an entry's location matches the gold location or any of `locationAccept`. */
export function isLocationAccepted(gold: GoldRecord, entry: ScoredEntry): boolean {
  const alternatives = [gold.location, ...(gold.locationAccept ?? [])];
  return alternatives.some((alternative) => locationMatches(alternative, entry.location));
}

/** The role a gold record gives its file. */
function toRole(gold: GoldRecord): FileRole {
  if (gold.kind === NOT_A_BULLETIN) return 'negative';
  return (gold.kindAccept ?? []).includes(NOT_A_BULLETIN) ? 'optional' : 'bulletin';
}

/** Scores one file; see the module comment for the rules. */
export function scoreFile({ gold, entry }: ScoreCase): FileScore {
  const role = toRole(gold);
  const produced = entry !== null;
  const base = { file: gold.file, role, produced };
  const unscored = { date: null, kind: null, location: null, participants: null };
  if (role === 'negative') return { ...base, entryOk: !produced, ...unscored };
  if (role === 'optional' && !produced) return { ...base, entryOk: true, ...unscored };
  if (entry === null) {
    return {
      ...base,
      entryOk: false,
      date: false,
      kind: false,
      location: false,
      participants: { matched: [], missed: gold.participants.map((p) => p.name), extra: [] },
    };
  }
  const predicted = entry.participants.map((p) => p.name);
  const matching = matchNames(predicted, gold.participants);
  return {
    ...base,
    entryOk: true,
    date: isDateAccepted(gold, entry),
    kind: isKindAccepted(gold, entry),
    location: isLocationAccepted(gold, entry),
    participants: {
      matched: matching.pairs.map(([pi, gi]) => ({ predicted: predicted[pi] ?? '', gold: gold.participants[gi]?.name ?? '' })),
      missed: matching.missed.map((gi) => gold.participants[gi]?.name ?? ''),
      extra: matching.extra.map((pi) => predicted[pi] ?? ''),
    },
  };
}

/** Scores a corpus: every README figure, with counts and per-file verdicts. */
export function scoreCorpus(cases: readonly ScoreCase[]): CorpusScore {
  const files = cases.map(scoreFile);
  const bulletins = files.filter((f) => f.role === 'bulletin' || (f.role === 'optional' && f.produced));
  const negatives = files.filter((f) => f.role === 'negative');
  const countTrue = (key: 'date' | 'kind' | 'location'): number => bulletins.filter((f) => f[key] === true).length;

  let tp = 0;
  let predicted = 0;
  let goldNames = 0;
  for (const f of bulletins) {
    const p = f.participants;
    if (p === null) continue;
    tp += p.matched.length;
    predicted += p.matched.length + p.extra.length;
    goldNames += p.matched.length + p.missed.length;
  }
  const precision: Ratio = { hits: tp, total: predicted, value: predicted > 0 ? tp / predicted : goldNames > 0 ? 0 : null };
  const recall = toRatio(tp, goldNames);
  const f1 = toF1(precision.value, recall.value);

  const counts = {
    coverage: toRatio(bulletins.filter((f) => f.produced).length, bulletins.length),
    rejection: toRatio(negatives.filter((f) => !f.produced).length, negatives.length),
    date: toRatio(countTrue('date'), bulletins.length),
    kind: toRatio(countTrue('kind'), bulletins.length),
    participantsPrecision: precision,
    participantsRecall: recall,
    location: toRatio(countTrue('location'), bulletins.length),
  };
  return {
    figures: {
      coverage: counts.coverage.value,
      rejection: counts.rejection.value,
      date: counts.date.value,
      kind: counts.kind.value,
      participantsPrecision: precision.value,
      participantsRecall: recall.value,
      participantsF1: f1,
      location: counts.location.value,
    },
    counts,
    files,
  };
}
