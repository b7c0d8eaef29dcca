/**
 * Geometry of the meetings-per-year chart, computed at build time so the page ships an
 * inline SVG and no charting script. Pure numbers in, rectangles out.
 *
 * The chart is drawn in a viewBox `width × height` that the page stretches to its width
 * only (`preserveAspectRatio="none"`, CSS height = `height` px): one vertical unit stays one
 * pixel, so the minimum bar height really is that many pixels at any screen width, while
 * bars widen or narrow with the screen. Text would be distorted by that stretch, so year
 * labels go in a second SVG without a viewBox, at the percentages given here.
 */

/** One year's value, as the chart takes it. */
export interface YearCount {
  /** Four-digit year. */
  year: string;
  /** Meetings that year (0 allowed). */
  count: number;
}

/** One bar: the visible rectangle and the full-height column around it that takes clicks. */
export interface TimelineBar extends YearCount {
  /** Left edge of the visible bar, in viewBox units. */
  x: number;
  /** Top of the visible bar (the chart's bottom minus its height). */
  y: number;
  /** Width of the visible bar. */
  width: number;
  /** Height of the visible bar: 0 for an empty year, at least `minBarHeight` otherwise. */
  height: number;
  /** Left edge of the year's whole column (bar plus the gaps beside it): the link's target area. */
  slotX: number;
  /** Width of the year's whole column. */
  slotWidth: number;
  /** Centre of the column as a percentage of the chart's width, for the year label under it. */
  centre: number;
}

/** A year label under the chart. */
export interface TimelineLabel {
  /** The year shown. */
  year: string;
  /** Its column's centre, as a percentage of the chart's width. */
  centre: number;
}

/** The laid-out chart. */
export interface TimelineLayout {
  /** viewBox width. */
  width: number;
  /** viewBox height, and the chart's CSS height in pixels. */
  height: number;
  /** The largest count (0 when every year is empty): the value of a full-height bar. */
  max: number;
  /** One bar per input year, in input order. */
  bars: TimelineBar[];
  /** The years to label, few enough not to collide on a phone. */
  labels: TimelineLabel[];
}

/** Options of {@link layoutTimeline}; every field has a default. */
export interface TimelineOptions {
  /** Chart height in viewBox units (= CSS pixels); default 120. */
  height?: number;
  /** Width of one year's column in viewBox units; default 10. */
  slot?: number;
  /** Share of the column left empty between bars, 0–1; default 0.2. */
  gapRatio?: number;
  /** Height of the smallest non-empty bar, so a year with 1 meeting never vanishes next to one with 500; default 2. */
  minBarHeight?: number;
  /** At most this many year labels; default 8 (readable at 360 px). */
  maxLabels?: number;
}

/** Label steps in years, tried in order: labels fall on round years (2005, 2010, ...). */
const LABEL_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000] as const;

/**
 * The smallest step from {@link LABEL_STEPS} such that the years of `years` divisible by
 * it number at most `maxLabels`.
 */
export function chooseLabelStep(years: readonly number[], maxLabels: number): number {
  for (const step of LABEL_STEPS) {
    if (years.filter((year) => year % step === 0).length <= maxLabels) return step;
  }
  return LABEL_STEPS[LABEL_STEPS.length - 1] as number;
}

/**
 * Lays out one bar per entry of `years` (expected consecutive, oldest first, zero years
 * included), heights proportional to the count and rounded to whole units, non-empty bars
 * at least `minBarHeight` high.
 */
export function layoutTimeline(years: readonly YearCount[], options: TimelineOptions = {}): TimelineLayout {
  const { height = 120, slot = 10, gapRatio = 0.2, minBarHeight = 2, maxLabels = 8 } = options;
  const width = years.length * slot;
  const max = years.reduce((most, { count }) => Math.max(most, count), 0);
  const barWidth = slot * (1 - gapRatio);
  const bars = years.map(({ year, count }, i): TimelineBar => {
    const scaled = max === 0 ? 0 : Math.round((count / max) * height);
    const barHeight = count === 0 ? 0 : Math.min(height, Math.max(minBarHeight, scaled));
    const slotX = i * slot;
    return {
      year,
      count,
      x: slotX + (slot - barWidth) / 2,
      y: height - barHeight,
      width: barWidth,
      height: barHeight,
      slotX,
      slotWidth: slot,
      centre: width === 0 ? 0 : ((slotX + slot / 2) / width) * 100,
    };
  });
  const step = chooseLabelStep(
    years.map(({ year }) => Number(year)),
    maxLabels,
  );
  const labels = bars.filter(({ year }) => Number(year) % step === 0).map(({ year, centre }) => ({ year, centre }));
  return { width, height, max, bars, labels };
}
