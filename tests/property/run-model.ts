/**
 * A whole ingest run without the file system, for the run-level properties: a folder is a set
 * of (name, text) pairs drawn from the committed fixture bulletins, each parsed with
 * `ingestBulletin` and settled with the pure planner `planRun`, as `scripts/ingest.ts` does.
 *
 * Parsing is the slow part, so each (name, text) pair is parsed once and remembered; the first
 * time, it is parsed twice and the two outcomes must be equal (the parser is deterministic).
 * Every run gets its own deep copy, so no run can change what another sees.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { ingestBulletin, planRun, toReportJson, type BulletinOutcome, type FileReport, type IngestReport } from '../../src/ingest/ingest-run.ts';
import type { ParsedBulletin } from '../../src/ingest/merge-copies.ts';
import { fixtureBulletins, REGISTRY } from './arbitraries.ts';

/** The texts a folder is made of. */
export const TEXTS = fixtureBulletins();

/** File names, hostile ones included; the order of names decides which copy is a re-post's source. */
export const NAMES = [
  ...TEXTS.map((text) => text.name),
  'a b.txt',
  'Визит 2014.txt',
  'line\nbreak.txt',
  '000 first.txt',
  'zzz last.txt',
  '-dash.txt',
  '中文.txt',
  'UPPER.txt',
];

/** One file of a folder: its name and which text it holds. */
export interface FolderFile {
  name: string;
  text: number;
}

/** A folder: distinct names, each holding one of the texts (two names may hold the same text: a re-post). */
export const folder = (maxLength: number): fc.Arbitrary<FolderFile[]> =>
  fc.uniqueArray(fc.record({ name: fc.constantFrom(...NAMES), text: fc.nat(TEXTS.length - 1) }), {
    selector: (file) => file.name,
    maxLength,
  });

const parsed = new Map<string, BulletinOutcome>();

/** The parser's outcome for a file, parsed (twice, compared) on first use. */
function parse(file: FolderFile): BulletinOutcome {
  const key = `${file.text}\u0000${file.name}`;
  let outcome = parsed.get(key);
  if (outcome === undefined) {
    const bytes = TEXTS[file.text]?.bytes ?? new Uint8Array();
    outcome = ingestBulletin({ file: file.name, bytes }, REGISTRY);
    const again = ingestBulletin({ file: file.name, bytes: Uint8Array.from(bytes) }, REGISTRY);
    if (!isDeepStrictEqual(outcome, again)) throw new Error(`the parser gave two answers for ${file.name}`);
    parsed.set(key, outcome);
  }
  return structuredClone(outcome);
}

/** What a run leaves behind: the report's bytes and every entry file's path and bytes. */
export interface RunOutput {
  report: IngestReport;
  reportJson: string;
  /** `path\n\nmarkdown` per entry file, sorted by path: the output folder as bytes. */
  files: string[];
}

/** Runs the ingest on the files in the order given, as the CLI would after reading them in that order. */
export function runIngest(files: readonly FolderFile[]): RunOutput {
  const settled: FileReport[] = [];
  const bulletins: ParsedBulletin[] = [];
  for (const file of files) {
    const outcome = parse(file);
    if (outcome.status === 'rejected') settled.push({ file: file.name, status: 'rejected', reason: outcome.reason });
    else bulletins.push({ file: file.name, entry: outcome.entry, body: outcome.body, flags: outcome.flags });
  }
  const plan = planRun({ input: 'in', output: 'out', settled, bulletins, overrides: [], registry: REGISTRY });
  if (!plan.ok) throw new Error(`the plan failed: ${plan.problems.join('; ')}`);
  const paths = plan.writes.map((write) => write.path);
  if (new Set(paths).size !== paths.length) throw new Error(`two entries would be written to one path: ${paths.join(', ')}`);
  const written = plan.writes.map((write) => `${write.path}\n\n${write.markdown}`).sort();
  return { report: plan.report, reportJson: toReportJson(plan.report), files: written };
}
