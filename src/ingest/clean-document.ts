/**
 * From raw text to a clean document: the header, title, dateline, body paragraphs, and the
 * captions and stamps set aside as evidence. Every later stage reads this, never raw text.
 */
import { parseHeader, type CrawlHeader } from './parse-header.ts';
import { normaliseWhitespace, tidyParagraph, unwrapLines } from './normalise-text.ts';
import { classifyLines, isProse, type ClassifiedLine } from './strip-boilerplate.ts';
import { parseDateline, parseDatelineLine, type Dateline } from './parse-dateline.ts';
import { splitSentences } from './split-sentences.ts';
import { hasEventVerb } from './event-words.ts';

/** A bulletin with the page around it taken away. */
export interface CleanDocument {
  /** The crawl header, when the file had one. */
  header: CrawlHeader;
  /** The page's own title line, when it has one. */
  title?: string;
  /** The body: the bulletin's paragraphs, cleaned, in order. */
  paragraphs: string[];
  /** Photo captions removed from the body (evidence of date and place). */
  captions: string[];
  /** Publication and update stamps removed from the body (dates of the page). */
  stamps: string[];
  /** The dateline the story opened with, removed from the first paragraph. */
  dateline?: Dateline;
  /** The sentence that reports the event: the first with a verb of meeting, or the first. */
  lead: string;
  /** Lines dropped as site chrome, for the record. */
  junk: string[];
}

// A stamp fused to the story on one line: "Updated: 2008-10-28 23:12 MOSCOW -- Chinese ...".
const FUSED_STAMP = /^((?:updated|published|posted)\s*:?\s*\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s+(?=\S.{40,})/i;

/** Turns raw text into a clean document. */
export function cleanDocument(rawText: string): CleanDocument {
  const { header, text } = parseHeader(normaliseWhitespace(rawText));
  const lines = unwrapLines(text.split('\n')).flatMap(splitFusedStamp);
  const classified = classifyLines(lines);
  const captions: string[] = [];
  const stamps: string[] = [];
  const junk: string[] = [];
  const textLines: string[] = [];
  let dateline: Dateline | undefined;
  for (const line of classified) {
    if (line.role === 'caption') captions.push(tidyParagraph(line.text));
    else if (line.role === 'stamp') stamps.push(line.text);
    else if (line.role === 'junk' || line.role === 'trailer') junk.push(line.text);
    else {
      const alone = dateline === undefined && textLines.length <= 2 ? parseDatelineLine(line.text) : undefined;
      if (alone) dateline = alone;
      else textLines.push(tidyParagraph(line.text));
    }
  }
  const title = findTitle(textLines, classified);
  let paragraphs = textLines.filter((line) => line !== title);
  // A breadcrumb fused to the title ("Home Business <title>") goes with the title.
  if (title !== undefined) paragraphs = paragraphs.filter((line) => !isTitleVariant(line, title) && !(line.endsWith(title) && !isProse(line)));
  // The dateline opens the first paragraph of the story (after any deck or byline lines).
  if (dateline === undefined) {
    for (let i = 0; i < Math.min(paragraphs.length, 3); i++) {
      const { dateline: found, rest } = parseDateline(paragraphs[i] ?? '');
      if (found) {
        dateline = found;
        paragraphs[i] = rest;
        break;
      }
    }
  }
  const doc: CleanDocument = { header, paragraphs, captions, stamps, lead: findLead(paragraphs, title), junk };
  if (title !== undefined) doc.title = title;
  if (dateline !== undefined) doc.dateline = dateline;
  return doc;
}

function splitFusedStamp(line: string): string[] {
  const match = FUSED_STAMP.exec(line.trim());
  if (!match) return [line];
  return [match[1] ?? '', line.trim().slice(match[0].length)];
}

const SITE_SUFFIX = /\s+[—–|-]\s+(?:[\w.-]+\.(?:com|uz|cn|org|net|gov|ru|in)|[^—–|]*\b(?:Department of State|Ministry|Xinhua(?:net)?|News|Daily|Times|Post|Online|Agency)\b[^—–|]*)$/;

/**
 * How much of the end of a title line is searched for a site-name suffix. Real suffixes are
 * under a hundred characters; `SITE_SUFFIX` backtracks over everything after each dash, so on
 * a whole line of dashes it was cubic.
 */
const SUFFIX_WINDOW = 200;

/** Removes a site-name suffix (` - Xinhua`, ` | Ministry of ...`) found in the end of a title line. */
function dropSiteSuffix(title: string): string {
  const from = Math.max(0, title.length - SUFFIX_WINDOW);
  const match = SITE_SUFFIX.exec(title.slice(from));
  return match === null ? title : title.slice(0, from + match.index);
}

/** Cleans a title line: site-name suffixes and a leading label in another script go. */
export function tidyTitle(title: string): string {
  return dropSiteSuffix(title)
    .replace(/^[\p{Script=Han}]+\s*[:：]\s*/u, '')
    .replace(/\s*\|\s*$/, '')
    .trim();
}

/**
 * The title is the first short, unpunctuated line before the story's prose. A breadcrumb
 * fused to the title ("Home Business <title>") yields to the clean repeat below it.
 */
function findTitle(textLines: string[], classified: ClassifiedLine[]): string | undefined {
  const firstProse = textLines.findIndex((line) => isProse(line));
  const candidates = textLines.slice(0, firstProse === -1 ? Math.min(textLines.length, 3) : firstProse);
  for (let i = 0; i < candidates.length; i++) {
    const line = tidyTitle(candidates[i] ?? '');
    if (!isTitleShaped(line)) continue;
    // Nothing after it: a lone line is the text, not a title.
    if (textLines.length <= 1) return undefined;
    const next = candidates[i + 1];
    if (next !== undefined && next !== line && line.endsWith(next) && next.split(' ').length >= 4) return tidyTitle(next);
    return line;
  }
  // A title the CMS printed twice, later on, is still the title (pages that open with a caption).
  void classified;
  return undefined;
}

function isTitleShaped(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words >= 3 && words <= 40 && line.length <= 260 && !/[.:;,]$/.test(line) && /^[\p{Lu}"“‘'0-9]/u.test(line);
}

/** A line that repeats the title with small changes (a caption of the same words). */
function isTitleVariant(line: string, title: string): boolean {
  return tidyTitle(line) === title;
}

function findLead(paragraphs: string[], title: string | undefined): string {
  for (const paragraph of paragraphs.slice(0, 4)) {
    for (const sentence of splitSentences(paragraph).slice(0, 3)) {
      if (hasEventVerb(sentence) && /\b[A-Z][a-z]+\b/.test(sentence)) return sentence;
    }
  }
  const first = paragraphs[0];
  if (first !== undefined) return splitSentences(first)[0] ?? first;
  return title ?? '';
}
