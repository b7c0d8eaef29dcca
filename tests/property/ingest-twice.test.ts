/**
 * Property: ingesting the same folder twice, in any order the files are read in, gives
 * byte-identical output (every entry file and the report).
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { caseCounter, NUM_RUNS } from './arbitraries.ts';
import { folder, runIngest } from './run-model.ts';

test('the same folder ingested twice, read in any order, gives byte-identical entries and report', () => {
  const counter = caseCounter('ingest twice gives byte-identical output');
  let inputsTried = 0;
  fc.assert(
    fc.property(
      folder(10).chain((files) => fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length }))),
      ([files, reordered]) => {
        counter.count();
        inputsTried += files.length;
        // The second run reads the files in another order (sometimes the same one).
        const first = runIngest(files);
        const shuffled = runIngest(reordered);
        expect(shuffled.files).toEqual(first.files);
        expect(shuffled.reportJson).toBe(first.reportJson);
        // Every file is accounted for.
        expect(first.report.files.map((f) => f.file).sort()).toEqual(files.map((f) => f.name).sort());
      },
    ),
    { numRuns: NUM_RUNS },
  );
  process.stdout.write(`  ${inputsTried} files ingested twice each\n`);
  expect(counter.report()).toBeGreaterThanOrEqual(NUM_RUNS);
}, 600_000);
