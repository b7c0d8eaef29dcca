import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI and build tests start real processes (ingest, astro build): seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
