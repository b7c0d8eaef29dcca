/**
 * The site's access to the id ledger (src/schema/ledger.ts), from which former ids get a
 * redirect or a "withdrawn" page. Plain Node (no `astro:content`), so astro.config.mjs can
 * read it too (to keep those pages out of the sitemap).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emptyLedger, parseLedger, type Ledger } from '../schema/ledger.ts';

/**
 * Where the ledger is read from, relative to the project root or absolute: `ARCHIVE_LEDGER`,
 * else `ids.json` beside the entries folder (`ARCHIVE_ENTRIES_DIR`, default `content/entries`),
 * which is where the ingest writes it by default: `content/ids.json`.
 */
export function getLedgerPath(): string {
  const given = process.env['ARCHIVE_LEDGER'];
  if (given !== undefined && given !== '') return given;
  return join(dirname(process.env['ARCHIVE_ENTRIES_DIR'] ?? 'content/entries'), 'ids.json');
}

/**
 * Reads and validates a ledger file; a missing file is an empty ledger (nothing retired).
 *
 * @throws Error naming the file and every problem when it is not a valid ledger: a build
 * must not drop the redirects of a ledger it cannot read.
 */
export function readLedger(path: string = getLedgerPath()): Ledger {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return emptyLedger();
    throw error;
  }
  const parsed = parseLedger(text);
  if (!parsed.ok) throw new Error(`The id ledger ${path} is not valid:\n  ${parsed.problems.join('\n  ')}`);
  return parsed.ledger;
}

let cached: Ledger | undefined;

/** The ledger, read once per build (afresh on every request of the dev server, like the entries). */
export function getLedger(): Ledger {
  if (!import.meta.env.PROD) return readLedger();
  cached ??= readLedger();
  return cached;
}
