/**
 * Word tokens with their offsets, as the name finder needs them: a possessive `'s` is its own
 * token, dotted abbreviations (`U.S.`) stay whole, and each word knows whether it is shaped
 * like a name (`Xi`, `Al-Faisal`, `O'Brien`), an initial (`J`) or an acronym (`CCP`).
 */

/** One token of a text. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lower case, for vocabulary look-ups. */
  lower: string;
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** `word`, `num` (digits) or `punct` (one other character, or a possessive `'s`). */
  kind: 'word' | 'num' | 'punct';
  /** Starts with a capital and has a lower-case letter: `Putin`, `McDonald`, `Al-Faisal`. */
  capitalised: boolean;
  /** A single capital letter: an initial (`J` of `Antony J. Blinken`). */
  initial: boolean;
  /** Two or more capitals and nothing else: an acronym or a word in capitals (`CCP`, `US`, `HE`). */
  acronym: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}][\p{L}\p{M}-]*(?:['’][\p{L}]{2,}[\p{L}\p{M}-]*)*|['’]s\b|\d[\d.,:/-]*|\S/gu;

/** The shape flags of a token (see {@link Token}); the same answers as the Unicode regexes in `shapeByRegex`. */
interface Shape {
  kind: Token['kind'];
  capitalised: boolean;
  initial: boolean;
  acronym: boolean;
}

/** Shape by Unicode property regexes: the definition, used for tokens with a non-ASCII character. */
function shapeByRegex(value: string): Shape {
  const isWord = /^\p{L}/u.test(value) && !/^['’]s$/.test(value);
  return {
    kind: isWord ? 'word' : /^\d/.test(value) ? 'num' : 'punct',
    capitalised: isWord && /^\p{Lu}/u.test(value) && /\p{Ll}/u.test(value),
    initial: isWord && /^\p{Lu}$/u.test(value),
    acronym: isWord && /^[\p{Lu}.]{2,}$/u.test(value),
  };
}

/**
 * Shape of a token. Most tokens are plain ASCII, where a scan of character codes gives the
 * same answers as the Unicode regexes without running four of them per token (tokenising was
 * the parser's largest single cost); any other character falls back to the regexes.
 */
function shapeOf(value: string): Shape {
  let upper = 0;
  let lower = 0;
  let dots = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x80) return shapeByRegex(value);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code === 46) dots++;
  }
  const first = value.charCodeAt(0);
  const firstUpper = first >= 65 && first <= 90;
  const isWord = firstUpper || (first >= 97 && first <= 122);
  if (!isWord) return { kind: first >= 48 && first <= 57 ? 'num' : 'punct', capitalised: false, initial: false, acronym: false };
  return {
    kind: 'word',
    capitalised: firstUpper && lower > 0,
    initial: firstUpper && value.length === 1,
    acronym: value.length >= 2 && upper + dots === value.length,
  };
}

/**
 * Tokens of texts tokenised lately. The people stage tokenises a paragraph for the names it
 * vouches for, then each of its sentences, and a one-sentence paragraph is the same text
 * again; names are tokenised over and over. Tokens are never changed once made, so the same
 * array can be handed out again. Cleared when large, so memory stays bounded.
 */
const recent = new Map<string, readonly Token[]>();
const MAX_RECENT = 4_096;

/** Splits a text into tokens (the array is shared: never change it). */
export function tokenise(text: string): readonly Token[] {
  const known = recent.get(text);
  if (known !== undefined) return known;
  if (recent.size >= MAX_RECENT) recent.clear();
  const tokens = splitTokens(text);
  recent.set(text, tokens);
  return tokens;
}

function splitTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = match.index;
    const shape = shapeOf(value);
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start,
      end: start + value.length,
      kind: shape.kind,
      capitalised: shape.capitalised,
      initial: shape.initial,
      acronym: shape.acronym,
    });
  }
  return tokens;
}

/** A word, as `isTitleCase` counts them. */
const TITLE_WORD = /\p{L}[\p{L}'’-]*/gu;

/** Words a headline leaves in lower case even in title case. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'into', 'over', 'via', 'vs', 'per', 'up']);

/**
 * Whether a line is in title case ("Wang Yi Holds Telephone Talks with ..."), where every
 * capital is typographic and proves nothing about names.
 */
export function isTitleCase(line: string): boolean {
  // One lower-case content word settles it (most prose), so stop there.
  let content = 0;
  for (const [word] of line.matchAll(TITLE_WORD)) {
    if (SMALL_WORDS.has(word.toLowerCase())) continue;
    if (/^\p{Ll}/u.test(word)) return false;
    content++;
  }
  return content >= 3;
}
