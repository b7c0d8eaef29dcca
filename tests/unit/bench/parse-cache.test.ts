/**
 * The parse cache's pure half: a hit names the file it is read for, a cache made for another
 * parser or registry is ignored, and the version follows everything a parse depends on.
 */
import { describe, expect, test } from 'vitest';
import { ingestBulletin } from '../../../src/ingest/ingest-run.ts';
import { fromCachedOutcome, hashBytes, parseShard, shardOf, toCacheVersion, toEntryKey, toShardJson, type CachedOutcome } from '../../../src/ingest/parse-cache.ts';
import { toFrontmatter } from '../../../src/ingest/serialise-entry.ts';
import { readRegistry } from '../../../src/registry/read-registry.ts';

const registry = readRegistry('content/registry');
const bytes = new TextEncoder().encode('Wang Yi Meets Sergey Lavrov\n\nOn March 3, 2014, Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov in Beijing.\n');

describe('parse cache records', () => {
  test('a cached outcome, read back for another file name, equals a fresh parse of that file', () => {
    const first = ingestBulletin({ file: 'a.txt', bytes }, registry);
    const version = toCacheVersion({ sources: [['x.ts', 'code']], registry, dependencies: '' });
    const key = hashBytes(bytes);
    const records = parseShard<CachedOutcome>(toShardJson(version, new Map([[key, first]])), version, shardOf(key));
    const cached = records.get(hashBytes(bytes));
    expect(cached).toBeDefined();
    if (cached === undefined) return;
    expect(fromCachedOutcome(cached, 'b.txt')).toEqual(ingestBulletin({ file: 'b.txt', bytes }, registry));
    expect(fromCachedOutcome(cached, 'a.txt')).toEqual(first);
  });

  test('another version, another format, a broken file or another shard gives an empty shard', () => {
    const json = toShardJson('v1', new Map([['abc', 'title: "x"\n']]));
    expect(parseShard<string>(json, 'v1', 'ab').get('abc')).toBe('title: "x"\n');
    expect(parseShard(json, 'v2', 'ab').size).toBe(0);
    expect(parseShard(json, 'v1', 'cd').size).toBe(0);
    expect(parseShard(json.replace('"format":3', '"format":2'), 'v1', 'ab').size).toBe(0);
    expect(parseShard('{"format":3,"vers', 'v1', 'ab').size).toBe(0);
    expect(parseShard('', 'v1', 'ab').size).toBe(0);
  });

  test('an entry key changes with any value of the entry, -0 included, and names one frontmatter', () => {
    const outcome = ingestBulletin({ file: 'a.txt', bytes }, registry);
    expect(outcome.status).toBe('accepted');
    if (outcome.status !== 'accepted') return;
    const { entry } = outcome;
    expect(toEntryKey({ ...entry })).toBe(toEntryKey(entry));
    expect(toEntryKey({ ...entry, title: `${entry.title}.` })).not.toBe(toEntryKey(entry));
    const at = (lat: number) => ({ ...entry, location: { city: 'Beijing', country: 'CN', coordinates: { lat, lon: 116.4 } } });
    expect(toEntryKey(at(-0))).not.toBe(toEntryKey(at(0)));
    expect(toFrontmatter(at(-0))).not.toBe(toFrontmatter(at(0)));
  });
});

describe('toCacheVersion', () => {
  const base = { sources: [['src/a.ts', 'one'], ['src/b.ts', 'two']] as [string, string][], registry: { people: [] }, dependencies: 'lock' };

  test('does not depend on the order the sources were listed in', () => {
    expect(toCacheVersion({ ...base, sources: [...base.sources].reverse() })).toBe(toCacheVersion(base));
  });

  test('changes with any source, the registry or the dependencies', () => {
    const version = toCacheVersion(base);
    expect(toCacheVersion({ ...base, sources: [['src/a.ts', 'one!'], ['src/b.ts', 'two']] })).not.toBe(version);
    expect(toCacheVersion({ ...base, registry: { people: [{ id: 'x' }] } })).not.toBe(version);
    expect(toCacheVersion({ ...base, dependencies: 'lock2' })).not.toBe(version);
  });
});
