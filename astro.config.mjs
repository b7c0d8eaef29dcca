// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { rehypeEscapeRawHtml } from './src/plugins/rehype-escape-raw-html.ts';
import { rehypeParagraphIds } from './src/plugins/rehype-paragraph-ids.ts';

/**
 * The archive is a fully static site. `SITE` and `BASE` let a host serve it from
 * its own domain or under a sub-path without touching the code.
 */
export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  integrations: [
    // sitemap-index.xml and sitemap-0.xml list every page. With `trailingSlash: 'always'`
    // every page's URL ends in a slash, so the filter keeps pages and leaves out the feed
    // and the data files (/rss.xml, /data/meetings.json, /meetings/<id>.json), which are
    // not pages a search engine should index. The 404 page is left out by the integration.
    sitemap({ filter: (page) => page.endsWith('/') }),
  ],
  markdown: {
    // Sätteri is Astro 7's Markdown processor; it runs its own hast plugins, not rehype
    // ones. Order matters: raw HTML becomes text before paragraphs are numbered.
    // Smart punctuation stays off: a bulletin's quotes and dashes are quoted verbatim.
    // The content layer caches rendered entries by file and config, not by plugin code:
    // after editing a plugin, build once with `astro build --force`.
    processor: satteri({
      hastPlugins: [rehypeEscapeRawHtml, rehypeParagraphIds],
      features: { smartPunctuation: false },
    }),
  },
});
