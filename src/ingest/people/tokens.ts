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

/** Splits a text into tokens. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = match.index;
    const isWord = /^\p{L}/u.test(value) && !/^['’]s$/.test(value);
    const kind = isWord ? 'word' : /^\d/.test(value) ? 'num' : 'punct';
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start,
      end: start + value.length,
      kind,
      capitalised: isWord && /^\p{Lu}/u.test(value) && /\p{Ll}/u.test(value),
      initial: isWord && /^\p{Lu}$/u.test(value),
      acronym: isWord && /^[\p{Lu}.]{2,}$/u.test(value),
    });
  }
  return tokens;
}

/** Words a headline leaves in lower case even in title case. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'into', 'over', 'via', 'vs', 'per', 'up']);

/**
 * Whether a line is in title case ("Wang Yi Holds Telephone Talks with ..."), where every
 * capital is typographic and proves nothing about names.
 */
export function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const content = words.filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  if (content.length < 3) return false;
  const lower = content.filter((word) => /^\p{Ll}/u.test(word));
  return lower.length === 0;
}
