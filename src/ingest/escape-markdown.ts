/**
 * Bulletin text is data: written into a Markdown body, it must render as the same words and
 * never as markup. Every character Markdown (CommonMark and GFM) gives a meaning to is
 * backslash-escaped, which CommonMark renders as the character itself.
 */

const INLINE_SPECIALS = /[\\`*_[\]<>&|~]/g;
const LINE_START_SPECIALS = /^([#+=-]|\d+[.)])/;

/** Escapes one paragraph of plain text for a Markdown body. */
export function escapeMarkdown(paragraph: string): string {
  return paragraph
    .replace(INLINE_SPECIALS, (char) => `\\${char}`)
    .replace(LINE_START_SPECIALS, (start: string) => start.replace(/[#+=\-.)]$/, (char) => `\\${char}`));
}
