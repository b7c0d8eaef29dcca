import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Entry } from '../../../src/schema/entry.ts';
import { parseEntryMarkdown, toEntryMarkdown } from '../../../src/ingest/serialise-entry.ts';

const SHA = 'a'.repeat(64);

/** A small entry with every kind of field, keys deliberately out of the schema's order. */
const entry: Entry = {
  title: 'Wang Yi Meets with Sergey Lavrov',
  id: 'wang-yi-meets-sergey-lavrov-2014-01-21',
  datePrecision: 'day',
  date: '2014-01-21',
  kind: 'meeting',
  participants: [
    { country: 'CN', name: 'Wang Yi', role: 'Foreign Minister', person: 'wang-yi' },
    { person: 'sergey-lavrov', name: 'Sergey Lavrov' },
  ],
  mentioned: [{ person: 'xi-jinping', name: 'Xi Jinping' }],
  location: { coordinates: { lon: 6.9106, lat: 46.4312 }, place: 'montreux-ch', country: 'CH', city: 'Montreux' },
  topics: ['syria'],
  organizations: [],
  meeting: 'wang-yi-meets-sergey-lavrov-2014-01-21',
  source: { sha256: SHA, file: '003_7429d5b04bd00a51.txt' },
  copies: [{ sha256: SHA, file: '004_copy.txt' }],
};

const minimal: Entry = {
  id: 'undated-1',
  title: 'A call',
  kind: 'phone-call',
  participants: [],
  mentioned: [],
  location: null,
  topics: [],
  organizations: [],
  meeting: 'undated-1',
  source: { file: 'a.txt', sha256: SHA },
};

describe('toEntryMarkdown', () => {
  test('writes keys in schema order, every string double-quoted, then the body', () => {
    expect(toEntryMarkdown(entry, 'First paragraph.\n\nSecond paragraph.')).toBe(
      [
        '---',
        'id: "wang-yi-meets-sergey-lavrov-2014-01-21"',
        'title: "Wang Yi Meets with Sergey Lavrov"',
        'date: "2014-01-21"',
        'datePrecision: "day"',
        'kind: "meeting"',
        'participants:',
        '  - name: "Wang Yi"',
        '    person: "wang-yi"',
        '    role: "Foreign Minister"',
        '    country: "CN"',
        '  - name: "Sergey Lavrov"',
        '    person: "sergey-lavrov"',
        'mentioned:',
        '  - name: "Xi Jinping"',
        '    person: "xi-jinping"',
        'location:',
        '  city: "Montreux"',
        '  country: "CH"',
        '  place: "montreux-ch"',
        '  coordinates:',
        '    lat: 46.4312',
        '    lon: 6.9106',
        'topics:',
        '  - "syria"',
        'organizations: []',
        'meeting: "wang-yi-meets-sergey-lavrov-2014-01-21"',
        'source:',
        '  file: "003_7429d5b04bd00a51.txt"',
        `  sha256: "${SHA}"`,
        'copies:',
        '  - file: "004_copy.txt"',
        `    sha256: "${SHA}"`,
        '---',
        '',
        'First paragraph.',
        '',
        'Second paragraph.',
        '',
      ].join('\n'),
    );
  });

  test('omits undefined optional keys and keeps location: null', () => {
    const text = toEntryMarkdown({ ...minimal, source: { file: 'a.txt', url: undefined, sha256: SHA } } as Entry, 'x');
    expect(text).toContain('\nlocation: null\n');
    expect(text).not.toMatch(/^(date|datePrecision|published|url):/m);
    expect(text).not.toContain('undefined');
  });

  test('ends with exactly one newline whatever the body ends with', () => {
    expect(toEntryMarkdown(minimal, 'x\n\n\n').endsWith('---\n\nx\n')).toBe(true);
  });

  test('never folds a long value', () => {
    const title = 'word '.repeat(100).trim();
    expect(toEntryMarkdown({ ...minimal, title }, 'x')).toContain(`\ntitle: "${title}"\n`);
  });
});

describe('parseEntryMarkdown', () => {
  test.each([
    ['a full entry', entry, 'First paragraph.\n\nSecond paragraph.'],
    ['a minimal entry', minimal, 'Body.'],
    ['an empty body', minimal, ''],
  ])('round-trips %s', (_name, value, body) => {
    const { entry: back, body: backBody } = parseEntryMarkdown(toEntryMarkdown(value, body));
    expect(back).toEqual(value);
    expect(backBody).toBe(body);
    expect(toEntryMarkdown(back, backBody)).toBe(toEntryMarkdown(value, body));
  });

  test.each([
    ['quotes and a colon', 'He said "yes": agreed'],
    ['a frontmatter delimiter after a newline', 'Title\n---\nid: "evil"'],
    ['a comment sign', '# not a comment'],
    ['YAML look-alikes', 'no'],
    ['a date look-alike', '2014-01-21'],
    ['backslashes and tabs', 'C:\\path\\to\tfile'],
    ['line separators a YAML 1.1 reader would break on', 'a\u2028b\u2029c\u0085d'],
    ['controls, a BOM and an astral character', '\u0000\u001b\u007f\u0080\ufeff😀'],
    ['markup', '<script>alert(1)</script> & ]]> {{x}}'],
  ])('a title with %s stays one inert value', (_name, title) => {
    const text = toEntryMarkdown({ ...minimal, title }, 'Body.');
    // Only the two delimiter lines may be `---`; the title is one line of frontmatter.
    expect(text.split('\n').filter((line) => line === '---')).toHaveLength(2);
    expect(text.split('\n').filter((line) => line.startsWith('title: '))).toHaveLength(1);
    const back = parseEntryMarkdown(text);
    expect(back.entry.title).toBe(title);
    expect(back.entry.id).toBe(minimal.id);
    expect(back.body).toBe('Body.');
  });

  test('a body with --- lines does not end the frontmatter early', () => {
    const body = '---\nid: "evil"\n---\n\nText.\n\n--- end';
    const text = toEntryMarkdown(minimal, body);
    const frontmatter = parse(text.slice(4, text.indexOf('\n---\n') + 1)) as Record<string, unknown>;
    expect(frontmatter['id']).toBe(minimal.id);
    expect(parseEntryMarkdown(text)).toEqual({ entry: minimal, body });
  });

  test.each([
    ['no frontmatter', 'just text', /a.md: expected the file to start with a "---"/],
    ['no closing line', '---\nid: "x"\n', /a.md: the frontmatter has no closing "---" line/],
    ['bad YAML', '---\nid: "x\n---\n\nbody\n', /a.md: the frontmatter is not valid YAML/],
    ['a schema error', '---\nid: "Bad Id"\n---\n\nbody\n', /a.md: invalid entry: id: .*title/],
  ])('names the file and the problem for %s', (_name, text, message) => {
    expect(() => parseEntryMarkdown(text, 'a.md')).toThrow(message);
  });
});
