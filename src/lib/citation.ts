/**
 * Ready-made citations of one report: a Chicago note and a BibTeX record, pasted as they
 * are into a paper. Pure: every value (the permalink included) comes in as an argument, so
 * the same entry always gives the same text and a build stays reproducible. There is no
 * access date for that reason: a date stamped at build time would change every build and
 * would say when the site was built, not when the reader looked.
 */
import type { DatePrecision } from '../schema/entry.ts';
import { formatEventDate, toDatetimeAttribute } from './dates.ts';

/** What a citation of one report is made from. */
export interface CitationSource {
  /** The entry id: the BibTeX key. */
  id: string;
  /** The report's title, as the archive shows it. */
  title: string;
  /** When the event happened (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); absent when unknown. */
  date?: string | undefined;
  /** Precision of `date`; required for `date` to be used. */
  datePrecision?: DatePrecision | undefined;
  /** The bulletin's own publication date (`YYYY-MM-DD`), when known. */
  published?: string | undefined;
  /** The agency that issued the bulletin (`Xinhua`), when known: the corporate author. */
  publisher?: string | undefined;
  /** The raw file's name. */
  file: string;
  /** The bulletin's original address, when known. */
  sourceUrl?: string | undefined;
  /** The report's absolute permanent address in the archive. */
  permalink: string;
  /** The archive's name (`Diplomatic Records Archive`). */
  archive: string;
}

/** The date a citation gives, with the precision the text vouches for. */
export interface CitationDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  value: string;
  /** How much of `value` is known. */
  precision: DatePrecision;
}

/**
 * The date a citation names: the bulletin's own publication date when known (a citation
 * dates the document), else the event's date at its own precision, else `undefined`.
 */
export function toCitationDate(source: Pick<CitationSource, 'date' | 'datePrecision' | 'published'>): CitationDate | undefined {
  if (source.published !== undefined) return { value: source.published, precision: 'day' };
  if (source.date !== undefined && source.datePrecision !== undefined) {
    return { value: toDatetimeAttribute(source.date, source.datePrecision), precision: source.datePrecision };
  }
  return undefined;
}

/**
 * A title set inside Chicago's double quotation marks: its own double quotes become single
 * ones, as Chicago asks for quotations within quotations (CMOS 13.30).
 */
function toQuotedTitle(title: string): string {
  return title
    .replace(/(^|[\s([{\u2018-])["\u201C]/g, '$1\u2018')
    .replace(/["\u201C\u201D]/g, '\u2019')
    .trim();
}

/**
 * A Chicago notes-and-bibliography note (web page form, CMOS 14.206): corporate author when
 * known, the title in quotation marks, the date as precisely as it is known ("n.d." when it
 * is not), the archive and the permalink. No access date (see the module comment).
 *
 * @example Xinhua, “Wang Yi Meets with Foreign Minister of Russia,” January 21, 2014, Diplomatic Records Archive, https://example.org/meetings/x/.
 */
export function toChicagoNote(source: CitationSource): string {
  const date = toCitationDate(source);
  const title = toQuotedTitle(source.title);
  // The comma goes inside the closing quotation mark, unless the title ends in its own ? or !.
  const quoted = /[?!]$/.test(title) ? `\u201C${title}\u201D` : `\u201C${title},\u201D`;
  const parts = [
    ...(source.publisher === undefined ? [] : [`${source.publisher},`]),
    quoted,
    `${date === undefined ? 'n.d.' : formatEventDate(date.value, date.precision)},`,
    `${source.archive},`,
    `${source.permalink}.`,
  ];
  return parts.join(' ');
}

// BibTeX's special characters and their LaTeX forms. `\` first in spirit: each character is
// replaced once, by one pass over the string, so a replacement is never escaped again.
const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // Braced so babel's `"` shorthands (German, Dutch, ...) cannot turn it into an accent.
  '"': '{"}',
};

/** Text made safe for a brace-delimited BibTeX field: every special character escaped, braces balanced. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^"]/g, (char) => BIBTEX_SPECIALS[char] ?? char);
}

/**
 * A URL for a BibTeX `url` field, which `\url` reads verbatim: only the characters that
 * would unbalance the field or end it (braces, backslash, spaces) are percent-encoded.
 */
function toBibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * A BibTeX `@misc` record keyed by the entry id: title (double-braced so styles keep its
 * capitals), corporate author when known, `year`/`month` (BibTeX) and `date` (biblatex, ISO
 * 8601 at the known precision), `url` and `howpublished` with the permalink, and a `note`
 * naming the archive, the raw file and the publisher. Undated reports get no date fields.
 */
export function toBibtex(source: CitationSource): string {
  const date = toCitationDate(source);
  const fields: [string, string][] = [['title', `{${escapeBibtex(source.title)}}`]];
  // A corporate author is braced twice so BibTeX does not read "Xinhua News Agency" as a person's names.
  if (source.publisher !== undefined) fields.push(['author', `{${escapeBibtex(source.publisher)}}`]);
  if (date !== undefined) {
    fields.push(['year', date.value.slice(0, 4)]);
    if (date.precision !== 'year') fields.push(['month', BIBTEX_MONTHS[Number(date.value.slice(5, 7)) - 1] ?? '']);
    fields.push(['date', date.value]);
  }
  fields.push(['howpublished', `\\url{${toBibtexUrl(source.permalink)}}`]);
  fields.push(['url', toBibtexUrl(source.permalink)]);
  const note = [
    `${escapeBibtex(source.archive)}`,
    `source file ${escapeBibtex(source.file)}`,
    ...(source.publisher === undefined ? [] : [`publisher ${escapeBibtex(source.publisher)}`]),
    ...(source.sourceUrl === undefined ? [] : [`original at \\url{${toBibtexUrl(source.sourceUrl)}}`]),
  ].join('; ');
  fields.push(['note', note]);
  // `month` takes BibTeX's own macro (jan, feb, ...), unbraced, so styles can localise it.
  const lines = fields.map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`));
  return `@misc{${source.id},\n${lines.join(',\n')}\n}`;
}
