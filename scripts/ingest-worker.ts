/**
 * A worker thread of the ingest: parses the bulletins the main thread sends it with the pure
 * `ingestBulletin`, and sends each outcome back. It decides nothing across files and touches
 * no file: the main thread reads, caches and writes (see `ingest-parse-pool.ts`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ingestBulletin } from '../src/ingest/ingest-run.ts';
import type { Registry } from '../src/schema/registry.ts';

const registry = (workerData as { registry: Registry }).registry;

parentPort?.on('message', ({ id, file, bytes }: { id: number; file: string; bytes: Uint8Array }) => {
  parentPort?.postMessage({ id, outcome: ingestBulletin({ file, bytes }, registry) });
});
