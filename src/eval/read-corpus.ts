/**
 * Reads a labelled corpus from disk: the gold file and every raw file it names. The only I/O of
 * the evaluation; errors say which path is wrong and what was expected there.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawBulletin } from '../ingest/types.ts';
import { parseGold, type GoldRecord } from './gold.ts';

/** A corpus in memory: gold labels and the raw files they name, in gold order. */
export interface Corpus {
  /** The gold labels. */
  gold: GoldRecord[];
  /** One raw file per gold record. */
  raws: RawBulletin[];
}

/**
 * Reads `goldPath` (JSON Lines) and, from `inputDir`, every file it names.
 * Throws one error listing every problem (bad gold lines, missing folder or files).
 */
export async function readCorpus(inputDir: string, goldPath: string): Promise<Corpus> {
  const dirStat = await stat(inputDir).catch(() => undefined);
  if (dirStat === undefined || !dirStat.isDirectory()) {
    throw new Error(`input folder not found: ${inputDir} (expected the folder of raw bulletins, e.g. ../shared/corpus/real)`);
  }
  const goldText = await readFile(goldPath, 'utf8').catch((error: unknown) => {
    throw new Error(`gold file not readable: ${goldPath} (${(error as Error).message})`);
  });
  const parsed = parseGold(goldText, goldPath);
  if (!parsed.ok) throw new Error(`gold file has ${parsed.errors.length} problem(s):\n  ${parsed.errors.join('\n  ')}`);
  const problems: string[] = [];
  const raws: RawBulletin[] = [];
  for (const record of parsed.records) {
    try {
      raws.push({ file: record.file, bytes: new Uint8Array(await readFile(join(inputDir, record.file))) });
    } catch {
      problems.push(`${join(inputDir, record.file)} is named in ${goldPath} but cannot be read`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { gold: parsed.records, raws };
}
