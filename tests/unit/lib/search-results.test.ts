import { describe, expect, test } from 'vitest';
import { escapeHtml, pickParagraph, toParagraphExcerpt, withFragment } from '../../../src/lib/search-results.ts';

// Word positions as Pagefind counts them: title (0-3), facts (4-9), p1 (10-15), p2 (16-24), names block (25-).
const CONTENT = 'Wang Yi meets Lavrov. Participants Wang Yi Sergey Lavrov Russia. ' + 'First paragraph about <Montreux> talks. ¶ ' + 'Second paragraph says Lavrov and Lavrov again here. ¶ ' + 'Sergei Lavrov';
const ANCHORS = [
  { id: 'p1', location: 10 },
  { id: 'p2', location: 16 },
  { id: 'search-names', location: 25 },
];

describe('pickParagraph', () => {
  test('the paragraph with most hits, with its bounds', () => {
    expect(pickParagraph(ANCHORS, [3, 8, 19, 21, 26])).toEqual({ id: 'p2', start: 16, end: 25, hits: [19, 21] });
  });

  test('the first paragraph on a tie; hits in the title, facts or names alone give none', () => {
    expect(pickParagraph(ANCHORS, [13, 19])?.id).toBe('p1');
    expect(pickParagraph(ANCHORS, [3, 8, 26])).toBeUndefined();
    expect(pickParagraph([], [3])).toBeUndefined();
  });

  test('anchors in any order; elements that are not paragraphs only end one', () => {
    const shuffled = [ANCHORS[2], ANCHORS[0], { id: 'cite-heading', location: 14 }, ANCHORS[1]].filter((a) => a !== undefined);
    expect(pickParagraph(shuffled, [12, 15])).toEqual({ id: 'p1', start: 10, end: 14, hits: [12] });
  });

  test('the last paragraph runs to the end when nothing follows it', () => {
    expect(pickParagraph([{ id: 'p1', location: 0 }], [5, 90])).toEqual({ id: 'p1', start: 0, end: Number.POSITIVE_INFINITY, hits: [5, 90] });
  });
});

describe('toParagraphExcerpt', () => {
  test('marks the hits, escapes the text and leaves out the ¶ link', () => {
    const hit = pickParagraph(ANCHORS, [13]);
    expect(hit).toBeDefined();
    if (hit) expect(toParagraphExcerpt(CONTENT, hit)).toBe('First paragraph about <mark>&#60;Montreux&#62;</mark> talks.');
  });

  test('cuts a long paragraph around its first hit, with ellipses where it goes on', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const excerpt = toParagraphExcerpt(words, { id: 'p1', start: 0, end: 100, hits: [50, 52] }, 10);
    expect(excerpt).toBe('… w47 w48 w49 <mark>w50</mark> w51 <mark>w52</mark> w53 w54 w55 w56 …');
  });

  test('starts at the paragraph when the hit is near its start', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(toParagraphExcerpt(words, { id: 'p2', start: 20, end: 40, hits: [21] }, 5)).toBe('w20 <mark>w21</mark> w22 w23 w24 …');
  });
});

describe('escapeHtml and withFragment', () => {
  test('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });

  test('puts the paragraph after the query, replacing any fragment', () => {
    expect(withFragment('/archive/meetings/x/?highlight=lavrov', 'p3')).toBe('/archive/meetings/x/?highlight=lavrov#p3');
    expect(withFragment('/archive/meetings/x/#top', 'p2')).toBe('/archive/meetings/x/#p2');
  });
});
