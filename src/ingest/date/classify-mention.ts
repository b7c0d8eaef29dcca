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

const RELATIVE_OPEN = /,\s*(?:who|which|where|whose)\b[^,;]*$/i;
// A verb in the past tense after a future one starts a new statement of fact ("..., who will
// visit Y, met Z on Tuesday"; "X will meet Y on Nov. 16, the spokesperson said Saturday").
const PAST = /\b(?:said|says|told|announced|met|held|hosted|received|talked|spoke|signed|attended|visited|arrived|left|returned|sent|exchanged|discussed|agreed|began|called|was|were|had|has)\b/gi;

/**
 * How far around a date its words are read, in characters: far more than any real sentence
 * needs, and a bound that keeps a megabyte "sentence" full of dates from being rescanned
 * once per date (which was quadratic).
 */
const CONTEXT = 500;

/**
 * Reads what a date expression in a sentence dates: the reported `event`, a `future` plan
 * (a future tense governs it), or an `other-event` (an earlier or later occasion).
 */
export function classifyMention(sentence: string, mention: DateMention): MentionRole {
  const before = sentence.slice(Math.max(0, mention.start - CONTEXT), mention.start);
  const after = sentence.slice(mention.end, mention.end + CONTEXT);
  if (OTHER_AFTER.test(after) || OTHER_BEFORE.test(before)) return 'other-event';
  if (SAID_BEFORE.test(before)) return 'event';
  // Inside a relative clause still open ("X, who arrived on Monday, met Y on Tuesday") the
  // date is of a side event.
  if (RELATIVE_OPEN.test(before)) return 'other-event';
  const future = lastIndex(FUTURE, before);
  return future > lastIndex(PAST, before) ? 'future' : 'event';
}

function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  for (const match of text.matchAll(new RegExp(pattern.source, 'gi'))) last = match.index;
  return last;
}
