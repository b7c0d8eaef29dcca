import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toExportRecord, toJson, toJsonArrayChunks, toRecordsCsv, toRecordsCsvChunks, type ExportRecord } from '../../../src/lib/export.ts';
import { makeEntry, participant } from './make-entry.ts';

const join = async (chunks: AsyncIterable<string>): Promise<string> => (await Array.fromAsync(chunks)).join('');

async function* slowly<T>(values: readonly T[]): AsyncGenerator<T> {
  for (const value of values) {
    await Promise.resolve();
    yield value;
  }
}

const record = (id: string, body: string): ExportRecord =>
  toExportRecord(makeEntry(id, { participants: [participant('wang-yi', 'CN')], topics: ['trade'] }), {
    body,
    toUrl: (entryId) => `https://example.org/meetings/${entryId}/`,
    mainId: id,
    registryName: () => undefined,
  });

describe('toJsonArrayChunks', () => {
  test('writes the bytes toJson writes for the whole array, for any JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 6 }), async (values) => {
        expect(await join(toJsonArrayChunks(values))).toBe(toJson(values));
      }),
      { numRuns: 300 },
    );
  });

  test('the same for export records read one at a time, with multi-line bodies', async () => {
    const records = [record('2014-01-01-a', 'First.\n\nSecond, with "quotes".'), record('2014-01-02-b', 'One\nline')];
    expect(await join(toJsonArrayChunks(slowly(records)))).toBe(toJson(records));
  });

  test('an empty archive is an empty array', async () => {
    expect(await join(toJsonArrayChunks([]))).toBe('[]\n');
  });

  test('yields one piece per value plus the closing bracket, never the whole document', async () => {
    const chunks = await Array.fromAsync(toJsonArrayChunks([{ a: 1 }, { b: 2 }, { c: 3 }]));
    expect(chunks).toHaveLength(4);
  });
});

describe('toRecordsCsvChunks', () => {
  test('writes the bytes toRecordsCsv writes', async () => {
    const records = [record('2014-01-01-a', 'A, "quoted" text.\n\nAnd more.'), record('2014-01-02-b', '=1+1')];
    expect(await join(toRecordsCsvChunks(slowly(records)))).toBe(toRecordsCsv(records));
    expect(await join(toRecordsCsvChunks([]))).toBe(toRecordsCsv([]));
  });
});
