/**
 * Gives every paragraph of a Markdown document an id (`p1`, `p2`, ...) and a `¶` self-link.
 *
 * Astro 7 renders Markdown with Sätteri, which does not run unified (rehype) plugins: a
 * "rehype" plugin here is a Sätteri hast plugin, registered through
 * `satteri({ hastPlugins })` in astro.config.mjs
 * (https://docs.astro.build/en/reference/markdown-processors/satteri/).
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { toParagraphId, toParagraphLink } from '../lib/paragraph-ids.ts';

/**
 * The plugin, as a factory: Sätteri calls it once per document, so the count starts at 1
 * for each entry.
 */
export const rehypeParagraphIds: HastPluginEntry = () => {
  let count = 0;
  return defineHastPlugin({
    name: 'rehype-paragraph-ids',
    element: {
      filter: ['p'],
      visit(node, ctx) {
        count += 1;
        ctx.setProperty(node, 'id', toParagraphId(count));
        // The link follows the text so the sentence reads on, tied to the last word by a no-break
        // space so it never wraps onto a line of its own; CSS reveals it on hover and focus.
        ctx.appendChild(node, [{ type: 'text', value: '\u00a0' }, toParagraphLink(count)]);
      },
    },
  });
};
