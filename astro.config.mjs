// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { BODY_FEATURES, BODY_HAST_PLUGINS } from './src/lib/markdown-options.ts';
import { readLedger } from './src/data/ledger.ts';
import { isRetiredPageUrl } from './src/lib/permalinks.ts';

// The id ledger (src/data/ledger.ts): its redirect and withdrawn pages are noindex.
const ledger = readLedger();

/**
 * The archive is a fully static site. `SITE` and `BASE` let a host serve it from
 * its own domain or under a sub-path without touching the code.
 */
export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  output: 'static',
  // Stylesheets as files, never inlined: one policy then fits every page, so the <meta>
  // policy Astro writes and the header policy in public/_headers say the same thing
  // (`style-src 'self'`, no per-page hashes), and readers' browsers cache the CSS once.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    // sitemap-index.xml and sitemap-0.xml list every page. With `trailingSlash: 'always'`
    // every page's URL ends in a slash, so the filter keeps pages and leaves out the feed
    // and the data files (/rss.xml, /data/meetings.json, /meetings/<id>.json), which are
    // not pages a search engine should index. The 404 page is left out by the integration,
    // and so are the pages of former ids (redirects and withdrawn entries, all noindex).
    sitemap({ filter: (page) => page.endsWith('/') && !isRetiredPageUrl(page, ledger) }),
  ],
  security: {
    // A Content Security Policy in a <meta> tag on every page. Astro adds script-src and
    // style-src with the hashes of the scripts and styles it emits (its inlined <style>
    // blocks); everything else loads from the site itself. Inline `style` attributes and
    // inline event handlers stay blocked, so no component may use them (tests/build/
    // site-validity.test.ts checks the output; tests/browser/csp.test.ts checks a browser).
    // frame-ancestors is ignored in a <meta> policy (CSP Level 3, §6.4.2), so it and the
    // full policy are also sent as HTTP headers by hosts that read public/_headers.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (it allows
        // compiling Wasm only, never JavaScript eval). 'self' allows the site's own files:
        // the copy buttons (public/scripts/copy.js) and Pagefind's scripts.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
  markdown: {
    // Entry bodies are rendered by src/lib/render-body.ts, not through Astro's content layer
    // (src/data/entries-loader.ts says why); any Markdown Astro renders uses the same options.
    // Sätteri is Astro 7's Markdown processor; it runs its own hast plugins, not rehype ones.
    processor: satteri({ hastPlugins: BODY_HAST_PLUGINS, features: BODY_FEATURES }),
  },
});
