/**
 * Sentence splitting for English news prose, aware of the abbreviations bulletins use
 * (U.S., Dr., St., Mr., Sept.) so that a title never ends a sentence.
 */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'sen', 'rep', 'gov', 'prof', 'rev', 'hon', 'jr', 'sr',
  'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'h.e', 'st', 'mt', 'ft',
]);

/** Splits a paragraph into sentences. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const pattern = /[.!?]+["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (let match = pattern.exec(paragraph); match; match = pattern.exec(paragraph)) {
    const before = paragraph.slice(start, match.index);
    const lastWord = /(\S+)$/.exec(before)?.[1]?.toLowerCase().replace(/^["“(]/, '') ?? '';
    // "U.S." "Dr." "J." (an initial): the stop belongs to the word, not to the sentence.
    if (ABBREVIATIONS.has(lastWord) || /^[a-z]$/i.test(lastWord) || /^([a-z]\.)+[a-z]$/i.test(lastWord)) continue;
    const end = match.index + match[0].trimEnd().length;
    sentences.push(paragraph.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const tail = paragraph.slice(start).trim();
  if (tail !== '') sentences.push(tail);
  return sentences;
}
