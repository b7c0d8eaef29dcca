/**
 * Property: whatever the input, the parser never throws, and the ingest answers with an entry
 * the schema accepts or a rejection that gives a reason. Checked on `parseBulletin` itself
 * (`ingestBulletin` would turn a crash into a "parser failed" rejection and hide it).
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ingestBulletin } from '../../src/ingest/ingest-run.ts';
import { parseBulletin } from '../../src/ingest/parse-bulletin.ts';
import { validateEntry } from '../../src/schema/entry.ts';
import { anyText, bulletinText, caseCounter, NUM_RUNS, REGISTRY } from './arbitraries.ts';

/** Asserts the parser's contract on one input; returns whether it made an entry. */
function checkContract(bytes: Uint8Array): boolean {
  const parsed = parseBulletin({ file: 'input.txt', bytes }, REGISTRY);
  const outcome = ingestBulletin({ file: 'input.txt', bytes }, REGISTRY);
  expect(outcome.status).toBe(parsed.status);
  if (outcome.status === 'rejected') {
    expect(outcome.reason.trim()).not.toBe('');
    // A parser crash or an entry the schema refuses is a bug, not a reason.
    expect(outcome.reason).not.toMatch(/^(parser failed|invalid entry)/);
    return false;
  } else {
    const valid = validateEntry(outcome.entry);
    expect(valid.ok ? [] : valid.errors).toEqual([]);
    expect(outcome.entry.source.file).toBe('input.txt');
    return true;
  }
}

const encoder = new TextEncoder();

// The last column: how many cases must make an entry, so the property also exercises the
// stages after the early rejections (language, chrome) rather than only those.
test.each([
  ['arbitrary strings', anyText(400).map((text) => encoder.encode(text)), 0],
  ['arbitrary byte arrays', fc.uint8Array({ maxLength: 600 }), 0],
  ['bulletin-shaped strings', bulletinText.map((text) => encoder.encode(text)), NUM_RUNS / 10],
])('the parser never throws on %s: an entry the schema accepts, or a reasoned rejection', (name, bytes, minimumAccepted) => {
  const counter = caseCounter(`parser contract on ${name}`);
  let accepted = 0;
  fc.assert(
    fc.property(bytes, (input) => {
      counter.count();
      if (checkContract(input)) accepted++;
    }),
    { numRuns: NUM_RUNS },
  );
  process.stdout.write(`  ${accepted} of them made an entry\n`);
  expect(counter.report()).toBeGreaterThanOrEqual(NUM_RUNS);
  expect(accepted).toBeGreaterThanOrEqual(minimumAccepted);
}, 600_000);
