/**
 * Whether a date expression in the lead sentence can date the reported event, from the words
 * around it. A date of another event is marked as such in news prose: by a relative phrase
 * after it ("December 5 last year"), a preposition that places the event against it ("since
 * March 3", "after Friday's summit"), or a future tense in its clause ("will meet ... on
 * Nov. 16"): these never date the event the bulletin reports.
 */
import type { DateMention } from './find-dates.ts';

/** What a date expression dates. */
export type MentionRole = 'event' | 'future' | 'other-event';

// "December 5 last year", "Monday, three weeks ago", "in March next year".
const OTHER_AFTER = /^\s*,?\s*(?:(?:last|next|previous|the (?:previous|following)) (?:year|month|week)\b|(?:\w+\s+){0,2}(?:ago|earlier)\b)/i;
// "since March 3", "until Friday", "ahead of Tuesday's ..."; "from" is kept: it opens a range.
const OTHER_BEFORE = /\b(?:since|until|till|before|after|by|ahead of|prior to|as of)\s+(?:the\s+)?(?:(?:morning|afternoon|evening|night) of\s+)?(?:on\s+)?$/i;
// A verb of saying right before the date dates the saying, which is never in the future.
const SAID_BEFORE = /\b(?:said|says|announced|told|stated|reported|declared|confirmed)\s+(?:here\s+|on\s+|in\s+\w+\s+)?$/i;
// "was due to" reports what happened as planned, so only the present tense is a plan.
const FUTURE = /\b(?:will|shall|(?:is|are) (?:due|expected|scheduled|set|going|slated) to|(?:is|are) to be|to be held|plans? to|upcoming|forthcoming)\b/i;

/**
 * Reads what a date expression in a sentence dates: the reported `event`, a `future` plan
 * (its clause is in the future tense), or an `other-event` (an earlier or later occasion).
 */
export function classifyMention(sentence: string, mention: DateMention): MentionRole {
  const before = sentence.slice(0, mention.start);
  const after = sentence.slice(mention.end);
  if (OTHER_AFTER.test(after) || OTHER_BEFORE.test(before)) return 'other-event';
  if (SAID_BEFORE.test(before)) return 'event';
  // The clause the date stands in: from the last comma or semicolon before it.
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return FUTURE.test(clause) ? 'future' : 'event';
}
