/**
 * The archive as data: each entry (report) as one export record for `/data/meetings.json`
 * and `/meetings/<id>.json`, one CSV row per record for `/data/meetings.csv`, and the
 * meetings as feed items for `/rss.xml`. Pure: the routes load the entries and pass
 * everything this module needs, so every format is tested on small inline inputs.
 */
import type { DatePrecision, Entry } from '../schema/entry.ts';
import type { Meeting } from './meetings.ts';

/** A person an entry names, with the registry's spelling of the name. */
export interface ExportPerson {
  /** The registry id (`sergey-lavrov`), or a provisional id the registry lacks. */
  id: string;
  /** The registry's canonical name; for a provisional person, the name as the entry writes it. */
  name: string;
  /** True when the registry does not (yet) hold this id. */
  provisional: boolean;
}

/**
 * One entry as the downloads give it: every frontmatter field as the schema defines it
 * (src/schema/entry.ts), then what the site adds.
 */
export type ExportRecord = Entry & {
  /** The entry's permanent page, absolute (`https://…/meetings/<id>/`). */
  url: string;
  /** The page of the meeting's main report; equal to `url` for the main (or only) report. */
  meetingUrl: string;
  /** Whether this entry is the report that stands for its meeting. */
  mainReport: boolean;
  /** Everyone the entry names (participants, then mentioned), once each, with registry names. */
  people: ExportPerson[];
  /** The text, one plain-text string per paragraph: `paragraphs[0]` is `#p1` on the page. */
  paragraphs: string[];
};

/** What `toExportRecord` needs besides the entry itself. */
export interface ExportContext {
  /** The entry's Markdown body as the ingest wrote it. */
  body: string;
  /** The absolute URL of an entry's page, by entry id. */
  toUrl: (id: string) => string;
  /** The id of the entry's meeting's main report (usually `entry.meeting`; see src/lib/meetings.ts). */
  mainId: string;
  /** The registry's name of a person id, or `undefined` when the registry lacks it. */
  registryName: (id: string) => string | undefined;
}

// CommonMark lets a backslash escape any ASCII punctuation character; the ingest escapes
// every character Markdown would read as markup (src/ingest/escape-markdown.ts), so
// removing the backslashes gives back the bulletin's words.
// https://spec.commonmark.org/0.31.2/#backslash-escapes
const BACKSLASH_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * The paragraphs of an entry's Markdown body as plain text: blank-line separated blocks,
 * backslash escapes removed, runs of white space (including a hard wrap) as one space.
 */
export function toParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(BACKSLASH_ESCAPE, '$1').replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

/** Everyone `entry` names, participants first, each id once, with the registry's name. */
function toExportPeople(entry: Entry, registryName: (id: string) => string | undefined): ExportPerson[] {
  const people = new Map<string, ExportPerson>();
  for (const { person, name } of [...entry.participants, ...entry.mentioned]) {
    if (people.has(person)) continue;
    const registered = registryName(person);
    people.set(person, { id: person, name: registered ?? name, provisional: registered === undefined });
  }
  return [...people.values()];
}

/** One entry as an export record: its frontmatter, its URLs, its people and its text. */
export function toExportRecord(entry: Entry, context: ExportContext): ExportRecord {
  return {
    ...entry,
    url: context.toUrl(entry.id),
    meetingUrl: context.toUrl(context.mainId),
    mainReport: context.mainId === entry.id,
    people: toExportPeople(entry, context.registryName),
    paragraphs: toParagraphs(context.body),
  };
}

/**
 * Orders records (or anything with an `id`) by id, comparing UTF-16 code units rather than
 * by locale, so the downloads are byte-identical whatever machine builds them.
 */
export function sortById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A record as JSON text: two-space indented, ending in a newline. Key order is the
 * record's own (the schema's field order, then the added fields), so output is stable.
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * An array as `toJson` writes it, in pieces (one per element): the same bytes, without ever
 * holding the whole document in one string, which V8 caps at about 512 MB.
 */
export async function* toJsonArrayChunks(values: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<string> {
  let first = true;
  for await (const value of values) {
    const json = JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
    yield `${first ? '[\n' : ',\n'}  ${json}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/** A CSV cell before formatting: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | undefined;

/** The separator of a list inside one CSV cell (`Wang Yi; Sergey Lavrov`). */
export const LIST_SEPARATOR = '; ';

/** Joins a list for one CSV cell; an empty list gives an empty cell. */
export function joinList(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV
// Injection"); a leading apostrophe makes it text. https://owasp.org/www-community/attacks/CSV_Injection
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would read as a formula, made inert with a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A number as CSV text: the shortest form that reads back as the same number, never in
 * exponent notation (`1e-7` would be read as text or a formula by some tools), `-0` as `0`.
 *
 * @throws RangeError for NaN and the infinities, which CSV has no way to write.
 */
export function toCsvNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} in a CSV cell; expected a finite number.`);
  if (Object.is(value, -0) || value === 0) return '0';
  const text = String(value);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exponent) return text;
  // JavaScript switches to exponent form below 1e-6 and from 1e21; shifting the decimal
  // point of its shortest digits keeps them exact and shortest.
  const [, sign = '', lead = '', rest = '', power = '0'] = exponent;
  const digits = lead + rest;
  const point = 1 + Number(power);
  const plain =
    point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + plain;
}

/**
 * One cell as RFC 4180 text. Numbers are written as numbers (a negative longitude keeps its
 * minus sign); text is neutralised against formula injection, then quoted when it holds a
 * comma, a double quote, CR or LF, with inner quotes doubled. https://www.rfc-editor.org/rfc/rfc4180
 */
export function toCsvCell(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return toCsvNumber(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as an RFC 4180 document: comma-separated, CRLF after every row, header included by the caller. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(toCsvCell).join(',')}\r\n`).join('');
}

/** One column of `/data/meetings.csv`. */
export interface CsvColumn {
  /** The header. */
  name: string;
  /** What the column holds, for the `/data/` page. */
  meaning: string;
  /** The cell of one record. */
  value: (record: ExportRecord) => CsvValue;
}

/** The CSV's columns, in order: one row per entry, lists joined with `LIST_SEPARATOR`. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'id', meaning: 'the entry id; its page is /meetings/<id>/', value: (r) => r.id },
  { name: 'meeting', meaning: "the id of the meeting's main report (equal to id for the main or only report)", value: (r) => r.meeting },
  { name: 'url', meaning: "the entry's page", value: (r) => r.url },
  { name: 'title', meaning: "the bulletin's title", value: (r) => r.title },
  { name: 'date', meaning: 'when the event happened: YYYY-MM-DD, YYYY-MM or YYYY; empty when the text does not say', value: (r) => r.date },
  { name: 'datePrecision', meaning: 'day, month or year; empty exactly when date is', value: (r) => r.datePrecision },
  { name: 'kind', meaning: 'meeting, talks, phone-call, video-call, message-exchange, visit, press-conference, joint-statement, statement or other', value: (r) => r.kind },
  {
    name: 'participants',
    meaning: 'the people who took part, by their registry names',
    value: (r) => joinList(r.participants.map((p) => r.people.find((person) => person.id === p.person)?.name ?? p.name)),
  },
  { name: 'participantIds', meaning: 'their registry ids, in the same order', value: (r) => joinList(r.participants.map((p) => p.person)) },
  {
    name: 'countries',
    meaning: "the participants' countries (ISO 3166-1 alpha-2), each once, in order of appearance",
    value: (r) => joinList([...new Set(r.participants.flatMap((p) => (p.country === undefined ? [] : [p.country])))]),
  },
  { name: 'city', meaning: 'the city it happened in', value: (r) => r.location?.city },
  { name: 'country', meaning: 'the country it happened in (ISO 3166-1 alpha-2)', value: (r) => r.location?.country },
  { name: 'place', meaning: "the place id; its page is /places/<place>/", value: (r) => r.location?.place },
  { name: 'lat', meaning: 'latitude of the city (or country), decimal degrees WGS 84', value: (r) => r.location?.coordinates?.lat },
  { name: 'lon', meaning: 'longitude, decimal degrees WGS 84', value: (r) => r.location?.coordinates?.lon },
  { name: 'topics', meaning: 'topic ids; each has a page /topics/<id>/', value: (r) => joinList(r.topics) },
  { name: 'organizations', meaning: 'organization ids, in the same id space as topics', value: (r) => joinList(r.organizations) },
  { name: 'sourceFile', meaning: 'the raw bulletin file the entry was made from', value: (r) => r.source.file },
  { name: 'sourceUrl', meaning: "the bulletin's address, when its text gives one", value: (r) => r.source.url },
  { name: 'sha256', meaning: "SHA-256 of the raw file's bytes", value: (r) => r.source.sha256 },
  { name: 'publisher', meaning: 'the agency of its dateline (Xinhua, TASS), when known', value: (r) => r.source.publisher },
];

/** The whole CSV of `records`: the header row, then one row per record in the given order. */
export function toRecordsCsv(records: readonly ExportRecord[]): string {
  return toCsv([CSV_COLUMNS.map((column) => column.name), ...records.map(toRecordRow)]);
}

const toRecordRow = (record: ExportRecord): CsvValue[] => CSV_COLUMNS.map((column) => column.value(record));

/** `toRecordsCsv` in pieces (the header, then one row per record), for downloads too big for one string. */
export async function* toRecordsCsvChunks(records: AsyncIterable<ExportRecord> | Iterable<ExportRecord>): AsyncGenerator<string> {
  yield toCsv([CSV_COLUMNS.map((column) => column.name)]);
  for await (const record of records) yield toCsv([toRecordRow(record)]);
}

/**
 * The moment a feed gives for an event: midnight UTC of its first day, since a feed date
 * must be a full date-time and the text may give only the month or year.
 *
 * @throws RangeError when `date` is not a date of `precision` (`2014-01` for month).
 */
export function toFeedDate(date: string, precision: DatePrecision): Date {
  const lengths: Record<DatePrecision, number> = { day: 10, month: 7, year: 4 };
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match || date.length !== lengths[precision]) {
    throw new RangeError(`Cannot read "${date}" as a date of ${precision} precision.`);
  }
  return new Date(Date.UTC(Number(match[1]), Number(match[2] ?? '1') - 1, Number(match[3] ?? '1')));
}

// XML 1.0 allows tab, LF, CR, and U+0020 upwards except the surrogates, U+FFFE and U+FFFF;
// any other character (a C0 control an editor's override can carry, like ESC) makes the
// whole feed malformed, and a reader then shows none of it. https://www.w3.org/TR/xml/#charsets
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text without the characters XML 1.0 forbids (C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF). */
export function toXmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** One feed item, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  /** The main report's title. */
  title: string;
  /** The main report's page, absolute. */
  link: string;
  /** The event's date (see `toFeedDate`). */
  pubDate: Date;
  /** The main report's first paragraph, plain text. */
  description: string;
  /** The meeting's topic labels. */
  categories: string[];
}

/** What `toFeedItems` needs besides the meetings. */
export interface FeedContext {
  /** The absolute URL of an entry's page, by entry id. */
  toUrl: (id: string) => string;
  /** An entry's Markdown body, by entry id. */
  bodyOf: (id: string) => string;
  /** A topic's label, by id (the id itself when the registry lacks it). */
  labelOf: (id: string) => string;
  /** How many items at most. */
  limit: number;
}

/** The meetings a feed of `limit` items carries: the first `limit` dated ones, in the order given. */
export function selectFeedMeetings(meetings: readonly Meeting[], limit: number): Meeting[] {
  return meetings.filter((meeting) => meeting.date !== undefined && meeting.datePrecision !== undefined).slice(0, limit);
}

/**
 * The newest dated meetings as feed items, at most `limit`, in the order given (newest
 * first from src/lib/meetings.ts). Undated meetings are left out: a feed item without a
 * date would sort arbitrarily in readers.
 */
export function toFeedItems(meetings: readonly Meeting[], context: FeedContext): FeedItem[] {
  return selectFeedMeetings(meetings, context.limit).map((meeting) => ({
      title: toXmlText(meeting.main.title),
      link: context.toUrl(meeting.main.id),
      pubDate: toFeedDate(meeting.date as string, meeting.datePrecision as DatePrecision),
      description: toXmlText(toParagraphs(context.bodyOf(meeting.main.id))[0] ?? ''),
      categories: meeting.topics.map((topic) => toXmlText(context.labelOf(topic))),
    }));
}

/** One field of an export record, described for the `/data/` page. */
export interface RecordField {
  /** The JSON key (a dotted path for nested fields). */
  name: string;
  /** Its JSON type. */
  type: string;
  /** What it means. */
  meaning: string;
}

/**
 * The fields of an export record, in the order the JSON gives them: the entry's own
 * (src/schema/entry.ts, the contract the ingest writes), then what the site adds.
 */
export const RECORD_FIELDS: readonly RecordField[] = [
  { name: 'id', type: 'string', meaning: 'stable slug of the entry (one report); its page is /meetings/<id>/' },
  { name: 'title', type: 'string', meaning: "the bulletin's own title, or one made from its lead sentence" },
  { name: 'date', type: 'string, optional', meaning: 'when the event happened: YYYY-MM-DD, YYYY-MM or YYYY; absent when the text does not give the year' },
  { name: 'datePrecision', type: '"day" | "month" | "year", optional', meaning: 'how much of date the text supports; present exactly when date is' },
  { name: 'published', type: 'string, optional', meaning: "the bulletin's own publication or crawl date (YYYY-MM-DD), when known and different" },
  { name: 'kind', type: 'string', meaning: 'meeting, talks, phone-call, video-call, message-exchange, visit, press-conference, joint-statement, statement or other' },
  { name: 'participants', type: 'array of { name, person, role?, country? }', meaning: 'people who took part: the name as written, the registry id, the office held that day, the ISO 3166-1 alpha-2 country' },
  { name: 'mentioned', type: 'array of { name, person }', meaning: 'people named who did not take part' },
  { name: 'location', type: 'object or null', meaning: 'city, country, venue, occasion, place (place id) and coordinates { lat, lon } of where it happened; null for calls and written exchanges, or when the text does not say' },
  { name: 'topics', type: 'array of string', meaning: 'topic ids of the registry (ukraine-crisis); each has a page /topics/<id>/' },
  { name: 'organizations', type: 'array of string', meaning: 'organization ids (sco, brics), in the same id space as topics' },
  { name: 'meeting', type: 'string', meaning: "the id of the meeting's main report; reports of one event share it" },
  { name: 'source', type: '{ file, url?, sha256, publisher? }', meaning: 'the raw file, its address when the text gives it, the SHA-256 of its bytes, the agency of its dateline' },
  { name: 'copies', type: 'array of { file, url?, sha256, publisher? }, optional', meaning: 'other raw files with exactly the same text, merged into this entry' },
  { name: 'url', type: 'string', meaning: "the entry's page, absolute" },
  { name: 'meetingUrl', type: 'string', meaning: "the page of the meeting's main report (equal to url for the main report)" },
  { name: 'mainReport', type: 'boolean', meaning: 'whether this entry is the report that stands for its meeting' },
  { name: 'people', type: 'array of { id, name, provisional }', meaning: "everyone the entry names, participants first, with the registry's name; provisional people keep the name as written" },
  { name: 'paragraphs', type: 'array of string', meaning: 'the text as plain text, one string per paragraph: the n-th is #pn on the page' },
];
