/**
 * The event's date. STUB: the crawl header's date only; being replaced.
 */
import type { DatePrecision, Kind } from '../schema/entry.ts';
import type { CleanDocument } from './clean-document.ts';

/** The event date the text supports, and the bulletin's own publication date. */
export interface EventDate {
  date?: string;
  datePrecision?: DatePrecision;
  /** Publication or crawl day (YYYY-MM-DD), when the text gives one. */
  published?: string;
}

/** Finds when the event happened. */
export function parseEventDate(doc: CleanDocument, _kind: Kind): EventDate {
  const date = doc.header.date;
  if (date === undefined) return {};
  return { date, datePrecision: date.length === 10 ? 'day' : 'month' };
}
