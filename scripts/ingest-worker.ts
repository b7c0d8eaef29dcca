/**
 * A worker thread of the ingest: parses the bulletins the main thread sends it with the pure
 * `ingestBulletin`, and sends each outcome back. It decides nothing across files and touches
 * no file: the main thread reads, caches and writes (see `ingest-parse-pool.ts`).
 *
 * With an accepted entry it also sends the entry's frontmatter and key, serialised here in
 * parallel: most entries are written exactly as parsed, and serialising them all in the main
 * thread, after every parse, was a second of the run that used one core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ingestBulletin } from '../src/ingest/ingest-run.ts';
import { toEntryKey } from '../src/ingest/parse-cache.ts';
import { toFrontmatter } from '../src/ingest/serialise-entry.ts';
import type { Registry } from '../src/schema/registry.ts';

const registry = (workerData as { registry: Registry }).registry;

parentPort?.on('message', ({ id, file, bytes }: { id: number; file: string; bytes: Uint8Array }) => {
  const outcome = ingestBulletin({ file, bytes }, registry);
  const frontmatter = outcome.status === 'accepted' ? { key: toEntryKey(outcome.entry), text: toFrontmatter(outcome.entry) } : undefined;
  parentPort?.postMessage({ id, outcome, frontmatter });
});
