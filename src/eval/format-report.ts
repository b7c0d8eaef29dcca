/**
 * Turns an evaluation into what people read: the figures table, one line per disagreement with
 * gold, and the JSON record. Pure: values in, strings out.
 */
import type { Location } from '../schema/entry.ts';
import type { Evaluation } from './evaluate.ts';
import type { GoldLocation, GoldRecord } from './gold.ts';
import type { CorpusScore, Figures, Ratio } from './score.ts';
import type { KnowledgeScore, Share } from './score-knowledge.ts';

/** The minimum each figure of the parser must reach (the corpus test asserts the same numbers). */
export const FLOORS: Partial<Record<keyof Figures, number>> = {
  coverage: 0.98,
  rejection: 0.9,
  date: 0.95,
  kind: 0.9,
  participantsF1: 0.92,
  location: 0.9,
};

/** The figures of the knowledge layer (`score-knowledge.ts`) and their floors. */
export const KNOWLEDGE_FLOORS = {
  peopleF1: 0.92,
  places: 0.9,
  coordinates: 1,
  sameEventPrecision: 0.9,
  sameEventRecall: 0.8,
} as const;

/** The knowledge figures by key, as the table and the corpus test read them. */
export function knowledgeFigures(score: KnowledgeScore): Record<keyof typeof KNOWLEDGE_FLOORS, { value: number | null; share?: Share }> {
  return {
    peopleF1: { value: score.people.f1 },
    places: { value: score.places.value, share: score.places },
    coordinates: { value: score.coordinates.value, share: score.coordinates },
    sameEventPrecision: { value: score.sameEvent.precision.value, share: score.sameEvent.precision },
    sameEventRecall: { value: score.sameEvent.recall.value, share: score.sameEvent.recall },
  };
}

const KNOWLEDGE_LABELS: Record<keyof typeof KNOWLEDGE_FLOORS, string> = {
  peopleF1: 'people F1 (resolved ids)',
  places: 'place: city + country + coords',
  coordinates: 'located entries with coords',
  sameEventPrecision: 'same-event pairs P',
  sameEventRecall: 'same-event pairs R',
};

/**
 * The knowledge table: people as registry ids (precision and recall in the label's counts),
 * places, coordinates and same-event pairs, each against its floor. The baseline has no
 * registry, so it has no column here.
 */
export function toKnowledgeTable(score: KnowledgeScore): string {
  const figures = knowledgeFigures(score);
  const header = ['knowledge figure', 'ours', 'floor', ''];
  const body = (Object.keys(KNOWLEDGE_FLOORS) as (keyof typeof KNOWLEDGE_FLOORS)[]).map((key) => {
    const { value, share } = figures[key];
    const floor = KNOWLEDGE_FLOORS[key];
    const mark = value === null ? '' : value >= floor ? 'pass' : 'FAIL';
    return [KNOWLEDGE_LABELS[key], formatCell(value, share), `≥ ${floor.toFixed(2)}`, mark];
  });
  const { precision, recall } = score.people;
  body.splice(1, 0, ['  people P / R', `${formatCell(precision.value, precision)} / ${formatCell(recall.value, recall)}`, '-', '']);
  const rows = [header, ...body];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

/** The table's rows, in display order: figure key, label, and the counts behind it (if any). */
const ROWS: readonly { key: keyof Figures; label: string; counts?: keyof CorpusScore['counts'] }[] = [
  { key: 'coverage', label: 'coverage', counts: 'coverage' },
  { key: 'rejection', label: 'rejection', counts: 'rejection' },
  { key: 'date', label: 'date', counts: 'date' },
  { key: 'kind', label: 'kind', counts: 'kind' },
  { key: 'participantsPrecision', label: 'participants P', counts: 'participantsPrecision' },
  { key: 'participantsRecall', label: 'participants R', counts: 'participantsRecall' },
  { key: 'participantsF1', label: 'participants F1' },
  { key: 'location', label: 'location', counts: 'location' },
];

/** `0.987 (75/76)`, or `n/a` when nothing was scored. */
function formatCell(value: number | null, ratio: Ratio | undefined): string {
  if (value === null) return ratio === undefined ? 'n/a' : `n/a (${ratio.hits}/${ratio.total})`;
  const fixed = value.toFixed(3);
  return ratio === undefined ? fixed : `${fixed} (${ratio.hits}/${ratio.total})`;
}

/**
 * The figures table: one row per figure, columns `ours`, `baseline`, `floor` and a pass/FAIL
 * mark for ours (a figure with no floor, or `n/a`, gets no mark).
 */
export function toReportTable(evaluation: Pick<Evaluation, 'ours' | 'baseline'>): string {
  const header = ['figure', 'ours', 'baseline', 'floor', ''];
  const body = ROWS.map(({ key, label, counts }) => {
    const ours = evaluation.ours.figures[key];
    const floor = FLOORS[key];
    const mark = floor === undefined || ours === null ? '' : ours >= floor ? 'pass' : 'FAIL';
    return [
      label,
      formatCell(ours, counts && evaluation.ours.counts[counts]),
      formatCell(evaluation.baseline.figures[key], counts && evaluation.baseline.counts[counts]),
      floor === undefined ? '-' : `≥ ${floor.toFixed(2)}`,
      mark,
    ];
  });
  const rows = [header, ...body];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

/** A gold or entry location as `Beijing, CN`; `none` when it has neither city nor country. */
function formatLocation(location: GoldLocation | Location | null): string {
  const parts = [location?.city, location?.country].filter((p): p is string => typeof p === 'string' && p !== '');
  return parts.length === 0 ? 'none' : parts.join(', ');
}

/** Every location gold accepts, `|`-separated, without repeats. */
function formatGoldLocations(gold: GoldRecord): string {
  return [...new Set([gold.location, ...(gold.locationAccept ?? [])].map(formatLocation))].join(' | ');
}

/** Joins names for display; `none` for none. */
function formatNames(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

/**
 * One line per field where the parser disagrees with gold, `file  field  expected → got`:
 * a rejected bulletin gets a single `entry` line (its fields are all counted wrong), a
 * `not-a-bulletin` file that produced an entry gets one too; files that agree print nothing.
 */
export function toMismatchLines(evaluation: Pick<Evaluation, 'ours' | 'files'>): string[] {
  const lines: [string, string, string, string][] = [];
  evaluation.files.forEach(({ gold, ours }, index) => {
    const verdict = evaluation.ours.files[index];
    if (verdict === undefined) return;
    const add = (field: string, expected: string, got: string): void => {
      lines.push([gold.file, field, expected, got]);
    };
    if (!verdict.entryOk) {
      if (ours.status === 'rejected') add('entry', `entry (${gold.kind})`, `rejected: ${ours.reason}`);
      else add('entry', 'rejected (not-a-bulletin)', `entry "${ours.entry.title.slice(0, 60)}"`);
      return;
    }
    if (ours.status !== 'accepted') return;
    const { entry } = ours;
    if (verdict.date === false) add('date', gold.dateAccept.map((d) => d ?? 'none').join(' | '), entry.date ?? 'none');
    if (verdict.kind === false) add('kind', [...new Set([gold.kind, ...(gold.kindAccept ?? [])])].join(' | '), entry.kind);
    const people = verdict.participants;
    if (people !== null && (people.missed.length > 0 || people.extra.length > 0)) {
      const got = formatNames(entry.participants.map((p) => p.name));
      // The bracketed diff only helps when both sides have names; otherwise the lists say it all.
      const diff = [
        people.missed.length > 0 ? `missing ${formatNames(people.missed)}` : '',
        people.extra.length > 0 ? `extra ${formatNames(people.extra)}` : '',
      ].filter(Boolean);
      const bothSides = gold.participants.length > 0 && entry.participants.length > 0;
      add('participants', formatNames(gold.participants.map((p) => p.name)), bothSides ? `${got}  [${diff.join('; ')}]` : got);
    }
    if (verdict.location === false) add('location', formatGoldLocations(gold), formatLocation(entry.location));
  });
  const fileWidth = Math.max(0, ...lines.map((l) => l[0].length));
  const fieldWidth = Math.max(0, ...lines.map((l) => l[1].length));
  return lines.map(([file, field, expected, got]) => `${file.padEnd(fileWidth)}  ${field.padEnd(fieldWidth)}  ${expected} → ${got}`);
}

/** The JSON record written by `--json`: both extractors' figures and counts, the floors, and each file's verdicts for ours. */
export function toReportJson(evaluation: Evaluation): object {
  return {
    floors: FLOORS,
    ours: { figures: evaluation.ours.figures, counts: evaluation.ours.counts },
    baseline: { figures: evaluation.baseline.figures, counts: evaluation.baseline.counts },
    knowledgeFloors: KNOWLEDGE_FLOORS,
    knowledge: evaluation.knowledge,
    files: evaluation.ours.files,
  };
}

/**
 * One line per knowledge disagreement: person ids missed or extra after resolution, places
 * not resolved to the gold city and country with coordinates, same-event pairs missed or extra.
 */
export function toKnowledgeMismatchLines(score: KnowledgeScore): string[] {
  const lines: string[] = [];
  for (const file of score.files) {
    if (file.missedPeople.length > 0 || file.extraPeople.length > 0) {
      const parts = [
        file.missedPeople.length > 0 ? `missing ${file.missedPeople.join(', ')}` : '',
        file.extraPeople.length > 0 ? `extra ${file.extraPeople.join(', ')}` : '',
      ].filter(Boolean);
      lines.push(`${file.file}  people  ${parts.join('; ')}`);
    }
    if (file.place === false) lines.push(`${file.file}  place  not resolved to the gold city and country with coordinates`);
  }
  const found = new Set(score.sameEvent.found.map((pair) => pair.join(' ')));
  const expected = new Set(score.sameEvent.expected.map((pair) => pair.join(' ')));
  for (const pair of score.sameEvent.expected) if (!found.has(pair.join(' '))) lines.push(`${pair.join(' + ')}  same event  not linked`);
  for (const pair of score.sameEvent.found) if (!expected.has(pair.join(' '))) lines.push(`${pair.join(' + ')}  same event  linked but gold says different events`);
  return lines;
}
