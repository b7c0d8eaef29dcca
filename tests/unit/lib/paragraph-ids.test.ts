import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { PARAGRAPH_LINK_CLASS, toParagraphId, toParagraphLink } from '../../../src/lib/paragraph-ids.ts';
import { rehypeEscapeRawHtml } from '../../../src/plugins/rehype-escape-raw-html.ts';
import { rehypeParagraphIds } from '../../../src/plugins/rehype-paragraph-ids.ts';

describe('toParagraphId', () => {
  test.each([
    [1, 'p1'],
    [3, 'p3'],
    [120, 'p120'],
  ])('%i → %s', (n, id) => {
    expect(toParagraphId(n)).toBe(id);
  });

  test.each([0, -1, 1.5, Number.NaN])('refuses %s', (n) => {
    expect(() => toParagraphId(n)).toThrow(RangeError);
  });
});

describe('toParagraphLink', () => {
  test('is a ¶ link to the paragraph', () => {
    expect(toParagraphLink(3)).toEqual({
      type: 'element',
      tagName: 'a',
      properties: { className: [PARAGRAPH_LINK_CLASS], href: '#p3', ariaLabel: 'Link to paragraph 3' },
      children: [{ type: 'text', value: '¶' }],
    });
  });
});

// The plugins as Astro runs them (same order as astro.config.mjs), on small documents.
async function render(markdown: string): Promise<string> {
  const { html } = await markdownToHtml(markdown, { hastPlugins: [rehypeEscapeRawHtml, rehypeParagraphIds] });
  return html.trim();
}

// A no-break space ties the link to the paragraph's last word.
const link = (n: number) => `\u00a0<a class="paragraph-link" href="#p${n}" aria-label="Link to paragraph ${n}">¶</a>`;

describe('the paragraph-id and escape plugins', () => {
  test('number every paragraph and add its link', async () => {
    expect(await render('One.\n\nTwo.\n\nThree.')).toBe(
      [`<p id="p1">One.${link(1)}</p>`, `<p id="p2">Two.${link(2)}</p>`, `<p id="p3">Three.${link(3)}</p>`].join('\n'),
    );
  });

  test('start counting afresh for each document', async () => {
    await render('A.\n\nB.');
    expect(await render('C.')).toBe(`<p id="p1">C.${link(1)}</p>`);
  });

  test.each([
    [
      'inline HTML',
      'Text <b>bold</b> & <img src=x onerror=alert(1)>.',
      `<p id="p1">Text &lt;b&gt;bold&lt;/b&gt; &amp; &lt;img src=x onerror=alert(1)&gt;.${link(1)}</p>`,
    ],
    [
      'a block of HTML',
      'A.\n\n<script>alert(1)</script>\n\nB.',
      [
        `<p id="p1">A.${link(1)}</p>`,
        `<p id="p2">&lt;script&gt;alert(1)&lt;/script&gt;${link(2)}</p>`,
        `<p id="p3">B.${link(3)}</p>`,
      ].join('\n'),
    ],
    ['an HTML comment', '<!-- hidden -->', `<p id="p1">&lt;!-- hidden --&gt;${link(1)}</p>`],
  ])('show %s as text, numbered like any paragraph', async (_name, markdown, expected) => {
    expect(await render(markdown)).toBe(expected);
  });
});
