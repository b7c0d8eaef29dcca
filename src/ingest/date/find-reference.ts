/**
 * The bulletin's own date: when it was published or filed, read from the crawl header, the
 * page's date stamps and a dateline with a year. It is the anchor that weekdays ("on
 * Tuesday") and yearless days ("On July 17") are resolved against, and the latest day the
 * reported event can have.
 */
import type { CleanDocument } from '../clean-document.ts';
import { isProse } from '../strip-boilerplate.ts';
import { findDates, isCalendarDay } from './find-dates.ts';
import { precisionOf, toPartialDate, type PartialDate } from './resolve-date.ts';

/** The bulletin's own date, as far as the text gives it. */
export interface Reference {
  /** The latest day the event can have (publication or filing), to day, month or year. */
  anchor?: PartialDate;
  /** The publication day (`YYYY-MM-DD`), when the header, a stamp or a dateline gives one. */
  published?: string;
}

// Epoch stamps are believed only within the years bulletins are published.
const EPOCH_MS = /^\s*(\d{13})\s*$/;
const EPOCH_FIRST = Date.UTC(1995, 0, 1);
const EPOCH_LAST = Date.UTC(2040, 0, 1);
const COMPACT_DAY = /(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/;
// An archive label above the story ("2007 News Story"); copyright lines carry years of the page.
const YEAR_LABEL = /^((?:19|20)\d{2})\s+[A-Za-z][A-Za-z ]{2,30}$/;
// How many body lines from the top a stray stamp may stand at; lower down a dated line is content.
const TOP_LINES = 3;
const COPYRIGHT = /copyright|©|all rights reserved/i;

/**
 * Reads the day a stamp line gives: any printed date (`Updated: 2013-09-05 16:40`,
 * `08:30, November 15, 2009`, `17 July 202018:33`, `Source: CCTV.com | 12-14-2006 08:27`)
 * or an epoch-millisecond stamp (`1527020713000`, read in UTC). The latest date wins when a
 * line has several.
 */
export function parseStampDate(line: string): PartialDate | undefined {
  const epoch = EPOCH_MS.exec(line);
  if (epoch) {
    const ms = Number(epoch[1]);
    if (ms < EPOCH_FIRST || ms >= EPOCH_LAST) return undefined;
    return new Date(ms).toISOString().slice(0, 10);
  }
  return latest(findDates(line).flatMap((m) => (m.kind === 'date' ? [toPartialDate(m.year ?? 0, m.month, m.day)] : [])));
}

/** Reads the day a compact or path-like number gives: `2016123005`, `/20230918/`, `/2017-04/12/`. */
export function parseCompactDate(text: string): PartialDate | undefined {
  const match = COMPACT_DAY.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDay(year, month, day) ? toPartialDate(year, month, day) : undefined;
}

/**
 * Finds the bulletin's own date. Of several day-precise sources the earliest is the anchor:
 * a republication's header can be later than the stamp of the first publication, never
 * earlier. Within the stamps the latest wins, as older dates there belong to the page
 * (a forum member's join date), not to the story.
 */
export function findReference(doc: CleanDocument): Reference {
  const days: PartialDate[] = [];
  const { date, url, stamp } = doc.header;
  const fromUrl = url === undefined ? undefined : parseCompactDate(url);
  if (date !== undefined && precisionOf(date) === 'day') days.push(date);
  // A month-only header is made a day by a URL day in the same month.
  else if (fromUrl !== undefined && (date === undefined || fromUrl.startsWith(date))) days.push(fromUrl);
  // An opaque stamp begins with its day: "2016123005" is 2016-12-30 and a counter.
  const fromStamp = stamp === undefined ? undefined : parseCompactDate(stamp.slice(0, 8));
  if (fromStamp !== undefined) days.push(fromStamp);
  const stamped = latest(doc.stamps.flatMap((line) => parseStampDate(line) ?? []));
  if (stamped !== undefined) days.push(stamped);
  // A dated line the cleaner left at the top of the body ("Georgia Materials 28 April 2010 06:15"),
  // above the story's first paragraph of prose: below it a dated line is content.
  const shortLines = latest(linesAboveProse(doc.paragraphs.slice(0, TOP_LINES)).filter(isStampLike).flatMap((line) => parseStampDate(line) ?? []));
  if (shortLines !== undefined) days.push(shortLines);
  const { dateline } = doc;
  if (dateline?.year !== undefined && dateline.month !== undefined && dateline.day !== undefined) {
    days.push(toPartialDate(dateline.year, dateline.month, dateline.day));
  }
  const earliest = days.sort()[0];
  if (earliest !== undefined) return { anchor: earliest, published: earliest };
  if (date !== undefined) return { anchor: date };
  const label = doc.junk.map((line) => YEAR_LABEL.exec(line.trim())).find((m) => m !== null && !COPYRIGHT.test(m[0]));
  if (label) return { anchor: label[1] ?? '' };
  return {};
}

/** The lines before the first line of prose. */
function linesAboveProse(lines: readonly string[]): string[] {
  const prose = lines.findIndex(isProse);
  return prose === -1 ? [...lines] : lines.slice(0, prose);
}

/** A short line that is not prose: a stamp, a byline with a date, a masthead. */
function isStampLike(line: string): boolean {
  return line.split(/\s+/).length <= 10 && !/[.!?]["”’)]?$/.test(line.trim());
}

function latest(dates: PartialDate[]): PartialDate | undefined {
  return [...dates].sort().at(-1);
}
