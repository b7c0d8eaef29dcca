/**
 * Property: an entry written by `toEntryMarkdown` reads back as the same entry and body, for
 * arbitrary valid entries whose strings are hostile to YAML and Markdown (quotes, colons,
 * `---`, `#`, YAML-looking lines, line breaks of every kind, lone surrogates, leading and
 * trailing spaces). The frontmatter is read here with the `yaml` package and the Zod schema
 * directly, not only through `parseEntryMarkdown`, so the test does not trust the reader it
 * checks.
 */
import fc from 'fast-check';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { EntrySchema, KINDS, validateEntry, type Entry } from '../../src/schema/entry.ts';
import { parseEntryMarkdown, toEntryMarkdown } from '../../src/ingest/serialise-entry.ts';
import { anyText, caseCounter, NUM_RUNS } from './arbitraries.ts';

/** Pieces that mean something to YAML, Markdown or HTML. */
const HOSTILE = [
  '---', '...', '"', "'", ':', ': ', ' #', '#', '- ', '? ', '|', '>', '&a', '*a', '!tag', '!!str', '%YAML', '@', '`', '{', '}', '[', ']', ',',
  'yes', 'no', 'null', '~', 'true', '2014-01-21', '0x1F', '1e3', '.inf', '.nan', '<<', '\\', '\\n', '\n', '\r\n', '\r', '\t', ' ', '  ',
  '\u0085', '\u2028', '\u2029', '\uFEFF', '\uFFFE', '\u0000', '\u007F', '\u009F', '\uD800', '\uDFFF', '\u{1F600}', 'é', '中文', 'Ж',
  '<script>alert(1)</script>', '\n---\n', '\nkey: value\n', '# title',
];

/** A non-empty string mixing hostile pieces with arbitrary code points. */
const hostileString = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), anyText(12)), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((text) => text.length > 0);

const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((words) => words.join('-'));
const country = fc.stringMatching(/^[A-Z]{2}$/);
const sha256 = fc.stringMatching(/^[0-9a-f]{64}$/);
const url = fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((u) => EntrySchema.shape.source.shape.url.safeParse(u).success);
const coordinate = (limit: number): fc.Arbitrary<number> => fc.double({ min: -limit, max: limit, noNaN: true });
const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const source = fc.record(
  { file: hostileString, url, sha256, publisher: hostileString },
  { requiredKeys: ['file', 'sha256'] },
);

const dated = fc.oneof(
  fc.constant({}),
  day.map((date) => ({ date, datePrecision: 'day' as const })),
  day.map((date) => ({ date: date.slice(0, 7), datePrecision: 'month' as const })),
  day.map((date) => ({ date: date.slice(0, 4), datePrecision: 'year' as const })),
);

/** An arbitrary entry the schema accepts, its strings hostile. */
const entry: fc.Arbitrary<Entry> = fc
  .record({
    id: slug,
    title: hostileString,
    dated,
    published: fc.option(day, { nil: undefined }),
    kind: fc.constantFrom(...KINDS),
    participants: fc.array(
      fc.record({ name: hostileString, person: slug, role: hostileString, country }, { requiredKeys: ['name', 'person'] }),
      { maxLength: 3 },
    ),
    mentioned: fc.array(fc.record({ name: hostileString, person: slug }), { maxLength: 3 }),
    location: fc.option(
      fc.record(
        {
          city: hostileString,
          country,
          venue: hostileString,
          occasion: hostileString,
          place: slug,
          coordinates: fc.record({ lat: coordinate(90), lon: coordinate(180) }),
        },
        { requiredKeys: [] },
      ),
      { nil: null },
    ),
    topics: fc.array(slug, { maxLength: 3 }),
    organizations: fc.array(slug, { maxLength: 2 }),
    meeting: slug,
    source,
    copies: fc.option(fc.array(source, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  })
  .map(({ dated: when, published, copies, ...rest }) => ({
    ...rest,
    ...when,
    ...(published === undefined ? {} : { published }),
    ...(copies === undefined ? {} : { copies }),
  }));

/** A body as the parser makes it (paragraphs), or any hostile text. */
const body = fc.oneof(
  fc.array(hostileString, { maxLength: 4 }).map((paragraphs) => paragraphs.join('\n\n')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** A line of frontmatter as the serialiser writes it: a key, or a list item. */
const KEY_LINE = /^ *(?:- )?(?:[a-zA-Z][a-zA-Z0-9]*:(?: |$)|- )/;

test('serialising an entry and reading it back gives the same entry and body', () => {
  const counter = caseCounter('serialise then parse round trip');
  fc.assert(
    fc.property(entry, body, (generated, text) => {
      counter.count();
      const valid = validateEntry(generated);
      // The generator makes valid entries only; a failure here is a generator bug.
      expect(valid.ok ? [] : valid.errors).toEqual([]);
      const markdown = toEntryMarkdown(generated, text);

      // The frontmatter: between the first line `---` and the next line that is exactly `---`.
      expect(markdown.startsWith('---\n')).toBe(true);
      const end = markdown.indexOf('\n---\n', 3);
      const frontmatter = markdown.slice(4, end + 1);
      // Nothing in a value can make a line of its own: every line is a key or a list item.
      const strayLines = frontmatter.split('\n').slice(0, -1).filter((line) => !KEY_LINE.test(line));
      expect(strayLines).toEqual([]);
      // Lone surrogates and the like are escaped, so writing the file as UTF-8 loses nothing.
      expect(Buffer.from(frontmatter, 'utf8').toString('utf8')).toBe(frontmatter);
      const data: unknown = parse(frontmatter);
      expect(EntrySchema.parse(data)).toEqual(generated);

      const read = parseEntryMarkdown(markdown);
      expect(read.entry).toEqual(generated);
      expect(read.body).toBe(text.replace(/\n+$/, ''));
      // The same entry always gives the same bytes.
      expect(toEntryMarkdown(read.entry, read.body)).toBe(markdown);
    }),
    { numRuns: NUM_RUNS },
  );
  expect(counter.report()).toBeGreaterThanOrEqual(NUM_RUNS);
}, 600_000);
