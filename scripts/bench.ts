/**
 * The benchmark: for each corpus size, generate a synthetic corpus in a temporary folder,
 * then time and measure each step of the build as a separate process: the ingest (cold,
 * then again with one file changed), `astro build`, Pagefind; the size of the output and
 * the weight of the median meeting page; and, in the same run, the floor (bench/floor: one
 * bare Astro page per entry, plus Pagefind) over the same entries. Prints a table and
 * writes the figures as JSON. Nothing is written into the repository except the JSON
 * (bench-results/, git-ignored) and Astro's own `.astro/` type files.
 *
 * Peak memory: each step runs under `/usr/bin/time -f %M`, which reports the ru_maxrss the
 * kernel keeps for the process and every descendant it waited for, i.e. the resident peak
 * of the step's largest process (Pagefind's binary, spawned by its Node wrapper, included).
 * Without `/usr/bin/time`, the child's VmHWM is polled from /proc (children of the child
 * are then missed).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { sumSteps, toBenchTable, type BenchResult, type FolderSize, type PageWeight, type SizeResult, type StepFigures } from '../src/bench/bench-report.ts';
import { findPageAssets, pickMedianBySize } from '../src/bench/page-weight.ts';
import type { IngestReport } from '../src/ingest/ingest-run.ts';
import { writeCorpus } from './generate-corpus.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules', '.bin', 'pagefind');
const FLOOR = join(ROOT, 'bench', 'floor');
const TIME = '/usr/bin/time';

const USAGE = `Usage: npm run bench -- [--sizes 1000,10000] [--with-100k] [--seed S] [--json PATH] [--keep]

Generates a synthetic corpus of each size in a temporary folder and measures the ingest,
astro build and Pagefind (time and peak memory), the output's size, the median meeting
page's weight, and the floor (a bare Astro site plus Pagefind over the same entries).

Options:
      --sizes LIST   corpus sizes, comma-separated (default: 1000,10000)
      --with-100k    add 100000 to the sizes
      --seed S       the corpus seed (default: archive)
      --json PATH    where to write the figures (default: bench-results/bench-<sizes>.json)
      --keep         keep the temporary folders (their paths are printed)
  -h, --help         show this help`;

/** A step's output and figures. */
interface StepRun extends StepFigures {
  stdout: string;
}

/** The environment every step runs in: the project's Node first on the PATH, no telemetry. */
function stepEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

/** The peak resident memory (VmHWM, kB) of a running process, from /proc; 0 when gone. */
async function readPeakKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
}

let stepCount = 0;

/** Runs one step as a child process; throws with the end of its output when it fails. */
async function runStep(label: string, command: string, args: string[], env: NodeJS.ProcessEnv, work: string, cwd: string = ROOT): Promise<StepRun> {
  const timeFile = join(work, `time-${(stepCount += 1)}.txt`);
  const useTime = existsSync(TIME);
  const [file, argv] = useTime ? [TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  process.stderr.write(`bench: ${label}...\n`);
  const started = performance.now();
  const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(-200_000)));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
  let polledKb = 0;
  const poll = useTime || child.pid === undefined ? undefined : setInterval(() => void readPeakKb(child.pid as number).then((kb) => (polledKb = Math.max(polledKb, kb))), 100);
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  const seconds = (performance.now() - started) / 1000;
  if (poll !== undefined) clearInterval(poll);
  if (code !== 0) throw new Error(`${label} failed (exit ${code}):\n${`${stdout}\n${stderr}`.trim().slice(-4000)}`);
  let peakKb = polledKb;
  if (useTime) peakKb = Number((await readFile(timeFile, 'utf8')).trim().split('\n').pop());
  return { seconds, peakMB: Number.isFinite(peakKb) && peakKb > 0 ? peakKb / 1024 : null, stdout };
}

/** Bytes and files under a folder. */
async function folderSize(dir: string): Promise<FolderSize> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { bytes, files };
}

/** Bytes and files of several folders together. */
async function sumFolders(dirs: readonly string[]): Promise<FolderSize> {
  const sizes = await Promise.all(dirs.map(folderSize));
  return { bytes: sizes.reduce((sum, size) => sum + size.bytes, 0), files: sizes.reduce((sum, size) => sum + size.files, 0) };
}

/** The weight of the median meeting page (by HTML size) of a build, with what it loads. */
async function measureMeetingPage(dist: string): Promise<PageWeight | null> {
  const folder = join(dist, 'meetings');
  if (!existsSync(folder)) return null;
  const pages: { name: string; size: number }[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name, 'index.html');
    if (entry.isDirectory() && existsSync(path)) pages.push({ name: path, size: (await stat(path)).size });
  }
  const median = pickMedianBySize(pages);
  if (median === undefined) return null;
  const html = await readFile(median.name);
  const assets = findPageAssets(html.toString('utf8'));
  // The bench builds with base "/", so every asset URL is a path from the build's root.
  const load = (href: string): Promise<Buffer> => readFile(join(dist, new URL(href, 'http://site/').pathname));
  const css = Buffer.concat(await Promise.all(assets.stylesheets.map(load)));
  const js = await Promise.all(assets.scripts.map(load));
  return {
    path: relative(dist, median.name),
    htmlBytes: html.length,
    htmlGzipBytes: gzipSync(html).length,
    cssBytes: css.length + assets.inlineStyleBytes,
    cssGzipBytes: css.length === 0 ? 0 : gzipSync(css).length,
    jsBytes: js.reduce((sum, file) => sum + file.length, 0) + assets.inlineScriptBytes,
  };
}

/** Builds `dist` with Astro from `root` (the archive or the floor), its content store in `work`. */
async function astroBuild(label: string, root: string, dist: string, work: string, env: Record<string, string>): Promise<StepRun> {
  const args = ['build', '--root', root, '--outDir', dist];
  if (root === ROOT) {
    // The archive's config, with Astro's cache (its content store) moved out of node_modules:
    // Astro resolves --config against the root, hence the relative path.
    const config = join(work, 'astro.config.mjs');
    await writeFile(config, `import config from ${JSON.stringify(join(ROOT, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: ${JSON.stringify(`${join(work, 'astro-cache')}/`)} };\n`);
    args.push('--config', relative(ROOT, config));
  }
  // Run from the temporary folder: Astro writes its prerender chunks beside the output when
  // the output is under the working directory, else into <cwd>/.astro/, which a concurrent
  // build of the working tree would then share (and delete).
  return runStep(label, process.execPath, [ASTRO, ...args], stepEnv({ BENCH_CACHE_DIR: join(work, 'floor-cache'), ...env }), work, work);
}

/**
 * Indexes a build for search, when Pagefind is installed: the archive with its own step
 * (scripts/search-index.ts, as `npm run build` does: one index, or several by period past
 * 20,000 pages), the floor (`floor: true`) with plain `pagefind --site`.
 */
async function pagefind(label: string, dist: string, work: string, floor = false): Promise<StepRun | null> {
  if (!existsSync(PAGEFIND)) return null;
  if (floor) return runStep(label, PAGEFIND, ['--site', dist], stepEnv({}), work);
  return runStep(label, process.execPath, [join(ROOT, 'scripts', 'search-index.ts'), '--site', dist], stepEnv({}), work);
}

const figures = (run: StepRun | null): StepFigures | null => (run === null ? null : { seconds: run.seconds, peakMB: run.peakMB });

/**
 * Builds the floor (bench/floor and Pagefind) over the entries. Its failure is a figure, not
 * the end of the run: at 100,000 entries the floor's `glob()` content store is one JSON string
 * past V8's limit ("Invalid string length"), the wall the archive's own loader avoids.
 */
async function buildFloor(files: number, floorDist: string, entries: string, work: string): Promise<{ figures: SizeResult['floor']; failure: string | null }> {
  let floorAstro: StepRun;
  try {
    floorAstro = await astroBuild(`floor astro build ${files}`, FLOOR, floorDist, work, { ARCHIVE_ENTRIES_DIR: entries });
  } catch (error) {
    const message = (error as Error).message;
    const reason = /RangeError: [^\n]+/.exec(message)?.[0] ?? message.split('\n')[0] ?? 'failed';
    process.stderr.write(`bench: the floor failed at ${files}: ${reason}\n`);
    return { figures: null, failure: reason };
  }
  const floorSearch = await pagefind(`floor pagefind ${files}`, floorDist, work, true);
  return {
    figures: {
      astro: { seconds: floorAstro.seconds, peakMB: floorAstro.peakMB },
      pagefind: figures(floorSearch),
      total: sumSteps([figures(floorAstro), figures(floorSearch)]),
      dist: await folderSize(floorDist),
    },
    failure: null,
  };
}

/** Measures one corpus size in a fresh temporary folder. */
async function benchSize(files: number, seed: string, keep: boolean): Promise<SizeResult> {
  const work = await mkdtemp(join(tmpdir(), `archive-bench-${files}-`));
  // Astro's prerender chunks land in <work>/dist and import packages: let them find ours.
  await symlink(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
  try {
    const raw = join(work, 'raw');
    const entries = join(work, 'site', 'entries');
    const reportPath = join(work, 'site', 'ingest-report.json');
    process.stderr.write(`bench: generating ${files} synthetic files in ${raw}\n`);
    const corpusBytes = await writeCorpus({ count: files, out: raw, seed, registry: join(ROOT, 'content', 'registry') });
    // The ingest does not trust the file times of files changed in the 2 s before it starts (as
    // git does not), and would hash them again on the re-ingest: let the new corpus age first.
    await new Promise((done) => setTimeout(done, 2100));

    const ingestArgs = [join(ROOT, 'scripts', 'ingest.ts'), '--input', raw, '--out', entries, '--report', reportPath];
    const ingestEnv = stepEnv({ ARCHIVE_INGEST_CACHE: join(work, 'ingest-cache') });
    const ingest = await runStep(`ingest ${files}`, process.execPath, ingestArgs, ingestEnv, work);
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as IngestReport;
    const written = report.counts.written + report.counts.flagged;

    // One bulletin edited, as an editor fixing a typo would: only it should be parsed again.
    const changed = report.files.find((file) => file.status === 'written');
    if (changed === undefined) throw new Error('the ingest wrote no entry to change');
    await appendFile(join(raw, changed.file), '\nThe two sides agreed to stay in close touch.\n');
    const reingest = await runStep(`re-ingest ${files} (1 changed)`, process.execPath, ingestArgs, ingestEnv, work);
    const parsed = Number(/^parsed: (\d+) of/m.exec(reingest.stdout)?.[1] ?? Number.NaN);

    const dist = join(work, 'dist');
    const astro = await astroBuild(`astro build ${files}`, ROOT, dist, work, {
      ARCHIVE_ENTRIES_DIR: entries,
      ARCHIVE_RAW_DIR: raw,
      ARCHIVE_REGISTRY_DIR: join(ROOT, 'content', 'registry'),
    });
    const search = await pagefind(`pagefind ${files}`, dist, work);
    const floorDist = join(work, 'floor-dist');
    const floor = await buildFloor(files, floorDist, entries, work);

    const total = sumSteps([figures(ingest), figures(astro), figures(search)]);
    // Every search index: `pagefind/`, and `pagefind-<from>-<to>/` when the site is split by period.
    const indexes = (await readdir(dist)).filter((name) => /^pagefind(-[\w-]+)?$/.test(name));
    return {
      files,
      seed,
      corpusMB: corpusBytes / 1e6,
      entries: written,
      ingest: {
        seconds: ingest.seconds,
        peakMB: ingest.peakMB,
        bulletinsPerSecond: files / ingest.seconds,
        mbPerSecond: corpusBytes / 1e6 / ingest.seconds,
      },
      reingest: { seconds: reingest.seconds, peakMB: reingest.peakMB, parsed, shareOfFirst: reingest.seconds / ingest.seconds },
      astro: { seconds: astro.seconds, peakMB: astro.peakMB },
      pagefind: figures(search),
      total,
      dist: await folderSize(dist),
      pagefindIndex: indexes.length === 0 ? null : await sumFolders(indexes.map((name) => join(dist, name))),
      meetingPage: await measureMeetingPage(dist),
      floor: floor.figures,
      floorFailure: floor.failure,
      ratioToFloor: floor.figures === null ? null : total.seconds / floor.figures.total.seconds,
    };
  } finally {
    if (keep) process.stderr.write(`bench: kept ${work}\n`);
    else await rm(work, { recursive: true, force: true });
  }
}

/** Runs the benchmark for the given sizes and returns every figure. */
export async function runBench(options: { sizes: number[]; seed: string; keep: boolean }): Promise<BenchResult> {
  const sizes: SizeResult[] = [];
  for (const size of options.sizes) sizes.push(await benchSize(size, options.seed, options.keep));
  return {
    machine: {
      cpus: availableParallelism(),
      memoryGB: totalmem() / 2 ** 30,
      node: process.versions.node,
      platform: `${process.platform} ${process.arch}`,
      loadAverage: loadavg(),
    },
    memoryMethod: existsSync(TIME) ? '/usr/bin/time -f %M (ru_maxrss of the largest process)' : '/proc VmHWM polling of the direct child',
    sizes,
  };
}

async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      'with-100k': { type: 'boolean', default: false },
      seed: { type: 'string', default: 'archive' },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  if (values['with-100k']) sizes.push(100_000);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    process.stderr.write(`bench: --sizes must list positive integers, got "${values.sizes}"\n`);
    return 2;
  }
  const result = await runBench({ sizes, seed: values.seed, keep: values.keep });
  const json = resolve(values.json ?? join(ROOT, 'bench-results', `bench-${sizes.join('-')}.json`));
  await mkdir(dirname(json), { recursive: true });
  await writeFile(json, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${toBenchTable(result)}\n\nfigures: ${json}\n`);
  return 0;
}

if (import.meta.main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
