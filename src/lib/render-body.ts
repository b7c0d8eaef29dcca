/**
 * Renders an entry's Markdown body to HTML with the archive's Sätteri options
 * (src/lib/markdown-options.ts): paragraphs numbered `p1`, `p2`, ... with `¶` links, raw
 * HTML shown as text.
 */
import { markdownToHtml } from 'satteri';
import { BODY_FEATURES, BODY_HAST_PLUGINS } from './markdown-options.ts';

/** The HTML of `markdown`, an entry body as the ingest writes it. */
export async function renderBody(markdown: string): Promise<string> {
  const { html } = await markdownToHtml(markdown, { hastPlugins: BODY_HAST_PLUGINS, features: BODY_FEATURES });
  return html;
}
