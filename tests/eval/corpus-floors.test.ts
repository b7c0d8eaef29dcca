/**
 * The parser's quality floors on the labelled corpora in `../shared` (beside the repo): the same
 * evaluation as `npm run eval`, in process. These fail until the parser is good enough — that is
 * their purpose; do not lower a floor to make them pass.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { evaluateCorpus, type Evaluation } from '../../src/eval/evaluate.ts';
import type { Figures } from '../../src/eval/score.ts';
import { KNOWLEDGE_FLOORS, knowledgeFigures } from '../../src/eval/format-report.ts';
import { readCorpus } from '../../src/eval/read-corpus.ts';
import { readRegistry } from '../../src/registry/read-registry.ts';

/** `../shared` relative to the repo root, resolved from this file (tests/eval/ → repo → ..). */
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

const CORPORA = [
  { name: 'real corpus', dir: `${SHARED}corpus/real`, hasNegatives: true },
  { name: 'seeds', dir: `${SHARED}seeds`, hasNegatives: false },
];

describe.each(CORPORA)('$name', ({ dir, hasNegatives }) => {
  let evaluation: Evaluation;
  let ours: Figures;

  beforeAll(async () => {
    const goldPath = `${dir}/gold.jsonl`;
    if (!existsSync(goldPath)) {
      throw new Error(`labelled corpus missing: ${goldPath} not found. The evaluation reads ../shared beside the repo (${SHARED}).`);
    }
    const corpus = await readCorpus(dir, goldPath);
    evaluation = evaluateCorpus(corpus.gold, corpus.raws, readRegistry(fileURLToPath(new URL('../../content/registry', import.meta.url))));
    ours = evaluation.ours.figures;
  }, 60_000);

  test('coverage ≥ 0.98', () => {
    expect(ours.coverage).toBeGreaterThanOrEqual(0.98);
  });

  if (hasNegatives) {
    test('rejection ≥ 0.90', () => {
      expect(ours.rejection).toBeGreaterThanOrEqual(0.9);
    });
  } else {
    test('has no not-a-bulletin file, so rejection is not applicable', () => {
      expect(evaluation.ours.counts.rejection.total).toBe(0);
      expect(ours.rejection).toBeNull();
    });
  }

  test('date ≥ 0.95', () => {
    expect(ours.date).toBeGreaterThanOrEqual(0.95);
  });

  test('kind ≥ 0.90', () => {
    expect(ours.kind).toBeGreaterThanOrEqual(0.9);
  });

  test('participants F1 ≥ 0.92', () => {
    expect(ours.participantsF1).toBeGreaterThanOrEqual(0.92);
  });

  test('location ≥ 0.90', () => {
    expect(ours.location).toBeGreaterThanOrEqual(0.9);
  });

  test.each(Object.entries(KNOWLEDGE_FLOORS))('knowledge: %s ≥ its floor (%s), when the corpus has cases for it', (key, floor) => {
    const { value, share } = knowledgeFigures(evaluation.knowledge)[key as keyof typeof KNOWLEDGE_FLOORS];
    // Same-event pairs exist only where gold marks several reports of one event.
    if (share !== undefined && share.total === 0) {
      expect(value).toBeNull();
      expect(key.startsWith('sameEvent')).toBe(true);
      return;
    }
    expect(value).toBeGreaterThanOrEqual(floor);
  });

  test('participants resolved to registry ids score no lower than as spellings', () => {
    expect(evaluation.knowledge.people.f1).toBeGreaterThanOrEqual((ours.participantsF1 ?? 1) - 0.005);
  });

  test("the baseline's figures are computed", () => {
    const { figures } = evaluation.baseline;
    for (const [key, value] of Object.entries(figures)) {
      if (key === 'rejection' && !hasNegatives) {
        expect(value, key).toBeNull();
        continue;
      }
      expect(value, key).toBeTypeOf('number');
      expect(value, key).toBeGreaterThanOrEqual(0);
      expect(value, key).toBeLessThanOrEqual(1);
    }
    // The baseline never rejects.
    expect(figures.coverage).toBe(1);
    if (hasNegatives) expect(figures.rejection).toBe(0);
  });
});
