/**
 * The crawl header some raw files begin with: ` date 2021-01-05 https://… rest of line`,
 * or ` date 2023-09`, or an opaque stamp such as `2016123005` on the first line.
 */

/** What a crawl header says. Every field is optional: most files have no header. */
export interface CrawlHeader {
  /** The crawler's date (`2021-01-05` or `2023-09`): when the page was seen or posted. */
  date?: string;
  /** The page's address, when the header gives it. */
  url?: string;
  /** An opaque numeric stamp (`2016123005`); its first eight digits often read as a date. */
  stamp?: string;
}

/** The header, and the text that follows it (the rest of the header line is content). */
export interface HeaderSplit {
  header: CrawlHeader;
  text: string;
}
import { isCalendarDay } from './date/find-dates.ts';

const DATE_HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])[ \t]*(.*)$/;
const URL_AT_START = /^(https?:\/\/\S+)[ \t]*(.*)$/;
const OPAQUE_STAMP = /^[ \t]*((?:19|20)\d{6}\d{0,4})[ \t]*$/;

/** Whether `YYYY-MM` or `YYYY-MM-DD` names a month or a day of the calendar. */
function isRealDate(date: string): boolean {
  const [year = 0, month = 0, day] = date.split('-').map(Number);
  return day === undefined ? month >= 1 && month <= 12 : isCalendarDay(year, month, day);
}

/** Splits a crawl header off the text. Text without one comes back unchanged. */
export function parseHeader(text: string): HeaderSplit {
  const newline = text.indexOf('\n');
  const first = newline === -1 ? text : text.slice(0, newline);
  const rest = newline === -1 ? '' : text.slice(newline + 1);
  const dated = DATE_HEADER.exec(first);
  if (dated) {
    // A crawler's zero date (`0000-00-00`) or an impossible one is still a header line, but no date.
    const date = dated[1] ?? '';
    const header: CrawlHeader = isRealDate(date) ? { date } : {};
    let remainder = dated[2] ?? '';
    const url = URL_AT_START.exec(remainder);
    if (url) {
      header.url = (url[1] ?? '').replace(/[.,;)]+$/, '');
      remainder = url[2] ?? '';
    }
    return { header, text: remainder === '' ? rest : `${remainder}\n${rest}` };
  }
  const stamp = OPAQUE_STAMP.exec(first);
  if (stamp) return { header: { stamp: stamp[1] ?? '' }, text: rest };
  return { header: {}, text };
}
