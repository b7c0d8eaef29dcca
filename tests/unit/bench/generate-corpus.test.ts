/**
 * The synthetic corpus generator: deterministic for a seed, marked synthetic, and holding
 * every raw form the parser handles, in realistic proportions.
 */
import { describe, expect, test } from 'vitest';
import { createCorpus, DUPLICATE_SHARE, JUNK_SHARE, type SyntheticFile } from '../../../src/bench/generate-corpus.ts';
import { createRandom } from '../../../src/bench/prng.ts';
import { readRegistry } from '../../../src/registry/read-registry.ts';

const registry = readRegistry('content/registry');
const generate = (seed: string, count: number): SyntheticFile[] => [...createCorpus(seed, registry).files(count)];
const text = (file: SyntheticFile): string => new TextDecoder().decode(file.bytes);

describe('createRandom', () => {
  test('the same seed gives the same sequence, another seed another one', () => {
    const draw = (seed: string): number[] => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    expect(draw('a').every((n) => n >= 0 && n < 1)).toBe(true);
  });

  test('int stays within its bounds and reaches both', () => {
    const random = createRandom(7);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });
});

describe('createCorpus', () => {
  const files = generate('test-seed', 600);

  test('the same seed gives the same bytes; another seed other bytes', () => {
    const again = generate('test-seed', 600);
    expect(again.map((f) => f.file)).toEqual(files.map((f) => f.file));
    expect(again.every((f, i) => Buffer.compare(Buffer.from(f.bytes), Buffer.from(files[i]?.bytes ?? [])) === 0)).toBe(true);
    const other = generate('other-seed', 50);
    expect(other.filter((f, i) => Buffer.from(f.bytes).equals(Buffer.from(files[i]?.bytes ?? []))).length).toBeLessThan(3);
  });

  test('file i depends only on the seed and i: a smaller corpus is a prefix of a larger one', () => {
    const corpus = createCorpus('test-seed', registry);
    expect(Buffer.from(corpus.file(321).bytes).equals(Buffer.from(files[321]?.bytes ?? []))).toBe(true);
    expect(generate('test-seed', 40).map((f) => f.file)).toEqual(files.slice(0, 40).map((f) => f.file));
  });

  test('every file is named as synthetic, uniquely, in generation order', () => {
    expect(files.every((f) => /^synthetic-\d{6}-[0-9a-f]{16}\.txt$/.test(f.file))).toBe(true);
    expect(new Set(files.map((f) => f.file)).size).toBe(files.length);
    expect(files.map((f) => f.file)).toEqual(files.map((f) => f.file).sort());
  });

  test('re-posts repeat an earlier file byte for byte; junk and re-posts come in their shares', () => {
    const byName = new Map(files.map((f) => [f.file, f]));
    const duplicates = files.filter((f) => f.role === 'duplicate');
    for (const duplicate of duplicates) {
      const original = byName.get(duplicate.of ?? '');
      expect(original?.role).not.toBe('duplicate');
      expect(Buffer.from(duplicate.bytes).equals(Buffer.from(original?.bytes ?? []))).toBe(true);
    }
    const junk = files.filter((f) => f.role === 'junk');
    expect(duplicates.length).toBeGreaterThan(files.length * DUPLICATE_SHARE * 0.4);
    expect(duplicates.length).toBeLessThan(files.length * DUPLICATE_SHARE * 2);
    expect(junk.length).toBeGreaterThan(files.length * JUNK_SHARE * 0.4);
    expect(junk.length).toBeLessThan(files.length * JUNK_SHARE * 2);
  });

  test('the raw forms of the real corpus all appear', () => {
    const texts = files.map(text);
    const share = (pattern: RegExp): number => texts.filter((t) => pattern.test(t)).length / texts.length;
    expect(share(/^\uFEFF? date \d{4}-\d{2}(?:-\d{2})? /)).toBeGreaterThan(0.1); // crawl header
    expect(share(/^Home\u00a0>\u00a0/)).toBeGreaterThan(0.05); // breadcrumb with non-breaking spaces
    expect(share(/^[A-Z ]+, [A-Z][a-z]+ \d{1,2} \(Xinhua\) -- /m)).toBeGreaterThan(0.05); // wire dateline
    expect(share(/^[A-Z ]+, [A-Z][a-z]+ \d{1,2}\. \/TASS\/\. /m)).toBeGreaterThan(0.01);
    expect(share(/^(?:Suggest To A Friend|Suggset To Friend:|Print)$/m)).toBeGreaterThan(0.05); // footer junk
    expect(share(/\w \.$/m)).toBeGreaterThan(0.05); // stray space before a full stop
    expect(share(/\r\n/)).toBeGreaterThan(0.01);
    expect(files.filter((f) => f.bytes[0] === 0xef && f.bytes[1] === 0xbb).length).toBeGreaterThan(0);
  });

  test('lengths spread like the crawled excerpts: a third cut near 2,000 characters', () => {
    const lengths = files.filter((f) => f.role === 'bulletin').map((f) => text(f).length).sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(900);
    expect(median).toBeLessThan(3000);
    expect(lengths[0]).toBeGreaterThan(200);
    expect(lengths.filter((n) => n >= 1900 && n <= 2001).length / lengths.length).toBeGreaterThan(0.1);
  });

  test('kinds, years and people are spread', () => {
    const bulletins = files.filter((f) => f.role === 'bulletin');
    const kinds = new Set(bulletins.map((f) => f.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(6);
    const years = new Set(bulletins.flatMap((f) => text(f).match(/\b20[0-2]\d\b/g) ?? []));
    expect(years.size).toBeGreaterThanOrEqual(20);
    const people = registry.people.filter((person) => bulletins.some((f) => text(f).includes(person.name)));
    expect(people.length).toBeGreaterThan(60);
  });
});
