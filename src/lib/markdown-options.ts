/**
 * How an entry's Markdown body becomes HTML: one set of Sätteri options, used by the meeting
 * pages (src/lib/render-body.ts) and by astro.config.mjs, so a body renders the same wherever
 * Astro or the archive renders it.
 *
 * Order matters: raw HTML becomes text before paragraphs are numbered. Smart punctuation stays
 * off: a bulletin's quotes and dashes are quoted verbatim. GFM stays off: the ingest escapes
 * every Markdown character, but GFM's autolink literals (a bare `http://…`, `www.…` or e-mail
 * address) need none, and would turn a bulletin's text into links; the bodies use no table,
 * footnote or strikethrough.
 */
import type { HastPluginEntry } from 'satteri';
import { rehypeEscapeRawHtml } from '../plugins/rehype-escape-raw-html.ts';
import { rehypeParagraphIds } from '../plugins/rehype-paragraph-ids.ts';

/** The hast plugins every entry body runs through, in order. */
export const BODY_HAST_PLUGINS: HastPluginEntry[] = [rehypeEscapeRawHtml, rehypeParagraphIds];

/** The Markdown features entry bodies use (see the module comment). */
export const BODY_FEATURES = { smartPunctuation: false, gfm: false } as const;
