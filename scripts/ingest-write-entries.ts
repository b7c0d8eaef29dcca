/**
 * Writes the run's entries into the temporary folder that `scripts/ingest.ts` swaps in. An
 * entry whose file in the previous output already holds exactly the same text is hard-linked
 * from there instead of written again: a re-ingest after a small change writes only the files
 * that changed. The swap stays atomic, as every file, linked or written, is in the temporary
 * folder before the rename; removing the old folder afterwards leaves the links' data alone.
 *
 * The file-system calls are synchronous and made in batches: one call per file, without a
 * trip through the thread pool and the event loop, is several times faster for thousands of
 * small files, and between batches the event loop runs, so Ctrl-C still stops the run.
 */
import { linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** How many files are written between two turns of the event loop. */
const BATCH = 500;

/** How many entries were written and how many linked from the previous output. */
export interface WriteStats {
  written: number;
  linked: number;
}

/** Whether `path` holds exactly `text` (a missing or unreadable file does not). */
function holds(path: string, text: string): boolean {
  try {
    return readFileSync(path, 'utf8') === text;
  } catch {
    return false;
  }
}

/**
 * Writes every entry under `temp`, linking unchanged ones from `previous` (the current output
 * folder, or `undefined` when there is none). `stop` is asked between batches; when it says
 * so, writing ends early (the caller then discards the temporary folder). Throws, naming the
 * entry, when a file cannot be written.
 */
export async function writeEntries(
  temp: string,
  previous: string | undefined,
  writes: readonly { path: string; markdown: string }[],
  stop: () => boolean,
): Promise<WriteStats> {
  const stats: WriteStats = { written: 0, linked: 0 };
  const folders = new Set<string>();
  for (let i = 0; i < writes.length; i++) {
    if (i % BATCH === 0 && i > 0) {
      await nextTurn();
      if (stop()) return stats;
    }
    const write = writes[i] as { path: string; markdown: string };
    const target = join(temp, write.path);
    const folder = dirname(target);
    try {
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      if (previous !== undefined) {
        const old = join(previous, write.path);
        if (holds(old, write.markdown)) {
          try {
            linkSync(old, target);
            stats.linked += 1;
            continue;
          } catch {
            // A file system without hard links: write the file instead.
          }
        }
      }
      writeFileSync(target, write.markdown);
      stats.written += 1;
    } catch (error) {
      throw Object.assign(new Error(`cannot write the entry ${write.path}`), { cause: error, path: write.path });
    }
  }
  return stats;
}
