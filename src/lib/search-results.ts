/**
 * From a Pagefind result to what a result card shows: the paragraph to link to and an
 * excerpt of that paragraph with the hits marked. Pagefind's own sub-results split a page
 * on headings only; a meeting's text has none, but every paragraph has an id (`p1`, `p2`,
 * ...) and Pagefind lists every element with an id among a result's `anchors`, with the
 * word position where it starts. Pure, so the choice is tested without a browser.
 */

/** A paragraph's id as src/lib/paragraph-ids.ts makes them (`p1`, `p2`, ...). */
const PARAGRAPH_ID = /^p[1-9]\d*$/;

/** An element with an id, as Pagefind's result data lists it. */
export interface ResultAnchor {
  /** The element's id (`p3`). */
  id: string;
  /** The word position in the page's indexed content where the element starts. */
  location: number;
}

/** The paragraph a result links to. */
export interface ParagraphHit {
  /** The paragraph's id, the link's fragment (`p3`). */
  id: string;
  /** The first word position of the paragraph. */
  start: number;
  /** The word position just after it (the next element with an id). */
  end: number;
  /** The positions of the hits inside it, in order. */
  hits: number[];
}

/**
 * The paragraph holding most of the hits at `locations` (the first of those on a tie), or
 * undefined when no hit is inside a paragraph (the query matched the title, the facts or a
 * name's other spellings only). A paragraph ends where the next element with an id begins.
 */
export function pickParagraph(anchors: readonly ResultAnchor[], locations: readonly number[]): ParagraphHit | undefined {
  const ordered = [...anchors].sort((a, b) => a.location - b.location);
  let best: ParagraphHit | undefined;
  ordered.forEach((anchor, index) => {
    if (!PARAGRAPH_ID.test(anchor.id)) return;
    const end = ordered.slice(index + 1).find((next) => next.location > anchor.location)?.location ?? Number.POSITIVE_INFINITY;
    const hits = locations.filter((location) => location >= anchor.location && location < end).sort((a, b) => a - b);
    if (hits.length > 0 && (best === undefined || hits.length > best.hits.length)) best = { id: anchor.id, start: anchor.location, end, hits };
  });
  return best;
}

/** `text` with `&`, `<`, `>`, `"` and `'` escaped, safe inside HTML text and attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The `¶` self-link each paragraph ends with (src/plugins/rehype-paragraph-ids.ts): not text to quote. */
const PILCROW = /^¶$/;

/**
 * An excerpt of about `length` words of the paragraph `hit`, from a little before its first
 * hit, as HTML: the words of `content` (the page's indexed text, split on whitespace as
 * Pagefind's locations count them) escaped, the hits in `<mark>`, and `…` where the paragraph
 * goes on before or after.
 */
export function toParagraphExcerpt(content: string, hit: ParagraphHit, length = 30): string {
  const words = content.split(/\s+/).filter((word) => word !== '');
  const end = Math.min(hit.end, words.length);
  const first = hit.hits[0] ?? hit.start;
  const from = Math.max(hit.start, Math.min(first - Math.floor(length / 3), end - length));
  const to = Math.min(end, from + length);
  const marked = new Set(hit.hits);
  const html: string[] = [];
  for (let i = from; i < to; i++) {
    const word = words[i] ?? '';
    if (PILCROW.test(word)) continue;
    html.push(marked.has(i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word));
  }
  const before = from > hit.start ? '… ' : '';
  const after = words.slice(to, end).some((word) => !PILCROW.test(word)) ? ' …' : '';
  return `${before}${html.join(' ')}${after}`;
}

/** A result's address with `#<id>` put in place of any fragment it has. */
export function withFragment(url: string, id: string): string {
  const hash = url.indexOf('#');
  return `${hash === -1 ? url : url.slice(0, hash)}#${encodeURIComponent(id)}`;
}
