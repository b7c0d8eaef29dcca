/**
 * Sentences of a paragraph for the people stage: split after a full stop, question or
 * exclamation mark before a capital, but not after a title (`Mr.`, `Dr.`), an initial (`J.`)
 * or a dotted abbreviation (`U.S.`), and also where copy lost the space (`"Innovation".Putin`).
 */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'sen', 'rep', 'gov', 'prof', 'rev', 'hon', 'jr', 'sr',
  'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mt', 'ft', 'h.e', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m',
]);

// `(?<![.!?])`: a match starts only at the first stop of a run (from a later one it fails or
// succeeds just the same), so a long run of stops is not rescanned from each of them.
const BOUNDARY = /(?<![.!?])[.!?]+["”’)]*(?:\s+|(?<=[a-z]{2}["”’]?[.!?]["”’]?)(?=[A-Z][a-z]))(?=["“‘(]?[A-Z0-9])/g;

/**
 * The last run of non-space characters of `text[from, to)`, or '' when it ends in a space. A
 * backward scan, not `/(\S+)$/` on a slice: that regex rescans from the slice's start, and the
 * slice grows with every abbreviation skipped, which made a run of `A. A. A.` quadratic.
 */
function lastWordBefore(text: string, from: number, to: number): string {
  let start = to;
  while (start > from && !/\s/.test(text[start - 1] ?? ' ')) start--;
  return text.slice(start, to);
}

/** Splits a paragraph into sentences, keeping each sentence's text as written. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const lastWord = lastWordBefore(paragraph, start, match.index).toLowerCase().replace(/^["“(]/, '');
    if (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord) || /^(?:\p{L}\.)+\p{L}$/u.test(lastWord)) continue;
    const end = match.index + match[0].trimEnd().length;
    const sentence = paragraph.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = match.index + match[0].length;
  }
  const tail = paragraph.slice(start).trim();
  if (tail !== '') sentences.push(tail);
  return sentences;
}
