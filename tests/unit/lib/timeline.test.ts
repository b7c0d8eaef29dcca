import { describe, expect, test } from 'vitest';
import { chooseLabelStep, layoutTimeline } from '../../../src/lib/timeline.ts';

const span = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

describe('layoutTimeline', () => {
  test('one bar per year, zero years included, side by side across the viewBox', () => {
    const layout = layoutTimeline(
      [
        { year: '2002', count: 4 },
        { year: '2003', count: 0 },
        { year: '2004', count: 2 },
      ],
      { height: 100, slot: 10, gapRatio: 0.2 },
    );
    expect(layout.width).toBe(30);
    expect(layout.max).toBe(4);
    expect(layout.bars.map((b) => [b.year, b.x, b.width, b.height, b.y])).toEqual([
      ['2002', 1, 8, 100, 0],
      ['2003', 11, 8, 0, 100],
      ['2004', 21, 8, 50, 50],
    ]);
    expect(layout.bars.map((b) => [b.slotX, b.slotWidth])).toEqual([
      [0, 10],
      [10, 10],
      [20, 10],
    ]);
    expect(layout.bars.map((b) => b.centre.toFixed(2))).toEqual(['16.67', '50.00', '83.33']);
  });

  test('a small year next to a dominant one keeps the minimum height, an empty one has none', () => {
    const layout = layoutTimeline(
      [
        { year: '2013', count: 1 },
        { year: '2014', count: 1000 },
        { year: '2015', count: 0 },
      ],
      { height: 120, minBarHeight: 2 },
    );
    expect(layout.bars.map((b) => b.height)).toEqual([2, 120, 0]);
    expect(layout.bars[0]?.y).toBe(118);
  });

  test('every year empty: flat, no division by zero', () => {
    const layout = layoutTimeline([{ year: '2002', count: 0 }]);
    expect(layout.max).toBe(0);
    expect(layout.bars[0]?.height).toBe(0);
  });

  test('no years: an empty chart', () => {
    expect(layoutTimeline([])).toMatchObject({ width: 0, bars: [], labels: [] });
  });

  test('labels round years, no more than maxLabels', () => {
    const years = span(2002, 2025).map((year) => ({ year: String(year), count: 1 }));
    const layout = layoutTimeline(years, { maxLabels: 8 });
    expect(layout.labels.map((l) => l.year)).toEqual(['2005', '2010', '2015', '2020', '2025']);
    expect(layout.labels[0]?.centre).toBe(layout.bars[3]?.centre);
  });
});

describe('chooseLabelStep', () => {
  test.each([
    [span(2014, 2020), 8, 1],
    [span(2002, 2025), 8, 5],
    [span(2002, 2025), 12, 2],
    [span(1950, 2025), 8, 10],
  ])('%#: at most %i labels → step %i', (years, max, step) => {
    expect(chooseLabelStep(years, max)).toBe(step);
  });
});
