/**
 * Runs a Node script (the ingest, `astro build`) as a child process for the build and browser
 * tests, and throws with the end of its output when it fails.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test, ...) into process.env;
 * inherited by `astro build`, they would override the site's `base` and mode.
 */
const VITEST_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST(_.*)?)$/;

/** Runs `node <args>` in `cwd` (default the project root) with `env` added to a Vitest-free environment. */
export function runNode(args: string[], env: Record<string, string> = {}, cwd: string = ROOT): void {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key)));
  const result = spawnSync(process.execPath, args, {
    cwd,
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().slice(-4000);
    throw new Error(`\`node ${args.join(' ')}\` exited with ${result.status ?? result.signal}:\n${output}`);
  }
}
