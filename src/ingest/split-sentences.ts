/**
 * Sentence splitting for English news prose, aware of the abbreviations bulletins use
 * (U.S., Dr., St., Mr., Sept.) so that a title never ends a sentence.
 */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'sen', 'rep', 'gov', 'prof', 'rev', 'hon', 'jr', 'sr',
  'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'h.e', 'st', 'mt', 'ft',
]);

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

/** Splits a paragraph into sentences. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  // The lookbehind starts a match only at the first stop of a run: from any later stop the
  // match fails or succeeds just the same, and retrying from each made `.....` quadratic.
  const pattern = /(?<![.!?])[.!?]+["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (let match = pattern.exec(paragraph); match; match = pattern.exec(paragraph)) {
    const lastWord = lastWordBefore(paragraph, start, match.index).toLowerCase().replace(/^["“(]/, '');
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
