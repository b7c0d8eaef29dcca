/**
 * The parse cache's pure half: a hit names the file it is read for, a cache made for another
 * parser or registry is ignored, and the version follows everything a parse depends on.
 */
import { describe, expect, test } from 'vitest';
import { ingestBulletin } from '../../../src/ingest/ingest-run.ts';
import { fromCachedOutcome, hashBytes, parseCacheFile, toCacheFileJson, toCacheVersion } from '../../../src/ingest/parse-cache.ts';
import { readRegistry } from '../../../src/registry/read-registry.ts';

const registry = readRegistry('content/registry');
const bytes = new TextEncoder().encode('Wang Yi Meets Sergey Lavrov\n\nOn March 3, 2014, Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov in Beijing.\n');

describe('parse cache records', () => {
  test('a cached outcome, read back for another file name, equals a fresh parse of that file', () => {
    const first = ingestBulletin({ file: 'a.txt', bytes }, registry);
    const version = toCacheVersion({ sources: [['x.ts', 'code']], registry, dependencies: '' });
    const records = parseCacheFile(toCacheFileJson(version, new Map([[hashBytes(bytes), first]])), version);
    const cached = records.get(hashBytes(bytes));
    expect(cached).toBeDefined();
    if (cached === undefined) return;
    expect(fromCachedOutcome(cached, 'b.txt')).toEqual(ingestBulletin({ file: 'b.txt', bytes }, registry));
    expect(fromCachedOutcome(cached, 'a.txt')).toEqual(first);
  });

  test('another version, another format or a broken file gives an empty cache', () => {
    const json = toCacheFileJson('v1', new Map([['abc', { status: 'rejected', reason: 'empty' }]]));
    expect(parseCacheFile(json, 'v1').size).toBe(1);
    expect(parseCacheFile(json, 'v2').size).toBe(0);
    expect(parseCacheFile(json.replace('"format":1', '"format":0'), 'v1').size).toBe(0);
    expect(parseCacheFile('{"format":1,"vers', 'v1').size).toBe(0);
    expect(parseCacheFile('', 'v1').size).toBe(0);
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
