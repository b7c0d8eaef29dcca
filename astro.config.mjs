// @ts-check
import { defineConfig } from 'astro/config';

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
});
