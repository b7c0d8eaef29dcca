/**
 * Paragraph anchors: every paragraph of an entry's text gets an id (`p1`, `p2`, ...) and a
 * visible `¶` self-link, so a reader can cite `/meetings/<id>/#p3`. The ids count
 * paragraphs in document order, so they only change when the text itself does.
 */
import type { Element } from 'hast';

/** The id of the `n`-th paragraph, counting from 1 (`p3`). */
export function toParagraphId(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`A paragraph number counts from 1; got ${n}.`);
  return `p${n}`;
}

/** The class of the `¶` link, for the stylesheet. */
export const PARAGRAPH_LINK_CLASS = 'paragraph-link';

/** The `¶` link to the `n`-th paragraph as a hast element: `<a class="paragraph-link" href="#p3">¶</a>`. */
export function toParagraphLink(n: number): Element {
  const id = toParagraphId(n);
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: [PARAGRAPH_LINK_CLASS],
      href: `#${id}`,
      ariaLabel: `Link to paragraph ${n}`,
    },
    children: [{ type: 'text', value: '¶' }],
  };
}
