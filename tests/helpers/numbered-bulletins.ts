/**
 * A folder of many distinct bulletins, for tests that need an ingest to run for a while
 * (interrupting it mid-run): the small fixture's texts, each copy made distinct by a line.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './run-node.ts';

/** Writes `count` bulletins `00000.txt`, `00001.txt`, ... into the existing folder `dir`. */
export async function writeNumberedBulletins(dir: string, count: number): Promise<void> {
  const fixture = join(ROOT, 'tests/fixtures/ingest-small-bulletin-folder');
  const texts = await Promise.all((await readdir(fixture)).sort().map((name) => readFile(join(fixture, name), 'utf8')));
  // In batches: tens of thousands of writes at once would exhaust file descriptors.
  for (let i = 0; i < count; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, count - i) }, (_, j) =>
        writeFile(join(dir, `${String(i + j).padStart(5, '0')}.txt`), `${texts[(i + j) % texts.length]}\nItem ${i + j}.\n`),
      ),
    );
  }
}
