/**
 * `<meta>` tags of a meeting page for machines: Highwire Press tags (read by Google Scholar
 * and reference managers such as Zotero) and Open Graph (link previews).
 *
 * Authorship: a bulletin's author is the agency that issued it (`Xinhua`, `TASS`), a
 * corporate author, never the people it reports on, so `citation_author` is the bulletin's
 * publisher and is left out when the text names none rather than guessed. The archive is the
 * publisher of this web edition (the page at `citation_public_url` is ours), so
 * `citation_publisher` is the archive's name.
 */
import type { DatePrecision } from '../schema/entry.ts';
import { toCitationDate } from './citation.ts';

/** One `<meta>` tag: Highwire tags use `name`, Open Graph tags `property`. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** What the tags of one report page are made from. */
export interface MeetingMetaSource {
  /** The report's title. */
  title: string;
  /** The event's date and precision, when known. */
  date?: string | undefined;
  datePrecision?: DatePrecision | undefined;
  /** The bulletin's own publication date (`YYYY-MM-DD`), when known. */
  published?: string | undefined;
  /** The agency that issued the bulletin, when known. */
  publisher?: string | undefined;
  /** The absolute permalink. */
  permalink: string;
  /** The first paragraph, trimmed (see `toDescription`). */
  description?: string | undefined;
  /** Topic labels. */
  keywords: readonly string[];
  /** The archive's name. */
  siteName: string;
}

/**
 * A date in Highwire's `YYYY/MM/DD` form, only as precise as it is known (`2014/01`,
 * `2014`): Google Scholar accepts a year alone, and a made-up day would be a false claim.
 */
export function toHighwireDate(value: string): string {
  return value.replace(/-/g, '/');
}

/**
 * A description from an entry's Markdown body: its first paragraph, Markdown backslash
 * escapes removed, spaces collapsed, cut at a word boundary to at most `max` characters
 * with an ellipsis; `undefined` for an empty body.
 */
export function toDescription(body: string, max = 200): string | undefined {
  const first = body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1').replace(/\s+/g, ' ').trim())
    .find((paragraph) => paragraph !== '');
  if (first === undefined) return undefined;
  if (first.length <= max) return first;
  const cut = first.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A first "word" longer than half the limit is cut mid-word rather than dropped.
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.]+$/, '')}\u2026`;
}

/** The Highwire Press and Open Graph tags of a report page, in a stable order. */
export function toMeetingMeta(source: MeetingMetaSource): MetaTag[] {
  const date = toCitationDate(source);
  const tags: MetaTag[] = [{ name: 'citation_title', content: source.title }];
  if (source.publisher !== undefined) tags.push({ name: 'citation_author', content: source.publisher });
  if (date !== undefined) {
    const value = toHighwireDate(date.value);
    tags.push({ name: 'citation_publication_date', content: value }, { name: 'citation_date', content: value });
  }
  tags.push(
    { name: 'citation_publisher', content: source.siteName },
    { name: 'citation_public_url', content: source.permalink },
    { name: 'citation_abstract_html_url', content: source.permalink },
    { name: 'citation_fulltext_html_url', content: source.permalink },
    { name: 'citation_language', content: 'en' },
  );
  if (source.keywords.length > 0) tags.push({ name: 'citation_keywords', content: source.keywords.join('; ') });

  tags.push(
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: source.title },
    { property: 'og:url', content: source.permalink },
    { property: 'og:site_name', content: source.siteName },
  );
  if (source.description !== undefined) tags.push({ property: 'og:description', content: source.description });
  if (source.published !== undefined) tags.push({ property: 'article:published_time', content: source.published });
  return tags;
}
