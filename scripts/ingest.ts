/**
 * The ingest CLI: turns a folder of raw bulletins into a folder of entries and a report.
 * A thin shell: it lists, reads and writes; every decision is in `src/ingest/ingest-run.ts`.
 *
 * Two passes: every bulletin is read and parsed first (keeping each entry and its cleaned
 * body, not the raw bytes), then `planRun` merges re-posts, applies the editors' overrides
 * and links the reports of one meeting, and only then is anything written.
 *
 * Writes are atomic. Entries go to a fresh hidden sibling of the output folder, which is
 * swapped in with two renames only once every file is written, so a crash, a full disk or
 * Ctrl-C leaves the previous output as it was. A run cleans up what a killed run left behind.
 *
 * Run `node scripts/ingest.ts --help` for the flags and exit codes.
 */
import { readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, lstat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import {
  compareNames,
  describeError,
  isBulletinName,
  isEntryFolderName,
  MAX_BULLETIN_BYTES,
  planRun,
  toReportJson,
  toSummary,
  tooLargeReason,
  type FileReport,
} from '../src/ingest/ingest-run.ts';
import { classifyOverrideName, parseOverride, type OverrideFile } from '../src/ingest/apply-override.ts';
import type { ParsedBulletin } from '../src/ingest/merge-copies.ts';
import { readRegistry, REGISTRY_FILES } from '../src/registry/read-registry.ts';
import { RegistryError } from '../src/registry/parse-registry.ts';
import type { Registry } from '../src/schema/registry.ts';
import { forEachConcurrently, openParsePool, toParseStatsLine, type ParsePool } from './ingest-parse-pool.ts';
import { writeEntries, type WriteStats } from './ingest-write-entries.ts';
import { toLedgerJson, toLedgerReport, updateLedger } from '../src/ingest/id-ledger.ts';
import { emptyLedger, parseLedger, type Ledger } from '../src/schema/ledger.ts';

const USAGE = `Usage: npm run ingest -- [--input DIR] [--out DIR] [--report FILE] [--registry DIR]
                          [--overrides DIR] [--ledger FILE] [--strict]

Turns every raw bulletin (*.txt) in the input folder into an entry at <out>/YYYY/<id>.md
(<out>/undated/<id>.md when the text gives no date) and writes a JSON report that accounts
for every item in the input folder. Files with the same text are merged into one entry
(the others listed as its copies); the editors' overrides are applied; reports of one
meeting are linked under one meeting id. A file over 10 MB is not a bulletin: it is
rejected unread, with its size in the report.

Options:
  -i, --input DIR      folder of raw bulletins (default: content/raw)
  -o, --out DIR        folder of entries, replaced as a whole (default: content/entries)
  -r, --report FILE    where the JSON report goes (default: content/ingest-report.json)
      --registry DIR   the curated people.yml, topics.yml and places.yml
                       (default: content/registry)
      --overrides DIR  editor corrections, one <entry-id>.yml per entry (default:
                       content/overrides; a missing default folder means none)
      --ledger FILE    the ledger of published ids, read and rewritten so that an id
                       that changes leaves a redirect and a removed bulletin a
                       "withdrawn" page (default: ids.json in the folder holding
                       --out, so content/ids.json; one ledger per corpus)
      --strict         exit with 1 when any file was rejected
  -h, --help           show this help

Exit codes: 0 done; 1 files rejected under --strict; 2 usage error, a problem in the
registry or an override, unreadable input folder or unwritable output (nothing was
changed); 130 interrupted (nothing was changed).`;

const DEFAULT_OVERRIDES = 'content/overrides';

/** A failure that ends the run before the output changed, with the exit code to report. */
class Fatal extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** The run's options, as given on the command line and resolved. */
interface Options {
  input: string;
  output: string;
  report: string;
  registry: string;
  overrides: string;
  /** Whether `--overrides` was given: then a missing folder is a mistake, not "no overrides". */
  overridesGiven: boolean;
  /** The id ledger: `--ledger`, else `ids.json` beside the output folder (see {@link defaultLedger}). */
  ledger: string;
  strict: boolean;
}

/** Reads the command line; `null` means help was asked for. Throws `Fatal` on misuse. */
function readOptions(args: string[]): Options | null {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        input: { type: 'string', short: 'i', default: 'content/raw' },
        out: { type: 'string', short: 'o', default: 'content/entries' },
        report: { type: 'string', short: 'r', default: 'content/ingest-report.json' },
        ledger: { type: 'string' },
        registry: { type: 'string', default: 'content/registry' },
        overrides: { type: 'string' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new Fatal(`${(error as Error).message}. Run with --help for the options.`);
  }
  if (values.help) return null;
  const paths = [
    ['--input', values.input],
    ['--out', values.out],
    ['--report', values.report],
    ['--registry', values.registry],
    ['--overrides', values.overrides],
    ['--ledger', values.ledger],
  ];
  for (const [flag, value] of paths) {
    if (value === '') throw new Fatal(`${flag} needs a path. Run with --help for the options.`);
  }
  const options = {
    input: values.input,
    output: values.out,
    report: values.report,
    registry: values.registry,
    overrides: values.overrides ?? DEFAULT_OVERRIDES,
    overridesGiven: values.overrides !== undefined,
    ledger: values.ledger ?? defaultLedger(values.out),
    strict: values.strict,
  };
  const input = resolve(options.input);
  const output = resolve(options.output);
  const report = resolve(options.report);
  // The output folder is replaced as a whole, so it must not hold the input or the report.
  if (isInside(input, output) || isInside(output, input)) {
    throw new Fatal(`--out ${options.output} and --input ${options.input} must not contain each other`);
  }
  const ledger = resolve(options.ledger);
  if (isInside(ledger, output)) {
    throw new Fatal(`--ledger ${options.ledger} must not be inside --out ${options.output}, which is replaced as a whole`);
  }
  if (ledger === report) throw new Fatal(`--ledger and --report must be different files (both are ${options.report})`);
  if (isInside(report, output)) {
    throw new Fatal(`--report ${options.report} must not be inside --out ${options.output}, which is replaced as a whole`);
  }
  return options;
}

/**
 * The ledger's default: `ids.json` in the folder holding the output folder (`content/entries`
 * → `content/ids.json`). It follows `--out` because the ledger belongs to the entries it
 * published: an ingest into another folder never rewrites the sample's committed ledger, and
 * the site finds the ledger beside the entries it builds from (src/data/ledger.ts).
 */
function defaultLedger(output: string): string {
  return join(dirname(output), 'ids.json');
}

/**
 * Reads the previous ledger; a missing file is an empty ledger (the first ingest). A ledger
 * that is unreadable or invalid is fatal: rewriting it would forget published ids.
 */
async function readPreviousLedger(path: string): Promise<Ledger> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return emptyLedger();
    throw new Fatal(`cannot read the ledger ${path}: ${describeError(error)}\nNothing was written.`);
  }
  const parsed = parseLedger(text);
  if (!parsed.ok) throw new Fatal(`the ledger ${path} is not valid:\n  ${parsed.problems.join('\n  ')}\nNothing was written.`);
  return parsed.ledger;
}

/** Whether `path` is `folder` or lies inside it. */
function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Whether a process with this id is running (so its temporary folder is still in use). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Removes the temporary folders a killed run left beside the output. If a run died between
 * its two renames, the output folder is missing and its backup is put back.
 */
async function cleanUpStaleRuns(output: string): Promise<void> {
  const parent = dirname(output);
  const prefix = `.${basename(output)}.ingest-`;
  // Backups first, so a lost output is restored before anything is deleted.
  const isBackup = (name: string): number => (name.startsWith(`${prefix}old-`) ? 0 : 1);
  const leftovers = (await readdir(parent))
    .filter((name) => name.startsWith(prefix))
    .sort((a, b) => isBackup(a) - isBackup(b) || compareNames(a, b));
  for (const name of leftovers) {
    const match = /^(tmp|old)-(\d+)-/.exec(name.slice(prefix.length));
    if (match === null) continue;
    const pid = Number(match[2]);
    const path = join(parent, name);
    if (pid !== process.pid && isRunning(pid)) {
      process.stderr.write(`ingest: leaving ${path} alone: process ${pid} may still be using it\n`);
      continue;
    }
    if (match[1] === 'old' && !(await exists(output))) {
      await rename(path, output);
      process.stderr.write(`ingest: restored ${output} from ${name}, left by an interrupted run\n`);
    } else {
      await rm(path, { recursive: true, force: true });
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses to replace an output folder holding anything the ingest would not have written,
 * so a mistyped `--out` can never delete someone's files.
 */
async function checkOutputIsOurs(output: string, given: string): Promise<void> {
  let info;
  try {
    info = await lstat(output);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return;
    throw new Fatal(`cannot inspect the output folder ${given}: ${describeError(error)}`);
  }
  const refuse = (what: string): Fatal =>
    new Fatal(
      `refusing to replace ${given}: ${what}, which the ingest does not write. Choose a new or empty --out folder, or remove it first.`,
    );
  if (!info.isDirectory()) throw refuse('it is not a folder');
  for (const folder of await readdir(output, { withFileTypes: true })) {
    if (!folder.isDirectory() || !isEntryFolderName(folder.name)) throw refuse(`it holds "${folder.name}"`);
    for (const file of await readdir(join(output, folder.name), { withFileTypes: true })) {
      if (!file.isFile() || !file.name.endsWith('.md')) throw refuse(`it holds "${folder.name}/${file.name}"`);
    }
  }
}

/**
 * Reads the registry folder; every problem of every file is fatal, before anything is
 * written, so no entry is ever made against a half-valid registry.
 */
function loadRegistry(dir: string): Registry {
  try {
    return readRegistry(dir);
  } catch (error) {
    if (error instanceof RegistryError) throw new Fatal(`${error.message}\nNothing was written.`);
    throw error;
  }
}

/**
 * Reads and validates every override in the folder. Problems in any of them are fatal,
 * listed all at once. A missing folder is no overrides, unless it was named with --overrides.
 */
async function readOverrides(options: Options): Promise<OverrideFile[]> {
  let names: string[];
  try {
    names = (await readdir(options.overrides)).sort(compareNames);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT' && !options.overridesGiven) return [];
    throw new Fatal(`cannot read the overrides folder ${options.overrides}: ${describeError(error)}`);
  }
  const overrides: OverrideFile[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const kind = classifyOverrideName(name);
    if (kind.kind === 'other') continue;
    if (kind.kind === 'problem') {
      problems.push(kind.message);
      continue;
    }
    let text: string;
    try {
      text = await readFile(join(options.overrides, name), 'utf8');
    } catch (error) {
      problems.push(`${name}: cannot read: ${describeError(error)}`);
      continue;
    }
    const parsed = parseOverride(name, text);
    if (parsed.ok) overrides.push({ file: name, id: kind.id, override: parsed.override });
    else problems.push(...parsed.problems);
  }
  if (problems.length > 0) throw overrideProblems(options.overrides, problems);
  return overrides;
}

/** The fatal error for bad overrides: the folder, then every problem, each naming its file. */
function overrideProblems(folder: string, problems: readonly string[]): Fatal {
  const count = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`;
  return new Fatal(`the overrides in ${folder} have ${count}:\n  ${problems.join('\n  ')}\nNothing was written.`);
}

/**
 * Reads and parses one directory entry of the input folder: a finished report line (skipped,
 * rejected), or a parsed bulletin for the second pass. Never throws for a problem with this
 * one file.
 */
async function readItem(input: string, name: string, pool: Pick<ParsePool, 'known' | 'parse'>): Promise<{ report: FileReport } | { bulletin: ParsedBulletin }> {
  const path = join(input, name);
  let info;
  try {
    // Synchronous: one call per file, without a trip through the thread pool, is several
    // times faster for thousands of small files, and nanosecond times tell changes apart.
    info = statSync(path, { bigint: true });
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ENOENT';
    const broken = missing && (await lstat(path).then((l) => l.isSymbolicLink(), () => false));
    // readdir turns bytes that are not UTF-8 into U+FFFD, so such a name cannot be opened again.
    const badName = missing && !broken && name.includes('\uFFFD');
    const reason = broken
      ? 'broken symbolic link (its target does not exist)'
      : badName
        ? 'the file name is not valid UTF-8, so the file cannot be opened by name: rename it'
        : `cannot read: ${describeError(error)}`;
    return { report: { file: name, status: isBulletinName(name) ? 'rejected' : 'skipped', reason } };
  }
  if (info.isDirectory()) {
    return { report: { file: name, status: 'rejected', reason: 'a folder: only .txt files directly inside the input folder are read' } };
  }
  if (!isBulletinName(name)) return { report: { file: name, status: 'skipped', reason: 'not a .txt file' } };
  // Reading a FIFO or a device would block or never end.
  if (!info.isFile()) return { report: { file: name, status: 'rejected', reason: 'not a regular file' } };
  // Checked before reading, so a huge file never costs its size in memory.
  const size = Number(info.size);
  if (size > MAX_BULLETIN_BYTES) return { report: { file: name, status: 'rejected', reason: tooLargeReason(size) } };
  const stat = { size: String(info.size), mtimeNs: String(info.mtimeNs), ctimeNs: String(info.ctimeNs), ino: String(info.ino), dev: String(info.dev) };
  // Unchanged since an earlier run hashed it: the cached outcome, without reading the file.
  const known = pool.known(name, stat);
  let outcome;
  if (known !== undefined) outcome = known;
  else {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      return { report: { file: name, status: 'rejected', reason: `cannot read: ${describeError(error)}` } };
    }
    outcome = await pool.parse(name, bytes, stat);
  }
  if (outcome.status === 'rejected') return { report: { file: name, status: 'rejected', reason: outcome.reason } };
  return { bulletin: { file: name, entry: outcome.entry, body: outcome.body, flags: outcome.flags } };
}

/** Runs the ingest and returns the exit code. */
async function main(args: string[]): Promise<number> {
  const options = readOptions(args);
  if (options === null) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const input = resolve(options.input);
  const output = resolve(options.output);
  const reportPath = resolve(options.report);
  // Curated input first: a bad registry or override stops the run before any work.
  const registry = loadRegistry(options.registry);
  const overrides = await readOverrides(options);
  const ledgerPath = resolve(options.ledger);
  const previousLedger = await readPreviousLedger(options.ledger);

  let names: string[];
  try {
    names = (await readdir(input)).sort(compareNames);
  } catch (error) {
    throw new Fatal(`cannot read the input folder ${options.input}: ${describeError(error)}`);
  }

  const parent = dirname(output);
  let temp: string;
  try {
    await mkdir(parent, { recursive: true });
    await cleanUpStaleRuns(output);
    await checkOutputIsOurs(output, options.output);
    temp = await mkdtemp(join(parent, `.${basename(output)}.ingest-tmp-${process.pid}-`));
    // mkdtemp makes the folder private (0700); the output must stay readable like any folder.
    await chmod(temp, 0o755);
  } catch (error) {
    if (error instanceof Fatal) throw error;
    throw new Fatal(`cannot prepare the output folder ${options.output}: ${describeError(error)}`);
  }

  // Ctrl-C between two files stops the run cleanly: the temporary folder goes, the output
  // stays. A second Ctrl-C exits at once; the next run removes what is left.
  let interrupted: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted !== null) process.exit(130);
    interrupted = signal;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const bar =
    process.stderr.isTTY && names.length > 200
      ? new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: 'ingest [{bar}] {value}/{total} files | {percentage}% | ETA {eta_formatted}',
            hideCursor: true,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(names.length, 0);

  // The parse cache and the worker threads (scripts/ingest-parse-pool.ts).
  const pool = await openParsePool(registry, names.length, input);
  // Ends in .tmp so git ignores it if a crash leaves it behind.
  const reportTemp = `${reportPath}.${process.pid}.tmp`;
  const ledgerTemp = `${ledgerPath}.${process.pid}.tmp`;
  try {
    // First pass: read and parse every file.
    const settled: FileReport[] = [];
    const bulletins: ParsedBulletin[] = [];
    // Many files in flight, so reading overlaps parsing in the workers; planRun does not
    // depend on the order they finish in.
    await forEachConcurrently(names, 64, async (name) => {
      const item = await readItem(input, name, pool);
      if ('report' in item) settled.push(item.report);
      else bulletins.push(item.bulletin);
      bar?.increment();
    }, () => interrupted !== null);
    bar?.stop();
    const stopIfInterrupted = (): void => {
      if (interrupted !== null) throw new Fatal(`interrupted (${interrupted}); ${options.output} was left as it was`, 130);
    };
    stopIfInterrupted();

    // Second pass: decide across files, then write into the temporary folder.
    const plan = planRun({ input: options.input, output: options.output, settled, bulletins, overrides, registry, frontmatter: pool.frontmatter });
    if (!plan.ok) throw overrideProblems(options.overrides, plan.problems);
    const { writes } = plan;
    // Every id published before stays live, redirects or is withdrawn (src/ingest/id-ledger.ts).
    const { ledger, changes } = updateLedger(previousLedger, { entries: plan.entries, files: plan.report.files });
    const report = { ...plan.report, ledger: toLedgerReport(options.ledger, ledger, changes) };
    // The bodies now live in the serialised entries; let the parsed copies go.
    bulletins.length = 0;
    // Unchanged entries are hard-linked from the current output (scripts/ingest-write-entries.ts).
    let written: WriteStats;
    try {
      written = await writeEntries(temp, (await exists(output)) ? output : undefined, writes, () => interrupted !== null);
    } catch (error) {
      const { path, cause } = error as { path?: string; cause?: unknown };
      if (path === undefined) throw error;
      throw new Fatal(`cannot write the entry ${path} beside ${options.output}: ${describeError(cause)}; ${options.output} was left as it was`);
    }
    stopIfInterrupted();

    try {
      await mkdir(dirname(reportPath), { recursive: true });
      await writeFile(reportTemp, toReportJson(report));
    } catch (error) {
      throw new Fatal(`cannot write the report ${options.report}: ${describeError(error)}`);
    }
    // The ledger is written before the swap and renamed after it: a run that fails before
    // the swap leaves the old ledger as it was. A crash between the two renames leaves new
    // entries beside the old ledger; the next run derives the same new ledger from it.
    try {
      await mkdir(dirname(ledgerPath), { recursive: true });
      await writeFile(ledgerTemp, toLedgerJson(ledger));
    } catch (error) {
      throw new Fatal(`cannot write the ledger ${options.ledger}: ${describeError(error)}; ${options.output} was left as it was`);
    }

    // The swap: from here on a signal is ignored (both renames take milliseconds). A crash
    // between the renames leaves the backup, which the next run restores.
    const backup = temp.replace('.ingest-tmp-', '.ingest-old-');
    const hadOutput = await exists(output);
    try {
      if (hadOutput) await rename(output, backup);
      await rename(temp, output);
    } catch (error) {
      if (hadOutput && !(await exists(output))) await rename(backup, output).catch(() => undefined);
      throw new Fatal(`cannot replace ${options.output}: ${describeError(error)}`);
    }
    await rm(backup, { recursive: true, force: true });
    try {
      await rename(ledgerTemp, ledgerPath);
    } catch (error) {
      throw new Fatal(
        `${options.output} was replaced, but the ledger ${options.ledger} could not be: ${describeError(error)}. Run the ingest again to bring it up to date.`,
      );
    }
    await rename(reportTemp, reportPath);
    await pool.save();

    const people = join(options.registry, REGISTRY_FILES.people);
    process.stdout.write(toSummary(report, { output: options.output, report: options.report, people }));
    process.stdout.write(toParseStatsLine(pool.stats()));
    process.stdout.write(`written: ${written.written} entry files, ${written.linked} unchanged ones linked from the previous output\n`);
    return options.strict && report.counts.rejected > 0 ? 1 : 0;
  } finally {
    await pool.close();
    bar?.stop();
    await rm(temp, { recursive: true, force: true });
    await rm(reportTemp, { force: true });
    await rm(ledgerTemp, { force: true });
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof Fatal) {
    process.stderr.write(`ingest: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    // A bug, not a bad input: show the stack so it can be fixed.
    process.stderr.write(`ingest: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  }
}
