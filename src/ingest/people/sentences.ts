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

const BOUNDARY = /[.!?]+["”’)]*(?:\s+|(?<=[a-z]{2}["”’]?[.!?]["”’]?)(?=[A-Z][a-z]))(?=["“‘(]?[A-Z0-9])/g;

/** Splits a paragraph into sentences, keeping each sentence's text as written. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const before = paragraph.slice(start, match.index);
    const lastWord = /(\S+)$/.exec(before)?.[1]?.toLowerCase().replace(/^["“(]/, '') ?? '';
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
