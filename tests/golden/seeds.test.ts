/**
 * Golden tests: the two seed bulletins the project started from must produce exactly these
 * entry files, byte for byte. After a deliberate parser change, review the diff and refresh
 * with `UPDATE_GOLDEN=1 npx vitest run tests/golden`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseBulletin } from '../../src/ingest/parse-bulletin.ts';
import { toEntryMarkdown } from '../../src/ingest/serialise-entry.ts';
import { readRegistry } from '../../src/registry/read-registry.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = join(here, '../../content/raw');
const EXPECTED = join(here, '../fixtures/golden-seeds');
const registry = readRegistry(join(here, '../../content/registry'));

describe('golden: the sample corpus (the two seeds)', () => {
  const files = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();

  test('the sample corpus is the two seeds', () => {
    expect(files).toEqual(['000_dcbf2027460c5d9e.txt', '003_7429d5b04bd00a51.txt']);
  });

  test.each(files)('%s', (file) => {
    const result = parseBulletin({ file, bytes: readFileSync(join(SEEDS, file)) }, registry);
    if (result.status !== 'accepted') throw new Error(`${file} was rejected: ${result.reason}`);
    const actual = toEntryMarkdown(result.entry, result.body);
    const expectedPath = join(EXPECTED, file.replace(/\.txt$/, '.md'));
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(expectedPath, actual);
    if (!existsSync(expectedPath)) throw new Error(`${expectedPath} is missing: run with UPDATE_GOLDEN=1 and review it`);
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
