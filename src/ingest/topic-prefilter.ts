/**
 * A literal prefilter for the registry's topic patterns: for each pattern, the plain words
 * one of which must occur in a text for the pattern to have any chance of matching
 * (`\bIran(?:ian)? nuclear\b|\bJCPOA\b` needs `Iran` or `JCPOA`). Testing a handful of
 * substrings is far cheaper than running every one of a hundred regexes over every bulletin,
 * and the regex still decides: the prefilter only skips patterns that cannot match.
 *
 * The reading of a pattern is deliberately shallow. Each top-level alternative contributes the
 * literal it starts with (after an optional `\b`); an alternative that is a whole `(?i:...)`
 * group contributes its own alternatives, compared case-insensitively. Anything else (an
 * alternative opening with a group, a class or a lookbehind) gives no literal, and then the
 * pattern is always run.
 */

/** What a pattern needs: one of these literals (`null`: no literal is known, always run it). */
export interface Needs {
  /** Literals compared as written. */
  exact: string[];
  /** Literals compared in lower case (from `(?i:...)` groups); ASCII only. */
  folded: string[];
}

/** The top-level alternatives of a regex source (split at `|` outside groups and classes). */
function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** Whether `(` at 0 is closed by the last character of `source` (the group spans it all). */
function isWholeGroup(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return i === source.length - 1;
    }
  }
  return false;
}

const LITERAL_CHAR = /^[A-Za-z0-9 ,'&-]$/;
const ESCAPED_LITERAL = /^[.+\-]$/;
const QUANTIFIER = /^[?*+{]$/;

/** The literal an alternative starts with, after an optional `\b`; '' when there is none. */
function leadingLiteral(alternative: string): string {
  let i = alternative.startsWith('\\b') ? 2 : 0;
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

/** What a pattern needs to match, or `null` when no literal is known for some alternative. */
export function patternNeeds(source: string): Needs | null {
  const needs: Needs = { exact: [], folded: [] };
  const add = (alternatives: string[], folded: boolean): boolean => {
    for (const alternative of alternatives) {
      if (alternative.startsWith('(?i:') && isWholeGroup(alternative)) {
        if (!add(splitAlternatives(alternative.slice(4, -1)), true)) return false;
        continue;
      }
      const literal = leadingLiteral(alternative);
      if (literal === '') return false;
      if (folded) needs.folded.push(literal.toLowerCase());
      else needs.exact.push(literal);
    }
    return true;
  };
  return add(splitAlternatives(source), false) ? needs : null;
}

/**
 * Characters outside ASCII that a case-insensitive Unicode regex matches as an ASCII letter
 * (`ſ` as `s`, the Kelvin sign as `k`) but `toLowerCase` leaves alone: a text holding one is
 * not prefiltered by folded literals.
 */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/** A text prepared for {@link mayMatch}: as written, and in lower case. */
export interface PreparedText {
  text: string;
  lower: string;
  /** Whether folded literals may be trusted for this text (see {@link FOLDS_TO_ASCII}). */
  foldable: boolean;
}

/** Prepares a text for {@link mayMatch}. */
export function prepareText(text: string): PreparedText {
  return { text, lower: text.toLowerCase(), foldable: !FOLDS_TO_ASCII.test(text) };
}

/** Whether a pattern with these needs may match the text (`false`: it certainly cannot). */
export function mayMatch(needs: Needs | null, prepared: PreparedText): boolean {
  if (needs === null) return true;
  if (needs.exact.some((literal) => prepared.text.includes(literal))) return true;
  if (needs.folded.length === 0) return false;
  if (!prepared.foldable) return true;
  return needs.folded.some((literal) => prepared.lower.includes(literal));
}
