import { describe, expect, test } from 'vitest';
import type { Entry } from '../../../src/schema/entry.ts';
import { mergeCopies, type ParsedBulletin } from '../../../src/ingest/merge-copies.ts';

const HASH = (digit: string): string => digit.repeat(64);

/** A parsed bulletin with id `id` made from `file`, whose body is `body`. */
function bulletin(file: string, id: string, body: string, source: Partial<Entry['source']> = {}): ParsedBulletin {
  return {
    file,
    entry: {
      id,
      title: 'Wang Yi Meets with Sergey Lavrov',
      kind: 'meeting',
      participants: [],
      mentioned: [],
      location: null,
      topics: [],
      organizations: [],
      meeting: id,
      source: { file, sha256: HASH(file.charAt(0)), ...source },
    },
    body,
    flags: [],
  };
}

describe('mergeCopies', () => {
  test('files with the same text become one entry: the first by name is the source, the others copies', () => {
    const { kept, duplicates } = mergeCopies([
      bulletin('c.txt', 'x', 'Same text.', { url: 'https://example.org/c', publisher: 'Xinhua' }),
      bulletin('a.txt', 'x', 'Same text.'),
      bulletin('b.txt', 'x', 'Same text.'),
      bulletin('d.txt', 'y', 'Other text.'),
    ]);
    expect(kept.map((b) => [b.file, b.entry.id])).toEqual([
      ['a.txt', 'x'],
      ['d.txt', 'y'],
    ]);
    expect(kept[0]?.entry.source).toEqual({ file: 'a.txt', sha256: HASH('a') });
    expect(kept[0]?.entry.copies).toEqual([
      { file: 'b.txt', sha256: HASH('b') },
      { file: 'c.txt', sha256: HASH('c'), url: 'https://example.org/c', publisher: 'Xinhua' },
    ]);
    expect(kept[1]?.entry).not.toHaveProperty('copies');
    expect(duplicates).toEqual([
      { file: 'b.txt', status: 'merged', id: 'x', reason: 'same text as a.txt' },
      { file: 'c.txt', status: 'merged', id: 'x', reason: 'same text as a.txt' },
    ]);
  });

  test('the same id with different text is a clash: the later file is rejected, not merged', () => {
    const { kept, duplicates } = mergeCopies([bulletin('a.txt', 'x', 'One text.'), bulletin('b.txt', 'x', 'Another text.')]);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.entry).not.toHaveProperty('copies');
    expect(duplicates).toEqual([{ file: 'b.txt', status: 'rejected', id: 'x', reason: 'duplicate id of a.txt' }]);
  });

  test('the result does not depend on the order the files come in', () => {
    const files = [bulletin('a.txt', 'x', 'T.'), bulletin('b.txt', 'x', 'T.'), bulletin('c.txt', 'x', 'U.'), bulletin('d.txt', 'z', 'V.')];
    const forward = mergeCopies(files);
    expect(mergeCopies([...files].reverse())).toEqual(forward);
    expect(mergeCopies([files[2], files[0], files[3], files[1]] as ParsedBulletin[])).toEqual(forward);
  });
});
