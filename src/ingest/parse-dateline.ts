/**
 * Wire and newspaper datelines at the head of a story: `BEIJING, March 7 (Xinhua) --`,
 * `MOSCOW, August 7. /TASS/.`, `Kazan [Russia], October 22 :`, `NEW DELHI:`. The dateline
 * says where the story was filed, which is not necessarily where the event happened.
 */

/** A parsed dateline. */
export interface Dateline {
  /** The filing place as written (`BEIJING`, `St Petersburg`). */
  place: string;
  /** A country or region written beside the place (`Russia`). */
  region?: string;
  /** Month (1-12) and day, when the dateline has a date. */
  month?: number;
  day?: number;
  /** Year, when the dateline has one (rare: `BALI, 09 July 2022`). */
  year?: number;
  /** The agency in the dateline (`Xinhua`, `TASS`, `Reuters`). */
  agency?: string;
  /** The dateline exactly as it stood. */
  raw: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Reads an English month name or abbreviation (`Sept.`, `March`) as 1-12. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '').slice(0, 3)];
}

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const PLACE_WORD = "[A-Z][A-Za-z.'’-]*";
const PLACE = `(${PLACE_WORD}(?:[ -]${PLACE_WORD}){0,3})`;
const REGION = `(?:,\\s*(${PLACE_WORD}(?: ${PLACE_WORD})?)(?=[ ,(]|$)|\\s*\\[([^\\]]{2,30})\\])?`;
const DATE = `(?:,\\s*(?:${MONTH}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH})(?:,?\\s+(\\d{4}))?)?`;
const AGENCY = '(?:[.,]?\\s*\\(([^()]{2,60})\\))?';
const SEPARATOR = '\\s*,?\\s*(?:--|—|–|-|:|\\.?\\s*\\/([A-Z]{2,8})\\/\\.)\\s*';

const DATELINE = new RegExp(`^${PLACE}${REGION}${DATE}${AGENCY}${SEPARATOR}(?=\\S)`);
const DATELINE_ALONE = new RegExp(`^${PLACE}${REGION}${DATE}${AGENCY}\\s*$`);

/**
 * Splits a dateline off the start of a paragraph. Returns the paragraph unchanged and no
 * dateline when it does not start with one.
 */
export function parseDateline(paragraph: string): { dateline?: Dateline; rest: string } {
  const match = DATELINE.exec(paragraph);
  if (!match) return { rest: paragraph };
  const dateline = toDateline(match);
  if (!dateline) return { rest: paragraph };
  const rest = paragraph.slice(match[0].length);
  // A dateline is followed by the story's first sentence, never by more punctuation.
  if (!/^["“‘'A-Z0-9]/.test(rest)) return { rest: paragraph };
  return { dateline, rest };
}

/** Reads a line that is nothing but a dateline (`Riyadh, November 10`). */
export function parseDatelineLine(line: string): Dateline | undefined {
  const match = DATELINE_ALONE.exec(line.trim());
  if (!match || (match[5] === undefined && match[7] === undefined)) return undefined;
  return toDateline(match);
}

function toDateline(match: RegExpExecArray): Dateline | undefined {
  const [raw, place = '', regionComma, regionBracket, monthA, dayA, dayB, monthB, year, agencyParen, agencySlash] = match;
  const hasDate = dayA !== undefined || dayB !== undefined;
  const agency = (agencySlash ?? agencyParen)?.trim();
  const allCaps = place === place.toUpperCase() && /[A-Z]{3}/.test(place);
  const words = place.split(/[ -]/).length;
  // Speaker labels of transcripts ("MR. JONES:") are not places.
  if (/^(MR|MRS|MS|DR|Q|MISS)\b/i.test(place) || /\.$/.test(place)) return undefined;
  // Title-case words followed by a colon could be a headline ("Xi Jinping: ..."); accept
  // them as a dateline only with a date or an agency, or when short and followed by ':'.
  if (!allCaps && !hasDate && agency === undefined && words > 3) return undefined;
  if (!allCaps && !hasDate && agency === undefined && !/:\s*$/.test(raw) && regionComma === undefined) return undefined;
  const dateline: Dateline = { place: place.trim(), raw: raw.trim() };
  const region = (regionComma ?? regionBracket)?.trim();
  if (region !== undefined && region !== '') dateline.region = region;
  const monthName = monthA ?? monthB;
  const month = monthName === undefined ? undefined : monthNumber(monthName);
  const day = Number(dayA ?? dayB);
  if (month !== undefined && day >= 1 && day <= 31) {
    dateline.month = month;
    dateline.day = day;
  }
  if (year !== undefined) dateline.year = Number(year);
  if (agency !== undefined && agency !== '') dateline.agency = agency.split(/\s*[/|]\s*/)[0] ?? agency;
  return dateline;
}
