/**
 * A general-purpose extractor to compare the parser against: off-the-shelf NER and date parsing
 * with no knowledge of bulletins. It always produces an entry (so its coverage is 1 and its
 * rejection 0). Pure: text in, entry fields out.
 *
 * - participants: compromise's `people()` without honorifics, cleaned of punctuation and
 *   possessives, deduplicated by `toNameKey` (so `Sergey Lavrov` twice counts once);
 * - location: `{ city: <compromise's first place> }`, no country; `null` when it finds no place;
 * - date: chrono-node's first result whose year is certain and written in the text (a date
 *   without a year cannot be right: gold is `null` then; a relative one would only echo the
 *   reference date), `YYYY-MM-DD` when day and month are certain (`isCertain`), `YYYY-MM` when
 *   the month is, else `YYYY`; no date when chrono finds none;
 * - kind: a trivial keyword rule — of the keywords below, the one appearing earliest in the text
 *   decides (`other` when none appears).
 */
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import type { Kind } from '../schema/entry.ts';
import { toNameKey } from './match-name.ts';
import type { ScoredEntry } from './score.ts';

/** chrono's reference date, fixed so the baseline does not read the clock (relative phrases, which use it, are skipped). */
const REFERENCE_DATE = new Date(Date.UTC(2000, 0, 1));

/** Keyword → kind, for the trivial kind rule; the earliest match in the text wins, ties in this order. */
const KIND_KEYWORDS: readonly (readonly [RegExp, Kind])[] = [
  [/\b(?:tele)?phone\b|\bphoned\b/i, 'phone-call'],
  [/\bvideo ?(?:call|link|conference)\b|\bvideoconference\b/i, 'video-call'],
  [/\bpress conference\b/i, 'press-conference'],
  [/\bjoint statement\b/i, 'joint-statement'],
  [/\b(?:messages?|letters?|greetings)\b/i, 'message-exchange'],
  [/\btalks\b/i, 'talks'],
  [/\b(?:meets?|met|meeting)\b/i, 'meeting'],
  [/\bvisit(?:s|ed|ing)?\b/i, 'visit'],
  [/\bstatement\b/i, 'statement'],
];

/** The trivial kind rule: the kind whose keyword appears first in the text, or `other`. */
export function toBaselineKind(text: string): Kind {
  let best: { at: number; kind: Kind } = { at: Infinity, kind: 'other' };
  for (const [pattern, kind] of KIND_KEYWORDS) {
    const at = text.search(pattern);
    if (at !== -1 && at < best.at) best = { at, kind };
  }
  return best.kind;
}

/** Trims punctuation and a possessive `'s` from an NER span (`Vladimir Putin,` → `Vladimir Putin`). */
function cleanSpan(span: string): string {
  return span
    .replace(/\s+/g, ' ')
    .replace(/['’]s?\W*$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .trim();
}

/**
 * chrono's first date whose year is written in the matched text, as a partial ISO date.
 * Relative phrases (`today`, `10 years ago`, `this month`) are skipped: chrono resolves them
 * against the reference date, which says nothing about the bulletin.
 */
export function toBaselineDate(text: string): { date: string; datePrecision: 'day' | 'month' | 'year' } | undefined {
  const found = chrono
    .parse(text, REFERENCE_DATE)
    .find((result) => result.start.isCertain('year') && result.text.includes(String(result.start.get('year'))));
  if (found === undefined) return undefined;
  const { start } = found;
  const pad = (n: number | null): string => String(n ?? 0).padStart(2, '0');
  const year = String(start.get('year')).padStart(4, '0');
  if (start.isCertain('month') && start.isCertain('day')) {
    return { date: `${year}-${pad(start.get('month'))}-${pad(start.get('day'))}`, datePrecision: 'day' };
  }
  if (start.isCertain('month')) return { date: `${year}-${pad(start.get('month'))}`, datePrecision: 'month' };
  return { date: year, datePrecision: 'year' };
}

/** Extracts the scored fields of an entry with compromise and chrono-node; never rejects. */
export function extractBaseline(text: string): ScoredEntry {
  const doc = nlp(text);
  const seen = new Set<string>();
  const participants: { name: string }[] = [];
  for (const span of doc.people().not('#Honorific').out('array') as string[]) {
    const name = cleanSpan(span);
    const key = toNameKey(name);
    if (name === '' || key === '' || seen.has(key)) continue;
    seen.add(key);
    participants.push({ name });
  }
  const firstPlace = (doc.places().out('array') as string[]).map(cleanSpan).find((place) => place !== '');
  const date = toBaselineDate(text);
  return {
    ...(date === undefined ? {} : { date: date.date }),
    kind: toBaselineKind(text),
    participants,
    location: firstPlace === undefined ? null : { city: firstPlace },
  };
}
