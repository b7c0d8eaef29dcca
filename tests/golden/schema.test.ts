/**
 * Every entry the parser makes, from the sample corpus and from the real corpus in
 * ../shared, passes the schema and survives a write/read round trip unchanged.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { EntrySchema } from '../../src/schema/entry.ts';
import { parseBulletin } from '../../src/ingest/parse-bulletin.ts';
import { parseEntryMarkdown, toEntryMarkdown } from '../../src/ingest/serialise-entry.ts';
import { readRegistry } from '../../src/registry/read-registry.ts';

const here = dirname(fileURLToPath(import.meta.url));
const registry = readRegistry(join(here, '../../content/registry'));
const FOLDERS = [join(here, '../../content/raw'), join(here, '../../../shared/corpus/real')];

describe.each(FOLDERS)('every entry made from %s', (folder) => {
  if (!existsSync(folder)) throw new Error(`${folder} is missing: tests need ../shared beside the checkout`);
  const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();

  test.each(files)('%s', (file) => {
    const result = parseBulletin({ file, bytes: readFileSync(join(folder, file)) }, registry);
    if (result.status === 'rejected') {
      expect(result.reason.length).toBeGreaterThan(10);
      return;
    }
    expect(EntrySchema.safeParse(result.entry).success).toBe(true);
    const back = parseEntryMarkdown(toEntryMarkdown(result.entry, result.body), file);
    expect(back.entry).toEqual(result.entry);
    expect(back.body).toBe(result.body);
  });
});
