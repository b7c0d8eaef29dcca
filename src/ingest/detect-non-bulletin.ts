/**
 * Pages that are not one English bulletin: other languages, search results and headline
 * lists, tag-page teasers, archive listings, live blogs, multi-topic spokesperson briefings.
 * Each rule names what it saw, so the ingest report explains every rejection.
 */
import type { CleanDocument } from './clean-document.ts';
import { hasEventVerb } from './event-words.ts';
import { splitSentences } from './split-sentences.ts';

const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'and', 'of', 'to', 'in', 'on', 'with', 'for', 'a', 'an', 'is', 'was', 'that', 'said', 'by', 'as', 'at', 'his', 'he',
  'has', 'have', 'will', 'from', 'be', 'are', 'their', 'its', 'it', 'two', 'this',
]);

const WEEKDAY_OR_DATE = /\b(?:on |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/;

const LETTER = /^\p{L}$/u;
const LATIN = /^\p{Script=Latin}$/u;

/** Share of letters that are Latin; pages in Chinese, Russian or Arabic score low. */
export function latinShare(text: string): number {
  // ASCII letters are counted by their codes; only other characters are tested with a regex
  // (a regex per letter was 2% of an ingest).
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const folded = code | 0x20;
      if (folded >= 0x61 && folded <= 0x7a) {
        letters++;
        latin++;
      }
      continue;
    }
    const point = text.codePointAt(i) ?? code;
    if (point > 0xffff) i++;
    const char = String.fromCodePoint(point);
    if (LETTER.test(char)) {
      letters++;
      if (LATIN.test(char)) latin++;
    }
  }
  return letters === 0 ? 0 : latin / letters;
}

/** Share of words that are common English function words; ~0.3 in English prose, <0.1 in Spanish. */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length / words.length;
}

/**
 * Paragraphs that read like the opening of a news story: the first sentence reports an
 * event and says when. A bulletin has one; a page of search results or headlines has many.
 */
export function countStoryOpenings(paragraphs: string[]): number {
  return paragraphs.filter((paragraph) => {
    const first = splitSentences(paragraph)[0] ?? '';
    return hasEventVerb(first) && WEEKDAY_OR_DATE.test(first) && /^[\p{Lu}"“]/u.test(first);
  }).length;
}

/** Returns why the page is not a single English bulletin, or undefined when it is one. */
export function detectNonBulletin(doc: CleanDocument): string | undefined {
  const text = [doc.title ?? '', ...doc.paragraphs].join('\n');
  if (text.trim() === '') return 'no text: the page has only site chrome (menus, footers, captions)';
  if (latinShare(text) < 0.5) return 'not in English: most letters are in another script';
  if (englishShare(text) < 0.12) return 'not in English: too few English words';
  const opening = [doc.title ?? '', doc.lead, doc.paragraphs[0] ?? ''].join(' ');
  if (/\blive (?:updates?|blog|coverage)\b|\blive:/i.test(opening)) return 'a live blog: several stories under one page';
  if (/\b(?:briefing|press conference) by (?:the )?(?:\w+ ){0,3}spokes(?:person|man|woman)\b|\bspokes(?:person|man|woman)['’]s (?:regular )?(?:press conference|briefing)\b/i.test(doc.title ?? '')) {
    return 'a spokesperson briefing: several announcements, not one event';
  }
  const archiveCounts = doc.junk.filter((line) => /^\w+ \d{4} \(\d+\)$/.test(line)).length;
  if (archiveCounts >= 3) return 'an archive listing page (month-by-month post counts) mixing several items';
  const openings = countStoryOpenings(doc.paragraphs);
  if (openings >= 4) return `a list of ${openings} story openings (search results or a headline list), not one bulletin`;
  const last = doc.paragraphs[doc.paragraphs.length - 1] ?? '';
  if (doc.paragraphs.length <= 1 && doc.junk.some((line) => /^read more$/i.test(line)) && !/[.!?"”’)]$/.test(last)) {
    return 'a listing teaser: one cut-off paragraph and a "Read more" link, not the bulletin itself';
  }
  return undefined;
}
