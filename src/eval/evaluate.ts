/**
 * Runs the evaluation over a corpus already in memory: the parser and the baseline on every
 * labelled file, each scored against gold. Pure (the parser is pure); the CLI and the corpus
 * test share it so they report the same numbers.
 */
import { parseBulletin } from '../ingest/parse-bulletin.ts';
import { linkReports } from '../ingest/link-reports.ts';
import type { ParseResult, RawBulletin } from '../ingest/types.ts';
import type { Registry } from '../schema/registry.ts';
import { scoreKnowledge, type KnowledgeScore } from './score-knowledge.ts';
import { extractBaseline } from './baseline.ts';
import type { GoldRecord } from './gold.ts';
import { scoreCorpus, type CorpusScore, type ScoredEntry } from './score.ts';

/** One labelled file with both extractors' answers. */
export interface EvaluatedFile {
  /** The gold label. */
  gold: GoldRecord;
  /** The parser's answer; a parser that throws is recorded as a rejection whose reason says so. */
  ours: ParseResult;
  /** The baseline's entry (it never rejects). */
  baseline: ScoredEntry;
}

/** The evaluation of one corpus. */
export interface Evaluation {
  /** The parser's score. */
  ours: CorpusScore;
  /** The baseline's score. */
  baseline: CorpusScore;
  /** The knowledge figures: people as registry ids, resolved places, same-event links. */
  knowledge: KnowledgeScore;
  /** Per-file answers, in gold order. */
  files: EvaluatedFile[];
}

/** Runs the parser, turning a throw into a rejection so one bad file does not stop the evaluation. */
function runParser(raw: RawBulletin, registry: Registry): ParseResult {
  try {
    return parseBulletin(raw, registry);
  } catch (error) {
    return { status: 'rejected', reason: `parser threw: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Gives every accepted entry the `meeting` the ingest would give it, by linking the reports of
 * one event across the corpus exactly as the ingest does.
 */
function linkAccepted(files: EvaluatedFile[]): void {
  const accepted = files.flatMap((f) => (f.ours.status === 'accepted' ? [f.ours] : []));
  const { meetings } = linkReports(accepted.map(({ entry, body }) => ({ ...entry, bodyLength: body.length })));
  for (const result of accepted) result.entry.meeting = meetings.get(result.entry.id) ?? result.entry.id;
}

/**
 * Evaluates the parser and the baseline on every gold-labelled file, the parser resolving
 * against `registry`. `raws` must hold a file for every gold record (matched by name); extra
 * files are ignored.
 */
export function evaluateCorpus(gold: readonly GoldRecord[], raws: readonly RawBulletin[], registry: Registry): Evaluation {
  const byName = new Map(raws.map((raw) => [raw.file, raw]));
  const missing = gold.filter((g) => !byName.has(g.file)).map((g) => g.file);
  if (missing.length > 0) {
    throw new Error(`no raw file for ${missing.length} gold record(s): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`);
  }
  const decoder = new TextDecoder('utf-8');
  const files = gold.map((g): EvaluatedFile => {
    const raw = byName.get(g.file) as RawBulletin;
    return { gold: g, ours: runParser(raw, registry), baseline: extractBaseline(decoder.decode(raw.bytes)) };
  });
  linkAccepted(files);
  return {
    ours: scoreCorpus(files.map((f) => ({ gold: f.gold, entry: f.ours.status === 'accepted' ? f.ours.entry : null }))),
    baseline: scoreCorpus(files.map((f) => ({ gold: f.gold, entry: f.baseline }))),
    knowledge: scoreKnowledge(
      files.map((f) => ({ gold: f.gold, entry: f.ours.status === 'accepted' ? f.ours.entry : null })),
      registry,
    ),
    files,
  };
}
