/**
 * A generated corpus through the real parser: most bulletins become entries, every page that
 * is not a bulletin is rejected, every re-post is merged. This checks the generator's
 * realism against the parser (and the parser against the generator's forms).
 */
import { describe, expect, test } from 'vitest';
import { createCorpus } from '../../../src/bench/generate-corpus.ts';
import { ingestBulletin, planRun, type FileReport } from '../../../src/ingest/ingest-run.ts';
import type { ParsedBulletin } from '../../../src/ingest/merge-copies.ts';
import { readRegistry } from '../../../src/registry/read-registry.ts';

const registry = readRegistry('content/registry');
const files = [...createCorpus('ingest-mix', registry).files(300)];

const settled: FileReport[] = [];
const bulletins: ParsedBulletin[] = [];
for (const { file, bytes } of files) {
  const outcome = ingestBulletin({ file, bytes }, registry);
  if (outcome.status === 'rejected') settled.push({ file, status: 'rejected', reason: outcome.reason });
  else bulletins.push({ file, entry: outcome.entry, body: outcome.body, flags: outcome.flags });
}
const plan = planRun({ input: 'raw', output: 'entries', settled, bulletins, overrides: [], registry });
if (!plan.ok) throw new Error(plan.problems.join('\n'));
const statusOf = new Map(plan.report.files.map((line) => [line.file, line]));
const known = new Set(registry.people.map((person) => person.id));

describe('ingesting a generated corpus of 300 files', () => {
  test('every file is accounted for', () => {
    expect(plan.report.counts.total).toBe(300);
  });

  test('every page that is not a bulletin is rejected', () => {
    const junk = files.filter((f) => f.role === 'junk');
    expect(junk.length).toBeGreaterThan(3);
    for (const f of junk) expect({ file: f.file, status: statusOf.get(f.file)?.status }).toEqual({ file: f.file, status: 'rejected' });
  });

  test('every re-post of a bulletin is merged into its first file', () => {
    const roleOf = new Map(files.map((f) => [f.file, f.role]));
    const reposts = files.filter((f) => f.role === 'duplicate' && roleOf.get(f.of ?? '') === 'bulletin' && statusOf.get(f.of ?? '')?.status !== 'rejected');
    expect(reposts.length).toBeGreaterThan(2);
    for (const f of reposts) expect(statusOf.get(f.file)?.status).toBe('merged');
  });

  test('almost every bulletin is written, few are flagged', () => {
    const originals = files.filter((f) => f.role === 'bulletin');
    const written = originals.filter((f) => ['written', 'flagged'].includes(statusOf.get(f.file)?.status ?? ''));
    const flagged = originals.filter((f) => statusOf.get(f.file)?.status === 'flagged');
    expect(written.length / originals.length).toBeGreaterThan(0.97);
    expect(flagged.length / originals.length).toBeLessThan(0.1);
  });

  test('entries are dated, spread over kinds, with registered participants', () => {
    const entries = plan.entries;
    expect(entries.filter((e) => e.date !== undefined).length / entries.length).toBeGreaterThan(0.95);
    expect(new Set(entries.map((e) => e.kind)).size).toBeGreaterThanOrEqual(6);
    const registered = entries.filter((e) => e.participants.length >= 2 && e.participants.every((p) => known.has(p.person)));
    expect(registered.length / entries.length).toBeGreaterThan(0.8);
    expect(new Set(entries.map((e) => e.date?.slice(0, 4))).size).toBeGreaterThanOrEqual(20);
  });
});
