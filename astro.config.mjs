// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
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
