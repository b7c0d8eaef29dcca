/**
 * The pure decisions of one ingest run: which directory entries are bulletins, what each
 * bulletin becomes, where its entry goes, how duplicate ids are settled, and the report.
 * `scripts/ingest.ts` does the I/O around these; nothing here touches the file system,
 * the clock or the environment, so the same inputs always give the same outputs.
 */
import { createHash } from 'node:crypto';
import { validateEntry, type Entry } from '../schema/entry.ts';
import { parseBulletin } from './parse-bulletin.ts';
import { toEntryMarkdown } from './serialise-entry.ts';
import type { RawBulletin } from './types.ts';

/** What happened to one directory entry of the input folder. */
export type FileStatus = 'written' | 'flagged' | 'rejected' | 'skipped';

/** Every status, in the order the summary lists them. */
export const FILE_STATUSES: readonly FileStatus[] = ['written', 'flagged', 'rejected', 'skipped'];

/** One line of the report: one directory entry of the input folder. */
export interface FileReport {
  /** The name inside the input folder. */
  file: string;
  /** `written` (entry written), `flagged` (written with flags), `rejected` or `skipped`. */
  status: FileStatus;
  /** The entry's id, when the parser made an entry. */
  id?: string;
  /** The entry's path relative to the output folder, when written. */
  path?: string;
  /** Why an editor should look at a written entry; only on `flagged`. */
  flags?: string[];
  /** Why the file was rejected or skipped. */
  reason?: string;
}

/** The JSON report of a run; reproducible (no timestamps, files sorted by name). */
export interface IngestReport {
  /** The input folder as given on the command line. */
  input: string;
  /** The output folder as given on the command line. */
  output: string;
  /** How many files ended in each status, and how many there were in all. */
  counts: Record<FileStatus, number> & { total: number };
  /** Every directory entry of the input folder, exactly once, sorted by name. */
  files: FileReport[];
}

/**
 * Compares names by UTF-16 code units: unlike `localeCompare`, the order never depends on
 * the machine's locale, so neither does the output.
 */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a directory entry's name marks it as a bulletin (`*.txt`, case-sensitive). */
export function isBulletinName(name: string): boolean {
  return name.endsWith('.txt') && name.length > '.txt'.length;
}

/** Where an entry goes inside the output folder: `YYYY/<id>.md`, or `undated/<id>.md`. */
export function toEntryPath(entry: Pick<Entry, 'id' | 'date'>): string {
  const folder = entry.date === undefined ? 'undated' : entry.date.slice(0, 4);
  return `${folder}/${entry.id}.md`;
}

/** Whether `name` is a folder `toEntryPath` can produce; used to recognise our own output. */
export function isEntryFolderName(name: string): boolean {
  return /^(\d{4}|undated)$/.test(name);
}

/** A bulletin turned into a file to write, or the reason it was not. */
export type BulletinOutcome =
  | {
      status: 'accepted';
      id: string;
      /** Path relative to the output folder. */
      path: string;
      /** The complete entry file. */
      markdown: string;
      flags: string[];
      /** SHA-256 of the raw bytes, to tell a byte-identical copy from a clash of ids. */
      sha256: string;
    }
  | { status: 'rejected'; reason: string };

/**
 * Parses, validates and serialises one bulletin. Never throws: a parser crash or an entry
 * the schema refuses becomes a rejection that says so, so one bad file never stops a run.
 */
export function ingestBulletin(raw: RawBulletin): BulletinOutcome {
  let parsed: ReturnType<typeof parseBulletin>;
  try {
    parsed = parseBulletin(raw);
  } catch (error) {
    return { status: 'rejected', reason: `parser failed: ${describeError(error)}` };
  }
  if (parsed.status === 'rejected') return { status: 'rejected', reason: parsed.reason };
  const valid = validateEntry(parsed.entry);
  if (!valid.ok) return { status: 'rejected', reason: `invalid entry: ${valid.errors.join('; ')}` };
  let markdown: string;
  try {
    markdown = toEntryMarkdown(valid.entry, parsed.body);
  } catch (error) {
    return { status: 'rejected', reason: `could not serialise the entry: ${describeError(error)}` };
  }
  return {
    status: 'accepted',
    id: valid.entry.id,
    path: toEntryPath(valid.entry),
    markdown,
    flags: [...parsed.flags],
    sha256: createHash('sha256').update(raw.bytes).digest('hex'),
  };
}

/** The ids claimed so far in a run, with the file that claimed each and its hash. */
export type ClaimedIds = Map<string, { file: string; sha256: string }>;

/**
 * Settles a bulletin's outcome against the ids already claimed (files must arrive in name
 * order, so the first name wins). A second file with the same id is never written over the
 * first: a byte-identical copy is skipped as `duplicate of <file>`, anything else is rejected
 * as `duplicate id of <file>`. Returns the report line and, when the entry is to be written,
 * its path and text; records a newly claimed id in `claimed`.
 */
export function settleBulletin(
  file: string,
  outcome: BulletinOutcome,
  claimed: ClaimedIds,
): { report: FileReport; write?: { path: string; markdown: string } } {
  if (outcome.status === 'rejected') return { report: { file, status: 'rejected', reason: outcome.reason } };
  const earlier = claimed.get(outcome.id);
  if (earlier !== undefined) {
    return earlier.sha256 === outcome.sha256
      ? { report: { file, status: 'skipped', id: outcome.id, reason: `duplicate of ${earlier.file}` } }
      : { report: { file, status: 'rejected', id: outcome.id, reason: `duplicate id of ${earlier.file}` } };
  }
  claimed.set(outcome.id, { file, sha256: outcome.sha256 });
  const report: FileReport =
    outcome.flags.length > 0
      ? { file, status: 'flagged', id: outcome.id, path: outcome.path, flags: outcome.flags }
      : { file, status: 'written', id: outcome.id, path: outcome.path };
  return { report, write: { path: outcome.path, markdown: outcome.markdown } };
}

/** Builds the report: files sorted by name, counted by status. */
export function buildReport(input: string, output: string, files: readonly FileReport[]): IngestReport {
  const counts = { total: files.length, written: 0, flagged: 0, rejected: 0, skipped: 0 };
  for (const file of files) counts[file.status] += 1;
  return { input, output, counts, files: [...files].sort((a, b) => compareNames(a.file, b.file)) };
}

/** The report as the file holds it: two-space JSON with a final newline. */
export function toReportJson(report: IngestReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The summary printed at the end of a run: the count per status, under `flagged` the count
 * per flag (most frequent first), where the entries and the report went, then one
 * `file: reason` line per rejected file.
 */
export function toSummary(report: IngestReport, paths: { output: string; report: string }): string {
  const { counts } = report;
  const flagCounts = new Map<string, number>();
  for (const file of report.files) {
    for (const flag of file.flags ?? []) flagCounts.set(flag, (flagCounts.get(flag) ?? 0) + 1);
  }
  const flagLines = [...flagCounts]
    .sort(([a, m], [b, n]) => n - m || compareNames(a, b))
    .map(([flag, n]) => `    - ${flag}: ${n}`);
  const lines = [`ingest: ${counts.total} ${counts.total === 1 ? 'item' : 'items'} in ${report.input}`];
  for (const status of FILE_STATUSES) {
    lines.push(`  ${status.padEnd(9)}${String(counts[status]).padStart(7)}`);
    if (status === 'flagged') lines.push(...flagLines);
  }
  lines.push(`entries: ${paths.output}`, `report:  ${paths.report}`);
  const rejected = report.files.filter((file) => file.status === 'rejected');
  if (rejected.length > 0) {
    lines.push('', `rejected (${rejected.length}):`, ...rejected.map((f) => `  ${f.file}: ${f.reason ?? ''}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Says in words what went wrong with a file-system call (`permission denied (EACCES)`),
 * keeping the code so the message can still be searched for.
 */
export function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const words: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOTDIR: 'not a folder',
    EISDIR: 'is a folder',
    ELOOP: 'too many symbolic links (a loop?)',
    ENOSPC: 'no space left on the device',
    EROFS: 'read-only file system',
    EMFILE: 'too many open files',
    EIO: 'input/output error',
  };
  if (typeof code === 'string' && words[code] !== undefined) return `${words[code]} (${code})`;
  return error instanceof Error ? error.message : String(error);
}
