/**
 * The evaluation CLI: scores the parser (and a general-purpose baseline) against gold labels.
 * A thin shell: it reads the corpus and prints; the rules are in `src/eval/score.ts`.
 *
 * Run `node scripts/eval.ts --help` for the flags and exit codes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateCorpus } from '../src/eval/evaluate.ts';
import { toKnowledgeMismatchLines, toKnowledgeTable, toMismatchLines, toReportJson, toReportTable } from '../src/eval/format-report.ts';
import { readCorpus } from '../src/eval/read-corpus.ts';
import { DEFAULT_REGISTRY_DIR, readRegistry } from '../src/registry/read-registry.ts';

const USAGE = `Usage: npm run eval -- --input DIR --gold FILE [--registry DIR] [--json OUT] [--verbose]

Runs the parser and a baseline (compromise + chrono-node) on every file named in the gold
file and prints each figure of shared/corpus/README.md: ours, baseline, floor, pass/FAIL;
then the knowledge figures: participants as registry people, places resolved to city,
country and coordinates, and reports of one event linked as one meeting.

Options:
  -i, --input DIR   folder of raw files named in the gold file (required)
  -g, --gold FILE   gold labels, one JSON object per line (required)
  -r, --registry DIR  curated people, topics and places (default: ${DEFAULT_REGISTRY_DIR})
  -j, --json OUT    also write every figure, count and per-file verdict as JSON
  -v, --verbose     print every field where ours disagrees with gold:
                    file  field  expected → got
  -h, --help        show this help

Example:
  npm run eval -- --input ../shared/corpus/real --gold ../shared/corpus/real/gold.jsonl --verbose

Exit codes: 0 evaluated (whether or not the floors are met; tests/eval asserts them);
2 usage error or unreadable input.`;

/** Reads the command line; `null` means help was asked for. Throws with the usage on misuse. */
function readOptions(args: string[]): { input: string; gold: string; registry: string; json?: string; verbose: boolean } | null {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      input: { type: 'string', short: 'i' },
      gold: { type: 'string', short: 'g' },
      registry: { type: 'string', short: 'r', default: DEFAULT_REGISTRY_DIR },
      json: { type: 'string', short: 'j' },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  const missing = [values.input === undefined ? '--input DIR' : '', values.gold === undefined ? '--gold FILE' : ''].filter(Boolean);
  if (values.input === undefined || values.gold === undefined) throw new Error(`missing ${missing.join(' and ')}`);
  return { input: values.input, gold: values.gold, registry: values.registry, verbose: values.verbose, ...(values.json === undefined ? {} : { json: values.json }) };
}

/** Runs the CLI; returns the exit code. */
async function main(args: string[]): Promise<number> {
  let options;
  try {
    options = readOptions(args);
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === null) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let corpus;
  let registry;
  try {
    corpus = await readCorpus(options.input, options.gold);
    registry = readRegistry(options.registry);
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`);
    return 2;
  }
  const evaluation = evaluateCorpus(corpus.gold, corpus.raws, registry);
  // The JSON first, so a reader that stops early (`| head`) cannot cost the record.
  if (options.json !== undefined) {
    await mkdir(dirname(options.json), { recursive: true });
    await writeFile(options.json, `${JSON.stringify(toReportJson(evaluation), null, 2)}\n`);
  }
  const { counts } = evaluation.ours;
  const optionalRejected = evaluation.ours.files.filter((f) => f.role === 'optional' && !f.produced).length;
  if (options.verbose) {
    const lines = [...toMismatchLines(evaluation), ...toKnowledgeMismatchLines(evaluation.knowledge)];
    process.stdout.write(lines.length === 0 ? 'no disagreements with gold\n\n' : `${lines.join('\n')}\n\n`);
  }
  process.stdout.write(
    `${corpus.gold.length} files: ${counts.coverage.total} bulletins scored, ${counts.rejection.total} not-a-bulletin` +
      (optionalRejected > 0 ? `, ${optionalRejected} optional bulletin(s) rejected (not scored)` : '') +
      '\n\n' +
      `${toReportTable(evaluation)}\n\n${toKnowledgeTable(evaluation.knowledge)}\n`,
  );
  if (options.json !== undefined) process.stdout.write(`\nfigures written to ${options.json}\n`);
  return 0;
}

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await main(process.argv.slice(2));
