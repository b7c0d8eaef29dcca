/**
 * Turns an entry and its body into the Markdown file the site reads, and back.
 *
 * The frontmatter is written so that nothing in a bulletin can change its meaning:
 * - every string is double-quoted, because Astro reads frontmatter with js-yaml, which would
 *   turn an unquoted `2014-01-21` into a Date and `no` into a boolean;
 * - strings are escaped as JSON strings (a subset of YAML's double-quoted style), so a newline
 *   becomes `\n` and no line of bulletin text can start a line of frontmatter, not even `---`;
 * - nothing is folded, so the same entry always gives the same bytes.
 */
import { parse, stringify } from 'yaml';
import {
  CoordinatesSchema,
  EntrySchema,
  LocationSchema,
  MentionSchema,
  ParticipantSchema,
  SourceSchema,
  validateEntry,
  type Entry,
} from '../schema/entry.ts';

/** Options for `yaml`'s stringify; see https://eemeli.org/yaml/#tostring-options. */
const YAML_OPTIONS = {
  defaultStringType: 'QUOTE_DOUBLE',
  defaultKeyType: 'PLAIN',
  doubleQuotedAsJSON: true,
  lineWidth: 0,
  minContentWidth: 0,
} as const;

/**
 * Characters JSON leaves raw but a YAML reader may treat as a line break (U+0085, U+2028,
 * U+2029 in YAML 1.1) or refuse as non-printable (DEL, C1 controls, U+FEFF, U+FFFE/F).
 * They can only occur inside quoted strings, where `\uXXXX` is a valid escape.
 */
const UNSAFE_RAW = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** Copies `value` with its keys in `keys` order, leaving out keys whose value is undefined. */
function inOrder(value: object, keys: readonly string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (record[key] !== undefined) out[key] = record[key];
  }
  return out;
}

const ENTRY_KEYS = Object.keys(EntrySchema.shape);
const PARTICIPANT_KEYS = Object.keys(ParticipantSchema.shape);
const MENTION_KEYS = Object.keys(MentionSchema.shape);
const LOCATION_KEYS = Object.keys(LocationSchema.shape);
const COORDINATE_KEYS = Object.keys(CoordinatesSchema.shape);
const SOURCE_KEYS = Object.keys(SourceSchema.shape);

/**
 * The frontmatter of an entry, without its `---` lines: keys in the schema's order, every
 * string double-quoted, optional keys left out when undefined, `location: null` kept. It
 * depends on the entry alone, so a run may reuse the text of an unchanged entry.
 */
export function toFrontmatter(entry: Entry): string {
  const ordered = inOrder(entry, ENTRY_KEYS);
  ordered['participants'] = entry.participants.map((p) => inOrder(p, PARTICIPANT_KEYS));
  ordered['mentioned'] = entry.mentioned.map((m) => inOrder(m, MENTION_KEYS));
  if (entry.location === null) ordered['location'] = null;
  else {
    const location = inOrder(entry.location, LOCATION_KEYS);
    if (entry.location.coordinates !== undefined) location['coordinates'] = inOrder(entry.location.coordinates, COORDINATE_KEYS);
    ordered['location'] = location;
  }
  ordered['source'] = inOrder(entry.source, SOURCE_KEYS);
  if (entry.copies !== undefined) ordered['copies'] = entry.copies.map((copy) => inOrder(copy, SOURCE_KEYS));
  return stringify(ordered, YAML_OPTIONS).replace(UNSAFE_RAW, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Serialises an entry as `---\n<yaml>---\n\n<body>\n` (the frontmatter of {@link toFrontmatter},
 * or `frontmatter` when the caller already has it). Trailing newlines of `body` are dropped so
 * the file always ends with exactly one.
 */
export function toEntryMarkdown(entry: Entry, body: string, frontmatter: string = toFrontmatter(entry)): string {
  return `---\n${frontmatter}---\n\n${body.replace(/\n+$/, '')}\n`;
}

/** An entry file cut into its frontmatter (YAML text) and its body (Markdown text). */
export interface EntryFileParts {
  /** The YAML between the `---` lines, with its final newline. */
  frontmatter: string;
  /** The Markdown after the frontmatter, without the blank line that follows it or a final newline. */
  body: string;
}

/**
 * Cuts a file written by `toEntryMarkdown` into frontmatter and body, unparsed (the site's
 * content loader validates the frontmatter through Astro). Throws an error naming `file`
 * when the frontmatter is missing or unclosed.
 */
export function splitEntryFile(text: string, file = 'entry'): EntryFileParts {
  if (!text.startsWith('---\n')) {
    throw new Error(`${file}: expected the file to start with a "---" frontmatter line`);
  }
  // The frontmatter ends at the first line that is exactly `---`; the serialiser escapes
  // every newline inside values, so that line can only be the real delimiter.
  const end = text.indexOf('\n---\n', 3);
  if (end === -1) throw new Error(`${file}: the frontmatter has no closing "---" line`);
  const rest = text.slice(end + 5);
  return {
    frontmatter: text.slice(4, end + 1),
    body: (rest.startsWith('\n') ? rest.slice(1) : rest).replace(/\n$/, ''),
  };
}

/**
 * Reads a file written by `toEntryMarkdown` back into a validated entry and its body.
 * Throws an error naming `file` and the problem (no frontmatter, bad YAML, schema errors).
 */
export function parseEntryMarkdown(text: string, file = 'entry'): { entry: Entry; body: string } {
  const { frontmatter, body } = splitEntryFile(text, file);
  let data: unknown;
  try {
    data = parse(frontmatter);
  } catch (error) {
    throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  const result = validateEntry(data);
  if (!result.ok) throw new Error(`${file}: invalid entry: ${result.errors.join('; ')}`);
  return { entry: result.entry, body };
}
