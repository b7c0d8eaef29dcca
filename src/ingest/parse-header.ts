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

const DATE_HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])[ \t]*(.*)$/;
const URL_AT_START = /^(https?:\/\/\S+)[ \t]*(.*)$/;
const OPAQUE_STAMP = /^[ \t]*((?:19|20)\d{6}\d{0,4})[ \t]*$/;

/** Splits a crawl header off the text. Text without one comes back unchanged. */
export function parseHeader(text: string): HeaderSplit {
  const newline = text.indexOf('\n');
  const first = newline === -1 ? text : text.slice(0, newline);
  const rest = newline === -1 ? '' : text.slice(newline + 1);
  const dated = DATE_HEADER.exec(first);
  if (dated) {
    const header: CrawlHeader = { date: dated[1] ?? '' };
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
