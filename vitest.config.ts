import { defineConfig } from 'vitest/config';

/** Test files that run `astro build`: Astro shares `.astro/` between builds, so they take turns. */
const BUILDS = ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'];

export default defineConfig({
  test: {
    // The CLI and build tests start real processes (ingest, astro build): seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'parallel', include: ['tests/**/*.test.ts'], exclude: BUILDS } },
      { extends: true, test: { name: 'builds', include: BUILDS, fileParallelism: false } },
    ],
  },
});
