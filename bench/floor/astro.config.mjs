// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The floor of the benchmark: the least an Astro site can do with the archive's entries
 * (one bare page per entry, Astro's defaults), built by `npm run bench` beside the real
 * site from the same entries folder, so the real build's cost reads as a ratio of it.
 * `BENCH_CACHE_DIR` keeps its content store out of the working tree.
 */
export default defineConfig({
  output: 'static',
  build: { format: 'directory' },
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
});
