/**
 * Property: the parser's time grows linearly with its input, so a long line or a huge
 * paragraph cannot stall an ingest. Each case repeats a short piece to 256 KB on one line and
 * must parse within a bound that a linear parser meets many times over and a quadratic one
 * (retrying a regex from every character, rescanning a growing prefix) misses by minutes.
 * The pieces include every one that once made the parser quadratic or worse.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseBulletin } from '../../src/ingest/parse-bulletin.ts';
import { anyText, caseCounter, REGISTRY } from './arbitraries.ts';

const SIZE = 256 * 1024;
/** Seconds per 256 KB parse: linear parsing takes well under one on a loaded 2-core machine. */
const MAX_SECONDS = 10;
const LEAD = 'Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Moscow on January 21, 2014. ';

/** Pieces that were quadratic (or cubic) before the fixes in src/ingest, and their kin. */
const ONCE_SLOW = [
  ' ', ' .', '. ', 'A. A. ', 'Aa', 'A.', '.A', '- ', '-- ', '2014 ', 'said January 21 ', 'Wang Yi said ',
  'Sergey Lavrov, Foreign Minister of Russia, met ', 'Wang Yi met Sergey Lavrov in Moscow ', 'war in Moscow ', '(',
];

test('a long single line parses in time linear in its length', () => {
  const counter = caseCounter('linear parse time on 256 KB single lines');
  let slowest = 0;
  fc.assert(
    fc.property(fc.oneof(fc.constantFrom(...ONCE_SLOW), anyText(6).filter((s) => s.length > 0)), fc.boolean(), (piece, withLead) => {
      counter.count();
      const text = (withLead ? LEAD : '') + piece.repeat(Math.ceil(SIZE / piece.length));
      const started = performance.now();
      parseBulletin({ file: 'long.txt', bytes: new TextEncoder().encode(text) }, REGISTRY);
      const seconds = (performance.now() - started) / 1000;
      slowest = Math.max(slowest, seconds);
      expect(seconds, JSON.stringify(piece)).toBeLessThan(MAX_SECONDS);
    }),
    { numRuns: 40, examples: ONCE_SLOW.flatMap((piece) => [[piece, true] as [string, boolean], [piece, false] as [string, boolean]]) },
  );
  process.stdout.write(`  slowest 256 KB parse: ${slowest.toFixed(2)} s\n`);
  expect(counter.report()).toBeGreaterThanOrEqual(40);
}, 600_000);
