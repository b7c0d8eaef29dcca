/**
 * Shows raw HTML found in an entry's Markdown as text instead of passing it through.
 *
 * Bulletin text is data (DESIGN.md, "Safe"): a `<script>` in a crawled page must reach
 * the reader as the characters `<script>`, never as markup. Sätteri keeps inline and
 * block HTML as `raw` hast nodes that it re-emits verbatim; turning each into text makes
 * the serializer escape it. A Sätteri hast plugin (see rehype-paragraph-ids.ts); it must
 * run before that one so an escaped block is numbered like any other paragraph.
 */
import { defineHastPlugin } from 'satteri';

/**
 * The plugin: an inline `raw` node becomes a `text` node with the same characters; a block
 * one (a child of the document root) becomes a paragraph holding that text, since in the
 * bulletin it stood as a paragraph of its own.
 */
export const rehypeEscapeRawHtml = defineHastPlugin({
  name: 'rehype-escape-raw-html',
  raw(node, ctx) {
    const text = { type: 'text', value: node.value } as const;
    const isBlock = ctx.parent(node)?.type === 'root';
    ctx.replaceNode(node, isBlock ? { type: 'element', tagName: 'p', properties: {}, children: [text] } : text);
  },
});
