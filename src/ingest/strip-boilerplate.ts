/**
 * Sorts the lines of a web or wire page into what the bulletin says and what the page
 * around it says: breadcrumbs, share bars, footers, related-story lists, photo captions
 * and date stamps. Captions and stamps are kept apart (they are evidence for the date and
 * place) but never reach the body.
 */

/** What one line of a raw page is. */
export type LineRole = 'text' | 'junk' | 'stamp' | 'caption' | 'trailer';

/** A line with its role. */
export interface ClassifiedLine {
  text: string;
  role: LineRole;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?';

/** Whole lines that are site chrome, whatever site they come from. */
const JUNK_LINES: RegExp[] = [
  /^(home|首页)\s*(>|»|>>|\/)/i, // breadcrumbs: "Home > News", "Home>>"
  /^[A-Z]{2,}\s*>\s*\w+$/, // "CHINA> National"
  /^<?\s*sugg?(est|set)\s+to\s+(a\s+)?friend\s*:?\s*>?$/i,
  /^(print|close|email|e-mail|share|tweet|comments?\(?\)?|forum|subscribe|advertisement|loading(\s+comments)?\.*|read more|read full article|view full article\.*|watch video|breaking news|accessibility links|all news|search|what's new|go to top|login to post comments|rate this item|post a comment|no comments:?|latest|tags:?|labels:.*|top|back to top|related|photo|video|more|next|previous)$/i,
  /^(\(?\s*\d+ votes?\s*\)?|\d+)$/i, // vote counts, bare numbers
  /^\d+\s+(year|month|week|day|hour|minute)s?\s+ago$/i,
  /^(email|print|share)\s*\|/i, // "Email | Print | Subscribe | Comments | Forum"
  /comments\(\)\s*print\s*mail/i,
  /^\s*[|•·\-–—~*#=_.]*\s*$/, // lines of bare punctuation: "|", "|||||||||", "..."
  /^!\[[^\]]*\]\([^)]*\)\s*\|?$/, // broken image markup
  /^\(?(photo|image|cover photo|photo credit)s?\s*:/i,
  /^image:\s/i,
  /^(\d+\.\s*)?skip to (main )?(content|main menu|navigation|more .*)$/i,
  /^(an official website of the united states government|official websites use \.gov|a \.gov website belongs|secure \.gov websites use https|a lock \()/i,
  /^(the (below|following) (is|can be) attribut(able|ed) to)/i,
  /^(why you can trust|reading time\s*:|sign up for|manage newsletters|subscribe to|stay up to date|grab this widget|follow .* (live feed|on twitter)|download (our|the) app)/i,
  /^copyright\b|^©|all rights reserved\.?$/i,
  /^(previous page|next page)\b.*\d/i,
  /^\(?(xinhua|agencies|afp|reuters|ap|tass|pti|ani|ians|cgtn|chinadaily\.com\.cn)\)?$/i,
  /^\((with )?(pti|ani|ians|reuters|afp|agencies) inputs?\)$/i,
  /^\(source:?\s*[^)]*\)$/i,
  /^(source|editor|by|posted by|written by|reporter|author)\s*:?\s*$/i,
  /^editor\s*:/i,
  /^([Bb]y\s+)?[A-Z][a-z]+ [A-Z][a-z]+( and [A-Z][a-z]+ [A-Z][a-z]+)?$/, // a byline with no verb: "By James Kim", "Xinlu Liang"
  /^[Bb]y\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}(\s+and\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3})?$/,
  /^[\w-]+\.(jpe?g|png|gif|webp)$/i, // image file names
  /^\d{12,13}$/, // epoch-millisecond stamps are handled as stamps; see STAMP_LINES
  /^(news image|image|photo of the week)$/i,
  /^[•·]?\s*[a-z]{2}-[A-Z]{2}\d?(\s+[a-z]{2}-[A-Z]{2}\d?)*$/, // language switchers "en-GB1 ru-RU1"
  /^(additional materials|advanced settings|consular queries:?)$/i,
  /^\+?\d[\d\s()-]{7,}$/, // phone numbers
  /^(moscow|london|beijing|washington|new york):\s*\d{1,2}:\d{2}$/i, // world clocks
  /^currency rates\b/i,
  /^[$€£¥₽]\s?1\s*[–-]/, // currency widget rows
  /^[A-Z]{3}\s*[–-]\s*[+-]?\d/, // "UZS – -0.68%"
  /^\d+\s?km( to \w+)?$/i,
  /^(via .* feed|<< home|subscribe to post comments.*)$/i,
  /^(questions\?\s*comments\?.*|>>\s*full coverage)$/i,
  /^(editor's column|golden collection|mfa russia news|all tags|archive material|minister sergey lavrov)$/i,
  /^\w+ \d{4} \(\d+\)$/, // archive month counts "October 2018 (14)"
  /^(for immediate release|office of the press secretary|click to print this document)$/i,
  /^the white house,? .*click to print/i,
  /^\(\s*\d+\s*messages?\s*\)$/i,
  /^[A-Z][A-Za-z]+(\s*\/\s*[A-Z][A-Za-z]+)*$/, // one-word section labels: "POLITICS", "Brazil", "China / Diplomacy"
  /^\d{4} news story$/i,
  /^this is a developing story/i,
  /^[\w.]+\s+[-–—]$/, // a source label: "naharnet -"
  /^[\p{Script=Han}\s:：,，·]+$/u, // a line of Chinese characters alone on an English page ("分享按钮", "相关文章")
];

/** Lines that start a list of links to other stories; what follows them is not the bulletin. */
const TRAILER_START: RegExp[] = [
  /^(related (readings?|stories|articles|news|coverage|links)|more (stories|news|updates on)|also read|you may also like|recommended|most (read|popular|viewed)|latest news|top stories|further reading|see also|read also|more from)\b.*:?$/i,
  /^相关/u,
];

/**
 * Header lines written as `key: value` (`Updated: 2013-09-05 16:40`, `date: 2019-06-05`). A page
 * prints them above its story; below the first paragraph of prose such a line is part of the
 * text (a YAML block quoted in a bulletin), never the page's date.
 */
const HEADER_KEY_LINE = /^(updated|published|posted|last updated( at)?|release time|date)\s*:/i;

/** Publication and update stamps: dates of the page, not of the event. */
const STAMP_LINES: RegExp[] = [
  /^(updated|published|posted)\s+\d/i,
  /^source\s*:/i,
  /^\(?(xinhua|cgtn|chinadaily)\)?\s+\d{1,2}:\d{2}/i,
  new RegExp(`^${WEEKDAY},?\\s+${MONTH}\\s+\\d{1,2},?\\s+\\d{4}$`, 'i'), // "Wednesday, March 11, 2009"
  new RegExp(`^${MONTH}\\s+\\d{1,2},?\\s+\\d{4}$`, 'i'), // "May 27, 2013"
  new RegExp(`^\\d{1,2}\\s+${MONTH}\\s+\\d{4}`, 'i'), // "17 July 202018:33", "22 September 2017"
  new RegExp(`^${WEEKDAY}\\s+\\d{1,2}(st|nd|rd|th)?\\s+${MONTH}\\s+\\d{4}$`, 'i'), // "Tue 06th July 2021"
  new RegExp(`^\\d{1,2}:\\d{2},?\\s+${MONTH}\\s+\\d{1,2},?\\s+\\d{4}$`, 'i'), // "08:30, November 15, 2009"
  /^\d{4}[-/]\d{1,2}[-/]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s*(gmt|utc)[+-]?\d*)?(\s*-\s*\w+\s*-?)?$/i, // "2022-03-09 19:47", "2023-07-11 - SPA -"
  /^\d{12,13}$/, // epoch milliseconds
  /^[-–]\s*the .* - .*\d{4}$/i, // masthead "- The Washington Times - Thursday, April 20, 2006"
  /^\[\d{1,2}:\d{2}\s*[ap]\.?m\.?\]$/i,
  /^\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*[a-z]{2,4}$/i, // "7:43 P.M. EDT"
  /^[A-Z][\w ]+ materials \d{1,2} \w+ \d{4}/, // "Georgia Materials 28 April 2010 06:15"
  /^by:?\s*\|?\s*updated:/i,
  /^office of the press secretary, /i,
  /^(posted by|by) .* [-–] \w+ \d{1,2}, \d{4}/i,
  new RegExp(`^${MONTH}\\s+\\d{1,2},?\\s+\\d{4}\\s*$`, 'i'),
];

/** Photo captions: a picture's description with a credit, or a line that says it is a photo. */
const CAPTION_LINES: RegExp[] = [
  /\[(photo|newsphoto)[^\]]*\]\s*\|?$/i,
  /\((xinhua|photo|afp|reuters|ap|cfp)\s*\/[^)]*\)\s*$/i, // "(Xinhua/Xu Jinquan)"
  /\bphoto:\s*(afp|xinhua|reuters|ap|epa|getty|cfp|ic|vcg)\b/i,
  /\(from \w+ video\)$/i,
  new RegExp(`${MONTH}\\s+\\d{1,2},?\\s+\\d{4}\\.?\\s*(\\[[^\\]]*\\])?\\s*\\|\\s*$`, 'i'), // CMS captions: a dated line ending in a pipe
  /^.{0,200}\((\d|1st|2nd|3rd|\d+th)?\s*(l|r|c|left|right|center|centre)\)\s/i, // "Hu Jintao (R) shakes hands"
  /\b(getty images|\/reuters|\/afp|\/ap photo)\s*$/i,
];

function matchesAny(patterns: RegExp[], text: string): boolean {
  return patterns.some((pattern) => pattern.test(text));
}

/**
 * Classifies one line, knowing only whether the story's prose has begun above it (`inBody`):
 * a `key: value` header line is a stamp only above the body.
 */
export function classifyLine(text: string, inBody = false): LineRole {
  const line = text.trim();
  if (matchesAny(TRAILER_START, line)) return 'trailer';
  const stamp = (!inBody && HEADER_KEY_LINE.test(line)) || matchesAny(STAMP_LINES, line);
  if (stamp && (line.length < 120 || /^office of the press secretary/i.test(line))) return 'stamp';
  if (matchesAny(JUNK_LINES, line)) return 'junk';
  if (matchesAny(CAPTION_LINES, line)) return 'caption';
  return 'text';
}

/**
 * Classifies every line of a page. A related-stories list runs from its heading to the next
 * line of real prose; exact repeats of an earlier line (titles and captions printed twice,
 * paragraphs duplicated by a CMS) are junk.
 */
export function classifyLines(lines: string[]): ClassifiedLine[] {
  const seen = new Set<string>();
  const out: ClassifiedLine[] = [];
  let inTrailer = false;
  // Set by the first line of prose: header lines below it are text (see HEADER_KEY_LINE).
  let inBody = false;
  for (const raw of lines) {
    const text = raw.trim();
    if (text === '') continue;
    let role = classifyLine(text, inBody);
    if (role === 'trailer') inTrailer = true;
    else if (inTrailer) {
      // Headline lists are short unpunctuated lines; a real sentence ends the list.
      if (isProse(text)) inTrailer = false;
      else role = 'trailer';
    }
    const key = text.toLowerCase();
    if (role !== 'trailer' && seen.has(key)) role = 'junk';
    seen.add(key);
    if (role === 'text' && isProse(text)) inBody = true;
    out.push({ text, role });
  }
  return out;
}

/** A line of running prose: long enough and ending like a sentence. */
export function isProse(text: string): boolean {
  return text.length >= 80 && /[.!?"”’)]$/.test(text.trim());
}
