/**
 * The raw bulletins as received, for `/raw/<sha256>.txt`: the files of the raw folder whose
 * SHA-256 an entry names (as its source or a copy). Files no entry names are never published,
 * and an entry whose raw file is not in the folder (a build from entries alone) gets no link.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getAllEntries } from './entries.ts';

/**
 * Where the raw bulletins are read from, relative to the project root or absolute.
 * `ARCHIVE_RAW_DIR` points a build at another folder; default `content/raw`, the ingest's default input.
 */
function getRawDir(): string {
  return process.env['ARCHIVE_RAW_DIR'] ?? 'content/raw';
}

/** The bytes of every file under `dir` (recursively), by SHA-256; an absent folder holds nothing. */
function hashFolder(dir: string): Map<string, Uint8Array> {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return new Map();
  }
  const bytesBySha = new Map<string, Uint8Array>();
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    bytesBySha.set(createHash('sha256').update(bytes).digest('hex'), bytes);
  }
  return bytesBySha;
}

let cached: Promise<Map<string, Uint8Array>> | undefined;

/**
 * The raw bytes every entry's source and copies name, by SHA-256: only files whose hash
 * matches, so what is served is exactly what the entry's page says it was made from.
 */
export function getRawFiles(): Promise<Map<string, Uint8Array>> {
  const load = async () => {
    const wanted = new Set((await getAllEntries()).flatMap(({ data }) => [data.source, ...(data.copies ?? [])].map((s) => s.sha256)));
    const found = hashFolder(getRawDir());
    return new Map([...found].filter(([sha]) => wanted.has(sha)));
  };
  // As with the entries: one read per build, a fresh one per request on the dev server.
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}
