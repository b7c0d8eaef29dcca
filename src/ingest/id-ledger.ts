/**
 * Permalinks that never break: given the previous ledger of published ids and this run's
 * entries, works out the next ledger. Pure: values in, values out.
 *
 * Every id ever published stays in exactly one state:
 * - **live**: the id of an entry of this run;
 * - **redirected** to a live id: its source file (the stable handle of a bulletin) now has
 *   another id, because a better parser read another date or name, or its text was corrected;
 *   chains collapse (A→B then B→C gives A→C and B→C), so a redirect always lands on a page;
 * - **withdrawn**: its source file is gone from the folder or now rejected (a redirect whose
 *   target is withdrawn is withdrawn too). A withdrawn id whose file comes back is live again
 *   when the id is the same, and redirected when the file now has another id.
 *
 * Exact re-posts (`merged` files) are sources of the entry they were merged into, so they
 * keep pointing at it, and redirect there if they once had an id of their own.
 */
import { LEDGER_VERSION, type Ledger, type LedgerSource, type Withdrawn } from '../schema/ledger.ts';
import type { Entry } from '../schema/entry.ts';

/** What the ledger needs of an entry written this run. */
export type LedgerEntry = Pick<Entry, 'id' | 'title' | 'date' | 'source' | 'copies'>;

/** What the ledger needs of a report line: why a file that made no entry made none. */
export interface LedgerFile {
  file: string;
  status: string;
  reason?: string | undefined;
}

/** This run's results. */
export interface LedgerRun {
  /** Every entry written this run (each with its source and copies). */
  entries: readonly LedgerEntry[];
  /** Every line of this run's report; only files that made no entry are read. */
  files: readonly LedgerFile[];
}

/** What a run changed in the ledger, for the ingest report. */
export interface LedgerChanges {
  /** Redirects added this run, or pointed at a new target, sorted by former id. */
  redirected: { from: string; to: string }[];
  /** Ids withdrawn this run, sorted by id. */
  withdrawn: { id: string; file: string; reason: string }[];
  /** Former ids (redirected or withdrawn before) that are live again, sorted. */
  restored: string[];
}

/** The ledger part of the ingest report. */
export interface LedgerReport extends LedgerChanges {
  /** The ledger file, as given on the command line or defaulted. */
  file: string;
  /** How many sources, live ids, redirects and withdrawn ids the new ledger holds. */
  counts: { sources: number; live: number; redirects: number; withdrawn: number };
}

/** Code-unit order, never the locale's (as in ingest-run.ts; not imported, which would make a cycle). */
const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Where an id ends up. */
type Fate = { kind: 'redirect'; to: string } | { kind: 'withdrawn'; record: Withdrawn };

/** An object with its keys in code-unit order, so `JSON.stringify` is byte-stable. */
function sortedRecord<T>(pairs: Iterable<[string, T]>): Record<string, T> {
  return Object.fromEntries([...pairs].sort(([a], [b]) => compareNames(a, b)));
}

/** A ledger record with its fields in a fixed order and absent fields left out. */
function toSource(entry: LedgerEntry, source: Entry['source']): LedgerSource {
  return {
    id: entry.id,
    title: entry.title,
    ...(entry.date === undefined ? {} : { date: entry.date }),
    sha256: source.sha256,
    ...(source.url === undefined ? {} : { url: source.url }),
  };
}

/** The sources of this run: each entry's source file and its merged copies, by file name. */
function currentSources(entries: readonly LedgerEntry[]): Map<string, LedgerSource> {
  const sources = new Map<string, LedgerSource>();
  for (const entry of entries) {
    for (const source of [entry.source, ...(entry.copies ?? [])]) sources.set(source.file, toSource(entry, source));
  }
  return sources;
}

/** Why a source file that made an entry last time made none this run. */
function whyGone(file: string, lines: ReadonlyMap<string, LedgerFile>): string {
  const line = lines.get(file);
  if (line === undefined) return 'its source file is no longer in the input folder';
  return `its source file was ${line.status}${line.reason === undefined ? '' : `: ${line.reason}`}`;
}

/**
 * The next ledger and what changed. The result does not depend on the order of
 * `run.entries` or `run.files`; when two files that shared a former id now have different
 * ids, the redirect goes where the first of them by name went (the file the merged entry
 * was made from).
 */
export function updateLedger(previous: Ledger, run: LedgerRun): { ledger: Ledger; changes: LedgerChanges } {
  const sources = currentSources(run.entries);
  const live = new Set([...sources.values()].map((source) => source.id));
  const lines = new Map(run.files.map((line) => [line.file, line]));
  const fates = new Map<string, Fate>();

  // 1. The previous ids of the sources: follow the file to its new id, or withdraw.
  const previousSources = Object.entries(previous.sources).sort(([a], [b]) => compareNames(a, b));
  for (const [file, old] of previousSources) {
    if (live.has(old.id)) continue;
    const now = sources.get(file);
    const fate = fates.get(old.id);
    if (now !== undefined) {
      // A file that still has an entry beats one that has none; otherwise the first by name wins.
      if (fate === undefined || fate.kind === 'withdrawn') fates.set(old.id, { kind: 'redirect', to: now.id });
    } else if (fate === undefined) {
      const { title, date, sha256, url } = old;
      const record = { title, ...(date === undefined ? {} : { date }), file, sha256, ...(url === undefined ? {} : { url }) };
      fates.set(old.id, { kind: 'withdrawn', record: { ...record, reason: whyGone(file, lines) } });
    }
  }

  // 2. Ids withdrawn before: still withdrawn, unless their file is back with an entry.
  for (const [id, record] of Object.entries(previous.withdrawn)) {
    if (live.has(id) || fates.has(id)) continue;
    const now = sources.get(record.file);
    fates.set(id, now === undefined ? { kind: 'withdrawn', record } : { kind: 'redirect', to: now.id });
  }

  // 3. Redirects: each target was live in the previous ledger, so its fate is settled above.
  for (const [from, to] of Object.entries(previous.redirects)) {
    if (live.has(from) || fates.has(from)) continue;
    if (live.has(to)) {
      fates.set(from, { kind: 'redirect', to });
      continue;
    }
    const target = fates.get(to);
    if (target === undefined) throw new Error(`ledger: the redirect ${from} → ${to} leads to an id the ledger does not know`);
    fates.set(
      from,
      target.kind === 'redirect'
        ? target
        : { kind: 'withdrawn', record: { ...target.record, reason: `it was replaced by ${to}, which was withdrawn: ${target.record.reason}` } },
    );
  }

  const redirects: [string, string][] = [];
  const withdrawn: [string, Withdrawn][] = [];
  for (const [id, fate] of fates) {
    if (fate.kind === 'redirect') redirects.push([id, fate.to]);
    else withdrawn.push([id, fate.record]);
  }
  const ledger: Ledger = {
    version: LEDGER_VERSION,
    sources: sortedRecord(sources),
    redirects: sortedRecord(redirects),
    withdrawn: sortedRecord(withdrawn),
  };
  const changes: LedgerChanges = {
    redirected: Object.entries(ledger.redirects)
      .filter(([from, to]) => previous.redirects[from] !== to)
      .map(([from, to]) => ({ from, to })),
    withdrawn: Object.entries(ledger.withdrawn)
      .filter(([id]) => previous.withdrawn[id] === undefined)
      .map(([id, { file, reason }]) => ({ id, file, reason })),
    restored: [...Object.keys(previous.redirects), ...Object.keys(previous.withdrawn)].filter((id) => live.has(id)).sort(compareNames),
  };
  return { ledger, changes };
}

/** The ledger part of the ingest report: what changed, and what the new ledger holds. */
export function toLedgerReport(file: string, ledger: Ledger, changes: LedgerChanges): LedgerReport {
  const live = new Set(Object.values(ledger.sources).map((source) => source.id));
  return {
    file,
    counts: {
      sources: Object.keys(ledger.sources).length,
      live: live.size,
      redirects: Object.keys(ledger.redirects).length,
      withdrawn: Object.keys(ledger.withdrawn).length,
    },
    ...changes,
  };
}

/** The ledger as its file holds it: two-space JSON, keys in code-unit order, a final newline. */
export function toLedgerJson(ledger: Ledger): string {
  return `${JSON.stringify(ledger, null, 2)}\n`;
}

/**
 * The summary lines of the ledger for the ingest's printout: the counts, then one line per
 * redirect and withdrawal this run made and per id restored.
 */
export function toLedgerLines(report: LedgerReport): string[] {
  const { counts } = report;
  const lines = [
    `permalinks: ${counts.live} live ids, ${counts.redirects} redirected (${report.redirected.length} this run), ` +
      `${counts.withdrawn} withdrawn (${report.withdrawn.length} this run), ${report.restored.length} restored; ledger ${report.file}`,
  ];
  for (const { from, to } of report.redirected) lines.push(`  redirect  ${from} -> ${to}`);
  for (const { id, reason } of report.withdrawn) lines.push(`  withdrawn ${id}: ${reason}`);
  for (const id of report.restored) lines.push(`  restored  ${id}`);
  return lines;
}
