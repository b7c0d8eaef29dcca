/**
 * The benchmark's pure helpers: finding what a page loads, picking the median page, adding
 * steps up and printing the table.
 */
import { describe, expect, test } from 'vitest';
import { sumSteps, toBenchTable, type BenchResult, type SizeResult } from '../../../src/bench/bench-report.ts';
import { findPageAssets, pickMedianBySize } from '../../../src/bench/page-weight.ts';

describe('findPageAssets', () => {
  test('lists stylesheets and script sources, and sizes inline code, leaving JSON-LD out', () => {
    const html = `<html><head>
      <link rel="stylesheet" href="/_astro/a.css"><link rel=icon href="/x.svg">
      <link href='/_astro/b.css' rel='stylesheet'>
      <style>body{color:red}</style>
      <script type="application/ld+json">{"@type":"Event"}</script>
      <script src="/scripts/copy.js" defer></script>
      <script>let a=1;</script>
    </head></html>`;
    expect(findPageAssets(html)).toEqual({
      stylesheets: ['/_astro/a.css', '/_astro/b.css'],
      scripts: ['/scripts/copy.js'],
      inlineScriptBytes: 'let a=1;'.length,
      inlineStyleBytes: 'body{color:red}'.length,
    });
  });

  test('a page without assets loads nothing', () => {
    expect(findPageAssets('<p>text</p>')).toEqual({ stylesheets: [], scripts: [], inlineScriptBytes: 0, inlineStyleBytes: 0 });
  });
});

describe('pickMedianBySize', () => {
  test('takes the middle by size, the lower one of an even count, ties by name', () => {
    const pages = [
      { name: 'c', size: 30 },
      { name: 'a', size: 10 },
      { name: 'b', size: 20 },
    ];
    expect(pickMedianBySize(pages)?.name).toBe('b');
    expect(pickMedianBySize([...pages, { name: 'd', size: 40 }])?.name).toBe('b');
    expect(pickMedianBySize([{ name: 'y', size: 5 }, { name: 'x', size: 5 }])?.name).toBe('x');
    expect(pickMedianBySize([])).toBeUndefined();
  });
});

describe('sumSteps', () => {
  test('adds the times and keeps the largest peak; an unmeasured peak makes the sum unmeasured', () => {
    expect(sumSteps([{ seconds: 1, peakMB: 100 }, null, { seconds: 2.5, peakMB: 300 }])).toEqual({ seconds: 3.5, peakMB: 300 });
    expect(sumSteps([{ seconds: 1, peakMB: 100 }, { seconds: 1, peakMB: null }])).toEqual({ seconds: 2, peakMB: null });
  });
});

describe('toBenchTable', () => {
  const step = { seconds: 2, peakMB: 512 };
  const size: SizeResult = {
    files: 1000,
    seed: 's',
    corpusMB: 1.7,
    entries: 900,
    ingest: { ...step, bulletinsPerSecond: 500, mbPerSecond: 0.85 },
    reingest: { ...step, parsed: 1, shareOfFirst: 0.25 },
    astro: { seconds: 10, peakMB: 900 },
    pagefind: null,
    total: { seconds: 12, peakMB: 900 },
    dist: { bytes: 5e6, files: 3000 },
    pagefindIndex: null,
    meetingPage: { path: 'meetings/x/index.html', htmlBytes: 16_000, htmlGzipBytes: 4_500, cssBytes: 14_000, cssGzipBytes: 3_600, jsBytes: 0 },
    floor: { astro: { seconds: 4, peakMB: 400 }, pagefind: null, total: { seconds: 4, peakMB: 400 }, dist: { bytes: 1e6, files: 900 } },
    floorFailure: null,
    ratioToFloor: 3,
  };
  const result: BenchResult = {
    machine: { cpus: 2, memoryGB: 24, node: '24.0.0', platform: 'linux x64', loadAverage: [1, 1, 1] },
    memoryMethod: 'test',
    sizes: [size, { ...size, files: 10_000 }],
  };

  test('one column per size, one row per figure', () => {
    const table = toBenchTable(result);
    expect(table).toMatch(/N = 1,000 +N = 10,000/);
    expect(table).toMatch(/^total \/ floor +3\.00x +3\.00x$/m);
    expect(table).toMatch(/^re-ingest, 1 file changed +2\.0 s \(25%\), 1 parsed/m);
    expect(table).toMatch(/^pagefind +not installed/m);
    expect(table).toContain('15.6 KB (4.4 KB gzip)');
    expect(table).toMatch(/^ {2}per 1,000 entries +13\.3 s +13\.3 s$/m);
  });

  test('a floor that failed shows its reason, and no ratio', () => {
    const failed: SizeResult = { ...size, files: 100_000, floor: null, floorFailure: 'RangeError: Invalid string length', ratioToFloor: null };
    const table = toBenchTable({ ...result, sizes: [size, failed] });
    expect(table).toMatch(/^floor: astro build +4\.0 s, 400 MB +failed: RangeError: Invalid string length$/m);
    expect(table).toMatch(/^total \/ floor +3\.00x +-$/m);
    expect(table).toMatch(/^floor dist +1\.0 MB, 900 files +-$/m);
  });
});
