/**
 * The benchmark's figures and their table: what `npm run bench` measures for each corpus
 * size, and how it prints them. Pure; `scripts/bench.ts` runs the steps and fills these in.
 */

/** One timed step: wall-clock seconds and the peak resident memory of its largest process. */
export interface StepFigures {
  seconds: number;
  /** Peak resident set size in MB of the step's largest process; null when it could not be measured. */
  peakMB: number | null;
}

/** Bytes and files of a folder. */
export interface FolderSize {
  bytes: number;
  files: number;
}

/** What the median meeting page costs a reader. */
export interface PageWeight {
  /** The page, relative to the build folder. */
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Every stylesheet the page loads plus its inline styles. */
  cssBytes: number;
  cssGzipBytes: number;
  /** Every script the page loads or runs inline (JSON-LD left out). */
  jsBytes: number;
}

/** The figures for one corpus size. */
export interface SizeResult {
  /** Raw files generated (bulletins, re-posts and junk). */
  files: number;
  seed: string;
  corpusMB: number;
  /** Entries the ingest wrote. */
  entries: number;
  ingest: StepFigures & { bulletinsPerSecond: number; mbPerSecond: number };
  /** The same ingest again with one raw file changed, with the cache of the first. */
  reingest: StepFigures & { parsed: number; shareOfFirst: number };
  astro: StepFigures;
  /** Null when Pagefind is not installed. */
  pagefind: StepFigures | null;
  /** Ingest, Astro and Pagefind: the peak is the largest of the three. */
  total: StepFigures;
  /** The build folder, Pagefind's index included. */
  dist: FolderSize;
  pagefindIndex: FolderSize | null;
  meetingPage: PageWeight | null;
  /**
   * The bare Astro site (bench/floor) and Pagefind over the same entries; null when the floor
   * could not be built (at 100,000 entries Astro's `glob()` content store passes V8's string
   * limit), with the reason in `floorFailure`.
   */
  floor: { astro: StepFigures; pagefind: StepFigures | null; total: StepFigures; dist: FolderSize } | null;
  /** Why the floor failed (the end of its error), or null. */
  floorFailure: string | null;
  /** Our total time over the floor's; null without a floor. */
  ratioToFloor: number | null;
}

/** A benchmark run: the machine it ran on and one result per size. */
export interface BenchResult {
  machine: { cpus: number; memoryGB: number; node: string; platform: string; loadAverage: number[] };
  /** How peak memory was measured: `/usr/bin/time` (ru_maxrss) or `/proc` polling. */
  memoryMethod: string;
  sizes: SizeResult[];
}

/** Adds steps run one after another: times add up, the peak is the largest. */
export function sumSteps(steps: readonly (StepFigures | null)[]): StepFigures {
  const present = steps.filter((step): step is StepFigures => step !== null);
  const peaks = present.map((step) => step.peakMB).filter((peak): peak is number => peak !== null);
  return {
    seconds: present.reduce((sum, step) => sum + step.seconds, 0),
    peakMB: peaks.length === present.length && peaks.length > 0 ? Math.max(...peaks) : null,
  };
}

const seconds = (step: StepFigures | null): string => (step === null ? '-' : `${step.seconds.toFixed(1)} s`);
const peak = (step: StepFigures | null): string => (step === null || step.peakMB === null ? '-' : `${Math.round(step.peakMB)} MB`);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const count = (n: number): string => n.toLocaleString('en-US');

/** The results as a plain-text table: one row per figure, one column per corpus size. */
export function toBenchTable(result: BenchResult): string {
  const rows: [string, (size: SizeResult) => string][] = [
    ['raw files', (s) => `${count(s.files)} (${s.corpusMB.toFixed(1)} MB)`],
    ['entries written', (s) => count(s.entries)],
    ['ingest', (s) => `${seconds(s.ingest)}, ${peak(s.ingest)}`],
    ['  throughput', (s) => `${Math.round(s.ingest.bulletinsPerSecond)}/s, ${s.ingest.mbPerSecond.toFixed(2)} MB/s`],
    ['re-ingest, 1 file changed', (s) => `${seconds(s.reingest)} (${(s.reingest.shareOfFirst * 100).toFixed(0)}%), ${s.reingest.parsed} parsed`],
    ['astro build', (s) => `${seconds(s.astro)}, ${peak(s.astro)}`],
    ['pagefind', (s) => (s.pagefind === null ? 'not installed' : `${seconds(s.pagefind)}, ${peak(s.pagefind)}`)],
    ['total', (s) => `${seconds(s.total)}, ${peak(s.total)}`],
    ['  per 1,000 entries', (s) => (s.entries === 0 ? '-' : `${((s.total.seconds * 1000) / s.entries).toFixed(1)} s`)],
    ['floor: astro build', (s) => (s.floor === null ? `failed: ${s.floorFailure ?? 'unknown'}` : `${seconds(s.floor.astro)}, ${peak(s.floor.astro)}`)],
    ['floor: pagefind', (s) => (s.floor?.pagefind == null ? '-' : `${seconds(s.floor.pagefind)}, ${peak(s.floor.pagefind)}`)],
    ['floor: total', (s) => (s.floor === null ? '-' : `${seconds(s.floor.total)}, ${peak(s.floor.total)}`)],
    ['total / floor', (s) => (s.ratioToFloor === null ? '-' : `${s.ratioToFloor.toFixed(2)}x`)],
    ['dist', (s) => `${mb(s.dist.bytes)}, ${count(s.dist.files)} files`],
    ['pagefind index', (s) => (s.pagefindIndex === null ? '-' : `${mb(s.pagefindIndex.bytes)}, ${count(s.pagefindIndex.files)} files`)],
    ['floor dist', (s) => (s.floor === null ? '-' : `${mb(s.floor.dist.bytes)}, ${count(s.floor.dist.files)} files`)],
    ['median meeting page HTML', (s) => (s.meetingPage === null ? '-' : `${kb(s.meetingPage.htmlBytes)} (${kb(s.meetingPage.htmlGzipBytes)} gzip)`)],
    ['  CSS', (s) => (s.meetingPage === null ? '-' : `${kb(s.meetingPage.cssBytes)} (${kb(s.meetingPage.cssGzipBytes)} gzip)`)],
    ['  JS', (s) => (s.meetingPage === null ? '-' : kb(s.meetingPage.jsBytes))],
  ];
  const header = ['', ...result.sizes.map((size) => `N = ${count(size.files)}`)];
  const body = rows.map(([label, cell]) => [label, ...result.sizes.map(cell)]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((row) => (row[column] ?? '').length)));
  const line = (row: string[]): string => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  const { machine } = result;
  return [
    `machine: ${machine.cpus} cores, ${machine.memoryGB.toFixed(0)} GB, Node ${machine.node}, load average ${machine.loadAverage.map((n) => n.toFixed(2)).join(' ')}; peak memory by ${result.memoryMethod}`,
    line(header),
    ...body.map(line),
  ].join('\n');
}
