/**
 * The event's date, as far as the text supports it, and the bulletin's publication day.
 *
 * The event is dated by the lead sentence (the one that reports it) read against the
 * bulletin's own date: its header, stamps and dateline. In order:
 * 1. a date in the lead that dates the event (not a plan, not another occasion), resolved
 *    against the anchor: a weekday is the most recent such day on or before it, a yearless
 *    day takes the nearest year, `today` is the anchor's day; nothing after the anchor counts;
 * 2. a greeting "upon the coming of the New Year of 2021": the December before;
 * 3. a date in the headline, read the same way;
 * 4. a photo caption's date, when it agrees with the anchor (or there is no anchor);
 * 5. the dateline's day;
 * 6. the anchor itself, to the month: the event came on or shortly before publication.
 * With no dated anchor, a weekday is placed only by a date the story prints on that weekday.
 * A text that gives no year anywhere stays undated: "on Tuesday" alone is no date.
 */
import type { DatePrecision, Kind } from '../schema/entry.ts';
import type { CleanDocument } from './clean-document.ts';
import type { Dateline } from './parse-dateline.ts';
import { isProse } from './strip-boilerplate.ts';
import { splitSentences } from './split-sentences.ts';
import { findDates, type DateMention } from './date/find-dates.ts';
import { classifyMention } from './date/classify-mention.ts';
import { findReference } from './date/find-reference.ts';
import {
  daysBetween,
  isOnOrBefore,
  precisionOf,
  resolveMonthDay,
  resolveWeekday,
  shiftDay,
  toPartialDate,
  truncateDate,
  weekdayOfDay,
  type PartialDate,
} from './date/resolve-date.ts';

/** The event date the text supports, and the bulletin's own publication date. */
export interface EventDate {
  /** The event's date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); absent when the text gives no year. */
  date?: string;
  /** How much of `date` the text supports; set exactly when `date` is. */
  datePrecision?: DatePrecision;
  /** Publication or crawl day (YYYY-MM-DD), when the text gives one. */
  published?: string;
}

// How many days a caption's date may precede the anchor and still be the event's photo.
const CAPTION_WINDOW_DAYS = 3;
// How far a dateline's day may precede the anchor and still be the filing day.
const DATELINE_WINDOW_DAYS = 7;
// "Upon the coming of the New Year of 2021": greetings sent in the last days of the old year.
const NEW_YEAR = /\b(?:coming|advent|approach|arrival|eve|threshold|occasion)\s+of\s+(?:the\s+)?New Year(?:['’]s)?\s+(?:of\s+)?((?:19|20)\d{2})\b/i;
// A headline announcing a plan: "Wang Yi to visit US", "Xi will meet Biden".
const PLAN_HEADLINE = /\b(?:will|to (?:visit|meet|hold|attend|travel|tour|pay|host|make|sign|speak|call))\b/i;
// Photo-caption wording inside a paragraph: "(R)", ", left,", "shakes hands".
const CAPTION_WORDING = /\((?:[LRC]|left|right|cent(?:er|re)|\d(?:st|nd|rd|th)?\s*[LR])\)|,\s*(?:left|right|cent(?:er|re))\s*,|\bshak(?:e|es|ing) hands\b|\bpose[sd]?\b|\[photo/i;

/** Finds when the event happened, and when the bulletin was published. */
export function parseEventDate(doc: CleanDocument, kind: Kind): EventDate {
  const { anchor, published } = findReference(doc);
  const filing = filingDay(doc.dateline, anchor);
  // Weekdays and "today" count from the filing day when the dateline gives it.
  const base = filing ?? anchor;
  const textDays = findTextDays(doc);
  const withPublished = (found: EventDate): EventDate => (published === undefined ? found : { ...found, published });

  const lead = leadSentence(doc, kind);
  const fromLead = dateFromSentence(lead, base, anchor, textDays);
  if (fromLead.date !== undefined) return withPublished(dated(fromLead.date));
  const newYear = NEW_YEAR.exec(lead);
  if (newYear) return withPublished(dated(toPartialDate(Number(newYear[1]) - 1, 12)));
  // A headline stands in for a lead without a date ("Briefing ..., September 10, 2015").
  const fromTitle = dateFromSentence(doc.title ?? '', base, anchor, textDays);
  if (fromTitle.date !== undefined) return withPublished(dated(fromTitle.date));
  const unresolved = fromLead.unresolved || fromTitle.unresolved;
  // A weekday the text cannot place is not replaced by a photo's date of another day.
  if (!unresolved) {
    const caption = captionDay(doc, anchor);
    if (caption !== undefined) return withPublished(dated(caption));
  }
  if (filing !== undefined) return withPublished(dated(filing));
  if (anchor !== undefined) return withPublished(dated(precisionOf(anchor) === 'day' ? truncateDate(anchor, 'month') : anchor));
  return {};
}

/**
 * The first date expression of a sentence that dates the event and that the anchor can place,
 * or whether the sentence had one it could not place (a weekday with no dated anchor).
 */
function dateFromSentence(
  sentence: string,
  base: PartialDate | undefined,
  anchor: PartialDate | undefined,
  textDays: TextDay[],
): { date?: PartialDate; unresolved: boolean } {
  let unresolved = false;
  for (const mention of findDates(sentence)) {
    if (mention.kind === 'year' || classifyMention(sentence, mention) !== 'event') continue;
    const date = resolveMention(mention, base, textDays);
    if (date === undefined) unresolved = true;
    // Nothing happens after the bulletin reporting it: a later date is a plan.
    else if (anchor === undefined || isOnOrBefore(date, anchor)) return { date, unresolved };
  }
  return { unresolved };
}

function dated(date: PartialDate): EventDate {
  return { date, datePrecision: precisionOf(date) };
}

/**
 * The sentence whose dates are the event's. For an announcement (a statement, or a headline
 * of a plan) it is the story's first sentence, which dates the announcing; otherwise the
 * lead the cleaner found, the first that reports a meeting.
 */
function leadSentence(doc: CleanDocument, kind: Kind): string {
  const announcement = kind === 'statement' || (doc.title !== undefined && PLAN_HEADLINE.test(doc.title));
  if (!announcement) return doc.lead;
  const first = doc.paragraphs.find((paragraph) => isProse(paragraph));
  return first === undefined ? doc.lead : (splitSentences(first)[0] ?? doc.lead);
}

/** The dateline's day (`BEIJING, April 4`), given the anchor's year, when it fits the anchor. */
function filingDay(dateline: Dateline | undefined, anchor: PartialDate | undefined): PartialDate | undefined {
  if (dateline?.month === undefined || dateline.day === undefined) return undefined;
  if (dateline.year !== undefined) return toPartialDate(dateline.year, dateline.month, dateline.day);
  if (anchor === undefined || precisionOf(anchor) !== 'day') return undefined;
  const day = resolveMonthDay(dateline.month, dateline.day, anchor);
  if (day === undefined) return undefined;
  const lag = daysBetween(day, anchor);
  return lag >= 0 && lag <= DATELINE_WINDOW_DAYS ? day : undefined;
}

/** A full date printed in the story, and whether it is a photo caption's. */
interface TextDay {
  day: PartialDate;
  caption: boolean;
}

/** Full dates printed in the story itself (title, body, captions), oldest first. */
function findTextDays(doc: CleanDocument): TextDay[] {
  const days = (texts: string[], caption: boolean): TextDay[] =>
    texts.flatMap((text) => findDates(text).flatMap(toDay).map((day) => ({ day, caption })));
  return [...days([doc.title ?? '', ...doc.paragraphs], false), ...days(doc.captions, true)].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

function toDay(mention: DateMention): PartialDate[] {
  return mention.kind === 'date' ? [toPartialDate(mention.year ?? 0, mention.month, mention.day)] : [];
}

/**
 * Resolves one date expression against the base day (filing or publication), or, with no
 * base, against the full dates the story prints. Undefined when the text cannot place it.
 */
function resolveMention(mention: DateMention, base: PartialDate | undefined, textDays: TextDay[]): PartialDate | undefined {
  const { kind, year, month, day, weekday, offset } = mention;
  if (kind === 'date') return toPartialDate(year ?? 0, month, day);
  if (kind === 'month') return toPartialDate(year ?? 0, month);
  if (kind === 'month-day' && month !== undefined && day !== undefined) {
    if (base !== undefined) return resolveMonthDay(month, day, base);
    // Without an anchor, a printed full date a few days off lends its year ("BEIJING, April
    // 14" beside a caption "April 14, 2023").
    for (const text of textDays) {
      const candidate = resolveMonthDay(month, day, text.day);
      if (candidate !== undefined && Math.abs(daysBetween(text.day, candidate)) <= DATELINE_WINDOW_DAYS) return candidate;
    }
    return undefined;
  }
  if (kind === 'weekday' && weekday !== undefined) {
    if (base !== undefined) return precisionOf(base) === 'day' ? resolveWeekday(weekday, base) : undefined;
    return weekdayAgainstText(weekday, textDays);
  }
  if (kind === 'relative' && base !== undefined) {
    if (precisionOf(base) === 'day') return shiftDay(base, offset ?? 0);
    return offset === 0 ? base : undefined;
  }
  return undefined;
}

/**
 * A weekday placed by the story's printed dates. Only the latest counts: a story is told
 * after its background, so older dates are of earlier events. It places the weekday when it
 * falls on it ("on Thursday" beside a signature "September 16, 2021"); a photo caption's date
 * also places it to the month when the weekdays before and after it share its month.
 */
function weekdayAgainstText(weekday: number, textDays: TextDay[]): PartialDate | undefined {
  const last = textDays.at(-1);
  if (last === undefined) return undefined;
  if (weekdayOfDay(last.day) === weekday) return last.day;
  if (!last.caption) return undefined;
  const before = resolveWeekday(weekday, last.day);
  const after = shiftDay(before, 7);
  const month = truncateDate(last.day, 'month');
  return before.startsWith(month) && after.startsWith(month) ? month : undefined;
}

/**
 * The day of a photo of the event: the latest caption date no later than the anchor and at
 * most a few days before it (older captions show earlier events), or with no anchor the
 * latest caption date. Caption-like sentences left in the body count as captions.
 */
function captionDay(doc: CleanDocument, anchor: PartialDate | undefined): PartialDate | undefined {
  const captionSentences = doc.paragraphs.flatMap((paragraph) => splitSentences(paragraph)).filter((sentence) => CAPTION_WORDING.test(sentence));
  const days = [...doc.captions, ...captionSentences].flatMap((text) => findDates(text).flatMap(toDay)).sort();
  if (anchor === undefined) return days.at(-1);
  if (precisionOf(anchor) !== 'day') return days.filter((day) => day.startsWith(anchor)).at(-1);
  return days.filter((day) => {
    const lag = daysBetween(day, anchor);
    return lag >= 0 && lag <= CAPTION_WINDOW_DAYS;
  }).at(-1);
}
