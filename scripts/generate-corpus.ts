/**
 * Writes a synthetic scale corpus: N raw bulletins in the raw forms the parser handles, for
 * benchmarks and scale tests only. A thin shell over `src/bench/generate-corpus.ts`.
 *
 *   npm run corpus:generate -- --count 10000 --out /tmp/corpus [--seed archive] [--registry DIR]
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCorpus, syntheticReadme } from '../src/bench/generate-corpus.ts';
import { readRegistry } from '../src/registry/read-registry.ts';

const USAGE = `Usage: npm run corpus:generate -- --count N --out DIR [--seed S] [--registry DIR]

Writes N synthetic raw bulletins (synthetic-<index>-<hex>.txt) and README.synthetic.md into
DIR, which must be new or empty. The same seed gives the same bytes. Benchmarks and scale
tests only: the files report no real event.

Options:
  -n, --count N       how many files (required)
  -o, --out DIR       where to write them (required; created if missing, must be empty)
  -s, --seed S        any string (default: archive)
      --registry DIR  the registry whose people, topics and places are drawn (default: content/registry)
  -h, --help          show this help`;

/** Writes `count` files of the corpus `seed` into `out`; returns the bytes written. */
export async function writeCorpus(options: { count: number; out: string; seed: string; registry: string }): Promise<number> {
  const registry = readRegistry(options.registry);
  const corpus = createCorpus(options.seed, registry);
  await mkdir(options.out, { recursive: true });
  const present = await readdir(options.out);
  if (present.length > 0) throw new Error(`${options.out} is not empty (${present.length} items): choose a new or empty folder`);
  await writeFile(join(options.out, 'README.synthetic.md'), syntheticReadme(options));
  let bytes = 0;
  // A few writes in flight at once: the disk, not the generator, is the slow part.
  let batch: Promise<void>[] = [];
  for (const file of corpus.files(options.count)) {
    bytes += file.bytes.length;
    batch.push(writeFile(join(options.out, file.file), file.bytes));
    if (batch.length >= 64) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return bytes;
}

async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      count: { type: 'string', short: 'n' },
      out: { type: 'string', short: 'o' },
      seed: { type: 'string', short: 's', default: 'archive' },
      registry: { type: 'string', default: 'content/registry' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const count = Number(values.count);
  if (values.count === undefined || !Number.isInteger(count) || count < 1 || values.out === undefined || values.out === '') {
    process.stderr.write(`corpus:generate: --count (a positive integer) and --out are required\n\n${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  const bytes = await writeCorpus({ count, out: values.out, seed: values.seed, registry: values.registry });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`corpus:generate: ${count} synthetic files, ${(bytes / 1e6).toFixed(1)} MB, in ${values.out} (${seconds.toFixed(1)} s, seed ${values.seed})\n`);
  return 0;
}

if (import.meta.main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`corpus:generate: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
