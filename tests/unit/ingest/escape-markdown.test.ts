import { describe, expect, test } from 'vitest';
import { escapeMarkdown } from '../../../src/ingest/escape-markdown.ts';

describe('escapeMarkdown', () => {
  test.each([
    ['Plain words, stay as they are.', 'Plain words, stay as they are.'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![](http://example.org/a.png)', '!\\[\\](http://example.org/a.png)'],
    ['# Not a heading', '\\# Not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['a | table | row', 'a \\| table \\| row'],
    ['*bold* and _it_ and `code`', '\\*bold\\* and \\_it\\_ and \\`code\\`'],
    ['AT&amp;T', 'AT\\&amp;T'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));
});
