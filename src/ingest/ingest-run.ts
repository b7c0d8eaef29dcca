/**
 * The pure decisions of one ingest run: which directory entries are bulletins, what each
 * bulletin becomes, where its entry goes, how re-posts, overrides and reports of one meeting
 * are settled, and the report. `scripts/ingest.ts` does the I/O around these; nothing here
 * touches the file system, the clock or the environment, so the same inputs always give the
 * same outputs.
 *
 * A run has two passes: every file is parsed first (`ingestBulletin`), then `planRun` decides
 * across files (re-posts, overrides, links) and serialises, because a meeting's main report
 * can only be chosen once all its reports are known.
 */
import { validateEntry, type Entry } from '../schema/entry.ts';
import type { Override } from '../schema/override.ts';
import type { Registry } from '../schema/registry.ts';
import { applyOverride, type OverrideFile } from './apply-override.ts';
import { toLedgerLines, type LedgerReport } from './id-ledger.ts';
import { linkReports, listMeetings, type MeetingGroup } from './link-reports.ts';
import { mergeCopies, type ParsedBulletin } from './merge-copies.ts';
import { parseBulletin } from './parse-bulletin.ts';
import { toEntryMarkdown } from './serialise-entry.ts';
import type { RawBulletin } from './types.ts';

/** What happened to one directory entry of the input folder. */
export type FileStatus = 'written' | 'flagged' | 'merged' | 'rejected' | 'skipped';

/** Every status, in the order the summary lists them. */
export const FILE_STATUSES: readonly FileStatus[] = ['written', 'flagged', 'merged', 'rejected', 'skipped'];

/** One line of the report: one directory entry of the input folder. */
export interface FileReport {
  /** The name inside the input folder. */
  file: string;
  /**
   * `written` (entry written), `flagged` (written with flags), `merged` (an exact re-post,
   * listed in the `copies` of the first file's entry), `rejected` or `skipped`.
   */
  status: FileStatus;
  /** The entry's id, when the parser made an entry. */
  id?: string;
  /** The entry's path relative to the output folder, when written. */
  path?: string;
  /** Why an editor should look at a written entry; only on `flagged`. */
  flags?: string[];
  /** Why the file was merged, rejected or skipped. */
  reason?: string;
  /** The override file (in the overrides folder) that changed this file's entry. */
  override?: string;
}

/** A person id the people registry does not know yet, for an editor to confirm. */
export interface ProvisionalPerson {
  /** The provisional id the entries use. */
  person: string;
  /** Every name written for this id, sorted. */
  names: string[];
  /** The country most entries give the person as a participant, when any does. */
  country?: string;
  /** The raw files of the entries naming the person, sorted (a re-post's copies left out). */
  files: string[];
}

/** What the overrides did in this run. */
export interface OverridesReport {
  /** Each override applied, with the entry it patched. */
  applied: { file: string; id: string }[];
  /** Overrides whose entry is not in this run (its raw file is gone, or its text changed). */
  unmatched: { file: string; reason: string }[];
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
  /** Overrides applied and unmatched, sorted by file. */
  overrides: OverridesReport;
  /** Meetings reported by two or more entries, sorted by main report. */
  meetings: MeetingGroup[];
  /** People ids not in the registry, sorted. */
  provisional: ProvisionalPerson[];
  /** The id ledger: what this run redirected, withdrew and restored (see src/ingest/id-ledger.ts). */
  ledger?: LedgerReport;
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

/**
 * The largest file read as a bulletin: 10 MB. Real bulletins are a few kilobytes, so a file
 * this big is a dump, a log or a mistake, and parsing it whole would make one page of
 * megabytes. It is rejected unread, with its size in the reason; the raw file stays where it
 * is, so nothing is lost, and an editor can split it.
 */
export const MAX_BULLETIN_BYTES = 10_000_000;

/** The report's reason for a file over {@link MAX_BULLETIN_BYTES}. */
export function tooLargeReason(size: number): string {
  const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `too large for a bulletin: ${megabytes(size)} (${size} bytes), over the limit of ${megabytes(MAX_BULLETIN_BYTES)}; not read — check what the file is, or split it into bulletins`;
}

/** A bulletin parsed and validated, or the reason it was not. */
export type BulletinOutcome =
  | ({ status: 'accepted' } & Omit<ParsedBulletin, 'file'>)
  | { status: 'rejected'; reason: string };

/**
 * Parses and validates one bulletin (the first pass: nothing is written until every file is
 * read). Never throws: a parser crash or an entry the schema refuses becomes a rejection
 * that says so, so one bad file never stops a run. A file over {@link MAX_BULLETIN_BYTES} is
 * rejected without being parsed.
 */
export function ingestBulletin(raw: RawBulletin, registry: Registry): BulletinOutcome {
  if (raw.bytes.length > MAX_BULLETIN_BYTES) return { status: 'rejected', reason: tooLargeReason(raw.bytes.length) };
  let parsed: ReturnType<typeof parseBulletin>;
  try {
    parsed = parseBulletin(raw, registry);
  } catch (error) {
    return { status: 'rejected', reason: `parser failed: ${describeError(error)}` };
  }
  if (parsed.status === 'rejected') return { status: 'rejected', reason: parsed.reason };
  const valid = validateEntry(parsed.entry);
  if (!valid.ok) return { status: 'rejected', reason: `invalid entry: ${valid.errors.join('; ')}` };
  return { status: 'accepted', entry: valid.entry, body: parsed.body, flags: [...parsed.flags] };
}

/** Everything the second pass decides from. */
export interface RunInput {
  /** The input and output folders as given on the command line (for the report). */
  input: string;
  output: string;
  /** Report lines of the items settled while reading: skipped, rejected. */
  settled: readonly FileReport[];
  /** The bulletins the parser accepted, each entry as `validateEntry` returned it (planRun does not check them again). */
  bulletins: readonly ParsedBulletin[];
  /** The overrides folder, read and validated. */
  overrides: readonly OverrideFile[];
  registry: Registry;
  /**
   * Gives an entry's frontmatter (default `toFrontmatter`): the CLI passes one that remembers
   * the text of entries it serialised in an earlier run. It must return what `toFrontmatter` would.
   */
  frontmatter?: (entry: Entry) => string;
}

/** The second pass's answer: the files to write, the entries in them (for the id ledger) and the report, or why nothing may be written. */
export type RunPlan =
  | { ok: true; report: IngestReport; writes: { path: string; markdown: string }[]; entries: Entry[] }
  | { ok: false; problems: string[] };

/**
 * Flags an override made obsolete: the editor gave the date or the participants the parser
 * could not find, so the entry no longer needs looking at for that.
 */
function flagsAfterOverride(flags: readonly string[], override: Override): string[] {
  return flags.filter(
    (flag) =>
      !(flag.startsWith('undated') && typeof override.date === 'string') &&
      !(flag === 'no participants found' && (override.participants?.length ?? 0) > 0),
  );
}

/**
 * The second pass, once every file is read: merges exact re-posts, applies the overrides,
 * links the reports of one meeting, then serialises every entry. Any override that does not
 * apply cleanly makes the whole plan fail (`ok: false`, every problem naming its file), so
 * a run never writes half-corrected entries. The result does not depend on input order.
 */
export function planRun(run: RunInput): RunPlan {
  const { kept, duplicates } = mergeCopies(run.bulletins);
  const overrides = new Map(run.overrides.map((o) => [o.id, o]));
  const problems: string[] = [];
  const applied = new Map<string, OverrideFile>();
  const patched = kept.map((bulletin) => {
    const found = overrides.get(bulletin.entry.id);
    if (found === undefined) return bulletin;
    const result = applyOverride(bulletin.entry, found.override, run.registry, found.file);
    if (!result.ok) {
      problems.push(...result.problems);
      return bulletin;
    }
    applied.set(bulletin.entry.id, found);
    return { ...bulletin, entry: result.entry, flags: flagsAfterOverride(bulletin.flags, found.override) };
  });

  const linked = linkReports(
    patched.map(({ entry, body }) => ({ ...entry, bodyLength: body.length, meetingFixed: applied.get(entry.id)?.override.meeting !== undefined })),
  );
  for (const problem of linked.problems) problems.push(`${applied.get(problem.id)?.file ?? problem.id}: ${problem.message}`);
  if (problems.length > 0) return { ok: false, problems };

  const files: FileReport[] = [...run.settled, ...duplicates];
  const writes: { path: string; markdown: string }[] = [];
  const entries: Entry[] = [];
  // Entries exactly as parsed (validated then, see RunInput), not merged, patched or linked
  // since: validating them again would find nothing, and cost a schema check per entry.
  const asParsed = new Set(run.bulletins.map((bulletin) => bulletin.entry));
  for (const bulletin of patched) {
    const { entry: parsed, body, file } = bulletin;
    const overrideFile = applied.get(parsed.id)?.file;
    const meeting = linked.meetings.get(parsed.id) ?? parsed.id;
    const valid: ReturnType<typeof validateEntry> =
      asParsed.has(parsed) && meeting === parsed.meeting ? { ok: true, entry: parsed } : validateEntry({ ...parsed, meeting });
    let markdown: string;
    try {
      if (!valid.ok) throw new Error(`invalid entry: ${valid.errors.join('; ')}`);
      markdown = toEntryMarkdown(valid.entry, body, run.frontmatter?.(valid.entry));
    } catch (error) {
      files.push({ file, status: 'rejected', id: parsed.id, reason: `could not serialise the entry: ${describeError(error)}` });
      continue;
    }
    const path = toEntryPath(valid.entry);
    entries.push(valid.entry);
    writes.push({ path, markdown });
    files.push({
      file,
      status: bulletin.flags.length > 0 ? 'flagged' : 'written',
      id: parsed.id,
      path,
      ...(bulletin.flags.length > 0 ? { flags: bulletin.flags } : {}),
      ...(overrideFile === undefined ? {} : { override: overrideFile }),
    });
  }
  const keptIds = new Set(kept.map((bulletin) => bulletin.entry.id));
  const overridesReport: OverridesReport = {
    applied: [...applied.values()].map(({ file, id }) => ({ file, id })).sort((a, b) => compareNames(a.file, b.file)),
    unmatched: run.overrides
      .filter((o) => !keptIds.has(o.id))
      .map(({ file, id }) => ({ file, reason: `no entry has id ${id}` }))
      .sort((a, b) => compareNames(a.file, b.file)),
  };
  const report = buildReport(run.input, run.output, files, {
    overrides: overridesReport,
    meetings: listMeetings(entries),
    provisional: listProvisionalPeople(entries, run.registry),
  });
  return { ok: true, report, writes, entries };
}

/**
 * Every person id the entries use that the people registry does not hold (the resolver made
 * it for a name the registry lacks), with the names written for it and the files naming it.
 */
export function listProvisionalPeople(entries: readonly Entry[], registry: Pick<Registry, 'people'>): ProvisionalPerson[] {
  const known = new Set(registry.people.map((person) => person.id));
  const found = new Map<string, { names: Set<string>; countries: Map<string, number>; files: Set<string> }>();
  for (const entry of entries) {
    const named: { name: string; person: string; country?: string | undefined }[] = [...entry.participants, ...entry.mentioned];
    for (const { name, person: id, country } of named) {
      if (known.has(id)) continue;
      let person = found.get(id);
      if (person === undefined) {
        person = { names: new Set(), countries: new Map(), files: new Set() };
        found.set(id, person);
      }
      person.names.add(name);
      person.files.add(entry.source.file);
      if (country !== undefined) person.countries.set(country, (person.countries.get(country) ?? 0) + 1);
    }
  }
  return [...found]
    .sort(([a], [b]) => compareNames(a, b))
    .map(([person, { names, countries, files }]) => {
      // The country most entries give; a tie goes to the first code, so the output is stable.
      const country = [...countries].sort(([a, m], [b, n]) => n - m || compareNames(a, b))[0]?.[0];
      return {
        person,
        names: [...names].sort(compareNames),
        ...(country === undefined ? {} : { country }),
        files: [...files].sort(compareNames),
      };
    });
}

/** The parts of the report beyond the files. */
export type ReportDetails = Pick<IngestReport, 'overrides' | 'meetings' | 'provisional'>;

/** Builds the report: files sorted by name, counted by status. */
export function buildReport(
  input: string,
  output: string,
  files: readonly FileReport[],
  details: ReportDetails = { overrides: { applied: [], unmatched: [] }, meetings: [], provisional: [] },
): IngestReport {
  const counts = { total: files.length, written: 0, flagged: 0, merged: 0, rejected: 0, skipped: 0 };
  for (const file of files) counts[file.status] += 1;
  return { input, output, counts, files: [...files].sort((a, b) => compareNames(a.file, b.file)), ...details };
}

/** The report as the file holds it: two-space JSON with a final newline. */
export function toReportJson(report: IngestReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The summary printed at the end of a run: the count per status, under `flagged` the count
 * per flag (most frequent first), the overrides, meetings and provisional people, where the
 * entries and the report went, then one `file: reason` line per unmatched override and per
 * rejected file.
 */
export function toSummary(report: IngestReport, paths: { output: string; report: string; people: string }): string {
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
  const { applied, unmatched } = report.overrides;
  lines.push(`overrides: ${applied.length} applied, ${unmatched.length} unmatched`);
  lines.push(`meetings: ${report.meetings.length} with more than one report`);
  const provisional = report.provisional.length;
  lines.push(
    provisional === 0
      ? 'provisional people: 0'
      : `provisional people: ${provisional} not in the registry; confirm them in ${paths.people} (listed in the report)`,
  );
  if (report.ledger !== undefined) lines.push(...toLedgerLines(report.ledger));
  lines.push(`entries: ${paths.output}`, `report:  ${paths.report}`);
  if (unmatched.length > 0) {
    lines.push('', `unmatched overrides (${unmatched.length}):`, ...unmatched.map((o) => `  ${o.file}: ${o.reason}`));
  }
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
