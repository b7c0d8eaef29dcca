/**
 * Finds the date expressions of English news text: full dates in the shapes pages print
 * them (`March 12, 2009`, `09 July 2022`, `2019/3/8`, US `12-14-2006`, a year fused to a
 * clock `17 July 202018:33`), dates without a year (`On July 17`, `21 March`), month and
 * year (`March 2013`), bare years, weekdays (`on Tuesday`) and words relative to the day of
 * writing (`today`, `yesterday`). Finding is all this module does: which mention is the
 * event's, and which year a yearless one has, is decided by the caller.
 */

/** What a date expression pins down. */
export type MentionKind = 'date' | 'month-day' | 'month' | 'year' | 'weekday' | 'relative';

/** One date expression found in a text. */
export interface DateMention {
  /** How much of a date the expression gives. */
  kind: MentionKind;
  /** Year, when written (`date`, `month`, `year`). */
  year?: number;
  /** Month 1-12, when written. */
  month?: number;
  /** Day of the month, when written; the first day of a range (`from January 18 to 21`). */
  day?: number;
  /** Day of the week, 0 = Sunday (`weekday`, and a `date` printed with its weekday). */
  weekday?: number;
  /** Days from the day of writing, for `relative` (today 0, yesterday -1, tomorrow 1). */
  offset?: number;
  /** Where the expression starts and ends in the text. */
  start: number;
  end: number;
  /** The expression as written. */
  text: string;
}

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAY_NUMBERS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

// Month names are matched capitalised (or all capitals): "may" and "march" are also verbs.
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\\.?';
const WEEKDAY_NAME = '(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';
// A year, also when a clock is fused to it ("202018:33" is 2020 and 18:33).
const YEAR = '((?:19|20)\\d{2})(?=\\d{1,2}:\\d{2}|\\D|$)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
// The second day of a range ("May 20 and 21", "24–26 April", "January 18 to 21").
const RANGE_END = '(?:\\s*(?:-|–|—|to|and|&)\\s*\\d{1,2}(?:st|nd|rd|th)?(?!\\d))?';

const WEEKDAY_PREFIX = `(?:(${WEEKDAY_NAME}),?\\s+(?:the\\s+)?)?`;
/** `Wednesday, March 11, 2009`, `Nov. 14, 2009`, `January 18 to 21`, `July 17`. */
const MONTH_FIRST = new RegExp(`\\b${WEEKDAY_PREFIX}(${MONTH})\\s+${DAY}${RANGE_END}(?:,?\\s+${YEAR})?`, 'g');
/** `Tue 06th July 2021`, `09 July 2022`, `14 Apr, 2023`, `24–26 April`, `21 March`. */
const DAY_FIRST = new RegExp(`\\b${WEEKDAY_PREFIX}${DAY}${RANGE_END}\\s+(?:of\\s+)?(${MONTH})(?![a-z])(?:,?\\s+${YEAR})?`, 'g');
/** `2013-09-05`, `2019/3/8`, `2023.02.04`. */
const YEAR_FIRST = /\b((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g;
/** `12-14-2006` (US, month first) or `14/12/2006` (a first number over 12 is a day). */
const NUMERIC_YEAR_LAST = /\b(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/g;
/** `March 2013`, `in May, 2013`. */
const MONTH_YEAR = new RegExp(`\\b(${MONTH}),?\\s+${YEAR}`, 'g');
const BARE_YEAR = /(?<![\d/.-])((?:19|20)\d{2})(?![\d/-]|\.\d)/g;
// Weekdays are written in full in prose; a possessive ("Tuesday's schedule") is a thing, not a time.
const WEEKDAY = /\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b(?!['’]s)/g;
const RELATIVE = /\b(today|tonight|this (?:morning|afternoon|evening)|yesterday|last night|tomorrow)\b(?!['’]s)/gi;

/** Reads an English month name or abbreviation (`Sept.`, `MARCH`) as 1-12. */
export function monthOf(name: string): number | undefined {
  return MONTH_NUMBERS[name.toLowerCase().replace(/\.$/, '').slice(0, 3)];
}

/** Reads an English weekday name or abbreviation (`Tue`, `Thursday`) as 0-6, Sunday first. */
export function weekdayOf(name: string): number | undefined {
  return WEEKDAY_NUMBERS[name.toLowerCase().slice(0, 3)];
}

/** Whether year, month and day make a day of the Gregorian calendar. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Every date expression in a text, in order of appearance. Where two overlap the longer
 * wins, so `Wednesday, March 11, 2009` is one full date, not a weekday and a date.
 */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const add = (match: RegExpExecArray, fields: Omit<DateMention, 'start' | 'end' | 'text'>): void => {
    found.push({ ...fields, start: match.index, end: match.index + match[0].length, text: match[0] });
  };
  for (const match of text.matchAll(MONTH_FIRST)) {
    const [, weekdayName, monthName = '', dayText = '', yearText] = match;
    addDay(add, match, monthOf(monthName), Number(dayText), yearText, weekdayName);
  }
  for (const match of text.matchAll(DAY_FIRST)) {
    const [, weekdayName, dayText = '', monthName = '', yearText] = match;
    addDay(add, match, monthOf(monthName), Number(dayText), yearText, weekdayName);
  }
  for (const match of text.matchAll(YEAR_FIRST)) {
    const [, yearText, , monthText, dayText] = match;
    addDay(add, match, Number(monthText), Number(dayText), yearText, undefined);
  }
  for (const match of text.matchAll(NUMERIC_YEAR_LAST)) {
    const [, first = '', , second = '', yearText] = match;
    // The US order (month first) unless the first number cannot be a month.
    const [month, day] = Number(first) > 12 ? [Number(second), Number(first)] : [Number(first), Number(second)];
    addDay(add, match, month, day, yearText, undefined);
  }
  for (const match of text.matchAll(MONTH_YEAR)) {
    const month = monthOf(match[1] ?? '');
    if (month !== undefined) add(match, { kind: 'month', year: Number(match[2]), month });
  }
  for (const match of text.matchAll(BARE_YEAR)) add(match, { kind: 'year', year: Number(match[1]) });
  for (const match of text.matchAll(WEEKDAY)) {
    const weekday = weekdayOf(match[1] ?? '');
    if (weekday !== undefined) add(match, { kind: 'weekday', weekday });
  }
  for (const match of text.matchAll(RELATIVE)) {
    const word = (match[1] ?? '').toLowerCase();
    const offset = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
    add(match, { kind: 'relative', offset });
  }
  return dropOverlaps(found);
}

function addDay(
  add: (match: RegExpExecArray, fields: Omit<DateMention, 'start' | 'end' | 'text'>) => void,
  match: RegExpExecArray,
  month: number | undefined,
  day: number,
  yearText: string | undefined,
  weekdayName: string | undefined,
): void {
  if (month === undefined) return;
  const weekday = weekdayName === undefined ? undefined : weekdayOf(weekdayName);
  const withWeekday = weekday === undefined ? {} : { weekday };
  if (yearText === undefined) {
    // A yearless day is checked against a leap year so that February 29 survives.
    if (isCalendarDay(2000, month, day)) add(match, { kind: 'month-day', month, day, ...withWeekday });
    return;
  }
  const year = Number(yearText);
  if (isCalendarDay(year, month, day)) add(match, { kind: 'date', year, month, day, ...withWeekday });
}

/**
 * Keeps the longest of overlapping mentions (the earliest on a tie), in text order. The kept
 * mentions never overlap, so marking the characters they cover answers "does this one overlap
 * a kept one" by its own length, not by the number kept (which was quadratic in a long text
 * full of dates).
 */
function dropOverlaps(mentions: DateMention[]): DateMention[] {
  const bySize = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // A loop, not Math.max(...ends): spreading a huge array overflows the call stack.
  const covered = new Uint8Array(mentions.reduce((end, m) => Math.max(end, m.end), 0));
  const kept: DateMention[] = [];
  for (const mention of bySize) {
    if (covered.subarray(mention.start, mention.end).includes(1)) continue;
    covered.fill(1, mention.start, mention.end);
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
