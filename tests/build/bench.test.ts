/**
 * `npm run bench` end to end on a tiny corpus (N = 50): every figure is present and sane.
 * Structure, not speed: no timing is asserted, only that each was measured.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BenchResult, FolderSize, StepFigures } from '../../src/bench/bench-report.ts';
import { ROOT, runNode } from '../helpers/run-node.ts';

let work: string;
let result: BenchResult;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'bench-test-'));
  const json = join(work, 'bench.json');
  runNode([join(ROOT, 'scripts', 'bench.ts'), '--sizes', '50', '--json', json]);
  result = JSON.parse(readFileSync(json, 'utf8')) as BenchResult;
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const isStep = (step: StepFigures | null): void => {
  expect(step).not.toBeNull();
  expect(step?.seconds).toBeGreaterThan(0);
  expect(step?.peakMB).toBeGreaterThan(10);
};
const isFolder = (folder: FolderSize | null): void => {
  expect(folder?.bytes).toBeGreaterThan(0);
  expect(folder?.files).toBeGreaterThan(0);
};

test('the machine is described', () => {
  expect(result.machine.cpus).toBeGreaterThan(0);
  expect(result.machine.memoryGB).toBeGreaterThan(0);
  expect(result.machine.node).toMatch(/^24\./);
  expect(result.memoryMethod).not.toBe('');
});

test('every step of the archive and of the floor is timed and measured', () => {
  expect(result.sizes).toHaveLength(1);
  const [size] = result.sizes;
  if (size === undefined) return;
  expect(size.files).toBe(50);
  expect(size.entries).toBeGreaterThan(30);
  expect(size.entries).toBeLessThanOrEqual(50);
  expect(size.corpusMB).toBeGreaterThan(0);
  expect(size.floorFailure).toBeNull();
  const floor = size.floor;
  if (floor === null) throw new Error('the floor was not built');
  for (const step of [size.ingest, size.reingest, size.astro, size.pagefind, size.total, floor.astro, floor.pagefind, floor.total]) isStep(step);
  expect(size.ingest.bulletinsPerSecond).toBeGreaterThan(0);
  expect(size.ingest.mbPerSecond).toBeGreaterThan(0);
  expect(size.reingest.parsed).toBe(1);
  expect(size.reingest.shareOfFirst).toBeGreaterThan(0);
  expect(size.total.seconds).toBeCloseTo(size.ingest.seconds + size.astro.seconds + (size.pagefind?.seconds ?? 0), 5);
  expect(size.ratioToFloor).toBeCloseTo(size.total.seconds / floor.total.seconds, 5);
});

test('the output, the search index and the median meeting page are measured', () => {
  const [size] = result.sizes;
  if (size === undefined) return;
  isFolder(size.dist);
  isFolder(size.pagefindIndex);
  isFolder(size.floor?.dist ?? null);
  expect(size.dist.files).toBeGreaterThan(size.entries);
  const page = size.meetingPage;
  expect(page?.path).toMatch(/^meetings\/[^/]+\/index\.html$/);
  expect(page?.htmlGzipBytes).toBeGreaterThan(0);
  expect(page?.htmlGzipBytes).toBeLessThan(page?.htmlBytes ?? 0);
  expect(page?.cssBytes).toBeGreaterThan(0);
  expect(page?.cssGzipBytes).toBeGreaterThan(0);
  expect(page?.jsBytes).toBeGreaterThanOrEqual(0);
});
