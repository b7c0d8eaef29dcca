import { describe, expect, test } from 'vitest';
import { splitEntryFile } from '../../../src/ingest/serialise-entry.ts';

describe('splitEntryFile', () => {
  test('cuts the frontmatter from the body, dropping the blank line between and the final newline', () => {
    expect(splitEntryFile('---\nid: "a"\ntitle: "T"\n---\n\nFirst.\n\nSecond.\n')).toEqual({ frontmatter: 'id: "a"\ntitle: "T"\n', body: 'First.\n\nSecond.' });
  });

  test('a `---` inside the body is body text', () => {
    expect(splitEntryFile('---\nid: "a"\n---\n\nAbove.\n\n---\n\nBelow.\n').body).toBe('Above.\n\n---\n\nBelow.');
  });

  test('an empty body', () => {
    expect(splitEntryFile('---\nid: "a"\n---\n')).toEqual({ frontmatter: 'id: "a"\n', body: '' });
  });

  test('names the file when the frontmatter is missing or unclosed', () => {
    expect(() => splitEntryFile('id: a\n', 'x.md')).toThrow('x.md: expected the file to start with a "---" frontmatter line');
    expect(() => splitEntryFile('---\nid: "a"\n', 'y.md')).toThrow('y.md: the frontmatter has no closing "---" line');
  });
});
