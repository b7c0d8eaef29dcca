/**
 * A literal prefilter for the registry's topic patterns: for each pattern, the plain words
 * one of which must occur in a text for the pattern to have any chance of matching
 * (`\bIran(?:ian)? nuclear\b|\bJCPOA\b` needs a word starting `Ira` or `JCP`). One regex pass
 * over a text finds which of those word starts it holds, so a pattern that cannot match costs
 * a set look-up instead of a regex run over the whole text; whenever the prefilter lets a
 * pattern through, the pattern itself decides.
 *
 * The reading of a pattern is deliberately shallow. Each top-level alternative contributes the
 * literal it starts with, after an optional `\b`; an alternative that is a whole `(?i:...)`
 * group contributes its own alternatives, compared in lower case, and one that opens with a
 * `(?:A|B)` group that must match contributes A's and B's. Anything else (a class, a
 * lookbehind, an optional group) gives no literal, and then the pattern is always run. A
 * literal right after `\b` must start a word of the text (`\b` with the `u` flag knows only
 * ASCII word characters), so it is looked up among word starts; any other literal is searched
 * for as a substring.
 */

/** How many leading characters of a word the index keeps. */
const PREFIX = 3;

/** One literal a pattern may start with. */
export interface Literal {
  /** The literal (lower case when `folded`). */
  text: string;
  /** From a `(?i:...)` group: compared in lower case. */
  folded: boolean;
  /** Preceded by `\b` and starting with a word character: it starts a word of the text. */
  wordStart: boolean;
  /** The start of the literal's first word (up to a non-word character), at most {@link PREFIX} long: what a word of the text must start with. */
  key: string;
}

/** What a pattern needs: one of these literals (`null` instead: no literal is known, always run it). */
export type Needs = Literal[];

/**
 * The characters of a regex source that carry structure (`(`, `)`, `|`, ...): escaped
 * characters and the insides of character classes are skipped, with their indexes.
 */
function* structuralChars(source: string): Generator<[number, string]> {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else yield [i, ch];
  }
}

/** The top-level alternatives of a regex source (split at `|` outside groups and classes). */
function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (const [i, ch] of structuralChars(source)) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** Where the group opened at 0 closes (the index of its `)`), or -1. */
function groupEnd(source: string): number {
  let depth = 0;
  for (const [i, ch] of structuralChars(source)) {
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

const LITERAL_CHAR = /^[A-Za-z0-9 ,'&-]$/;
const ESCAPED_LITERAL = /^[.+\-]$/;
const QUANTIFIER = /^[?*+{]$/;

/** The literal an alternative starts with; '' when there is none. */
function leadingLiteral(alternative: string): string {
  let i = 0;
  let literal = '';
  while (i < alternative.length) {
    const ch = alternative[i] ?? '';
    if (ch === '\\' && ESCAPED_LITERAL.test(alternative[i + 1] ?? '')) {
      literal += alternative[i + 1];
      i += 2;
      continue;
    }
    if (!LITERAL_CHAR.test(ch)) break;
    literal += ch;
    i++;
  }
  // A quantifier after the literal makes its last character optional (`Uyghurs?`).
  if (QUANTIFIER.test(alternative[i] ?? '')) literal = literal.slice(0, -1);
  return literal;
}

/** A quantifier that lets a group match nothing: what follows the group is then no prefix. */
const MAY_SKIP = /^[?*{]$/;

/** What a pattern needs to match, or `null` when no literal is known for some alternative. */
export function patternNeeds(source: string): Needs | null {
  const needs: Needs = [];
  // `boundary`: a `\b` stands right before these alternatives.
  const add = (alternatives: string[], folded: boolean, boundary: boolean): boolean => {
    for (const alternative of alternatives) {
      const bounded = boundary || alternative.startsWith('\\b');
      const rest = alternative.startsWith('\\b') ? alternative.slice(2) : alternative;
      // `(?i:A|B)` as the whole alternative: its alternatives, in lower case.
      if (rest.startsWith('(?i:') && groupEnd(rest) === rest.length - 1) {
        if (!add(splitAlternatives(rest.slice(4, -1)), true, bounded)) return false;
        continue;
      }
      // `(?:A|B)…` that must match: each of A and B starts the text matched.
      const close = rest.startsWith('(?:') ? groupEnd(rest) : -1;
      if (close !== -1 && !MAY_SKIP.test(rest[close + 1] ?? '')) {
        if (!add(splitAlternatives(rest.slice(3, close)), folded, bounded)) return false;
        continue;
      }
      const literal = leadingLiteral(rest);
      if (literal === '') return false;
      const text = folded ? literal.toLowerCase() : literal;
      const firstWord = /^\w+/.exec(text)?.[0] ?? '';
      needs.push({ text, folded, wordStart: bounded && firstWord !== '', key: firstWord.slice(0, PREFIX) });
    }
    return true;
  };
  return add(splitAlternatives(source), false, false) ? needs : null;
}

/**
 * Characters outside ASCII that a case-insensitive Unicode regex matches as an ASCII letter
 * (`ſ` as `s`, the Kelvin sign as `k`) but `toLowerCase` leaves alone, or that `toLowerCase`
 * turns into an ASCII letter (`İ`): a text holding one is not prefiltered by folded literals.
 */
const FOLDS_TO_ASCII = /[\u017f\u212a\u0130]/;

/** The scanners for a set of patterns: one regex finding the words that start with any key. */
export interface Prefilter {
  /** Matches where a word starts with a key of an exact literal; `null` when there is none. */
  exact: RegExp | null;
  /** The same for folded literals, run over the lower-case text. */
  folded: RegExp | null;
}

/** A regex matching at the start of a word that begins with one of `keys`. */
function startScanner(keys: ReadonlySet<string>): RegExp | null {
  if (keys.size === 0) return null;
  // Keys are word characters only (`\w`), so they need no escaping.
  return new RegExp(`(?<!\\w)(?:${[...keys].join('|')})`, 'g');
}

/** Builds the scanners for the needs of every pattern that will be prefiltered. */
export function toPrefilter(all: readonly (Needs | null)[]): Prefilter {
  const exact = new Set<string>();
  const folded = new Set<string>();
  for (const needs of all) for (const literal of needs ?? []) if (literal.wordStart) (literal.folded ? folded : exact).add(literal.key);
  return { exact: startScanner(exact), folded: startScanner(folded) };
}

/** A text prepared for {@link mayMatch}: as written, in lower case, and the key-length starts of its words. */
export interface PreparedText {
  text: string;
  lower: string;
  /** The first one to three characters of every word that starts with a key, as written. */
  starts: Set<string>;
  /** The same, of the lower-case text. */
  lowerStarts: Set<string>;
  /** Whether folded literals may be trusted for this text (see {@link FOLDS_TO_ASCII}). */
  foldable: boolean;
}

const WORD_CODE = /\w/;

/**
 * The prefixes of one to {@link PREFIX} word characters of every word of `text` the scanner
 * finds: one regex pass, where adding every prefix of every word cost more than the patterns.
 */
function wordStarts(text: string, scanner: RegExp | null): Set<string> {
  const starts = new Set<string>();
  if (scanner === null) return starts;
  for (const match of text.matchAll(scanner)) {
    for (let length = 1; length <= PREFIX; length++) {
      if (!WORD_CODE.test(text[match.index + length - 1] ?? '')) break;
      starts.add(text.slice(match.index, match.index + length));
    }
  }
  return starts;
}

/** Prepares a text for {@link mayMatch} with the scanners of {@link toPrefilter}. */
export function prepareText(text: string, prefilter: Prefilter): PreparedText {
  const lower = text.toLowerCase();
  return {
    text,
    lower,
    starts: wordStarts(text, prefilter.exact),
    lowerStarts: wordStarts(lower, prefilter.folded),
    foldable: !FOLDS_TO_ASCII.test(text),
  };
}

/** Whether the text may hold `literal` (`false`: it certainly does not). */
function mayHold(literal: Literal, prepared: PreparedText): boolean {
  if (literal.folded && !prepared.foldable) return true;
  if (literal.wordStart) return (literal.folded ? prepared.lowerStarts : prepared.starts).has(literal.key);
  return (literal.folded ? prepared.lower : prepared.text).includes(literal.text);
}

/** Whether a pattern with these needs may match the text (`false`: it certainly cannot). */
export function mayMatch(needs: Needs | null, prepared: PreparedText): boolean {
  return needs === null || needs.some((literal) => mayHold(literal, prepared));
}
