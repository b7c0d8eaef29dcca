/**
 * Person-name matching for the evaluation: decides whether a name the parser produced names the
 * same person as a gold participant, tolerating the ways one name is written differently across
 * bulletins (transliteration, order, case, diacritics, punctuation, titles and initials).
 * Pure: strings in, values out.
 */

/** Titles and offices that precede a name in running text (`Foreign Minister Wang Yi`); stripped from the front only. */
const LEADING_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'madame', 'mme', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord',
  'lady', 'hon', 'honourable', 'honorable', 'he', 'his', 'her', 'excellency', 'majesty', 'highness', 'royal',
  'president', 'vice', 'premier', 'chancellor', 'secretary', 'minister', 'ambassador', 'prince', 'princess', 'king',
  'queen', 'crown', 'sheikh', 'shaikh', 'sheikha', 'emir', 'amir', 'general', 'senator', 'governor', 'comrade',
  'state', 'councilor', 'councillor', 'foreign', 'prime', 'deputy', 'chairman', 'first', 'of', 'the',
]);

/** Generational suffixes stripped from the end (`George Bush Jr.`). */
const TRAILING_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Name particles dropped anywhere (`Lula da Silva`, `Saud Al-Faisal`, `bin Farhan`), on both sides alike.
 * Short East-Asian surnames that look like particles (`Le`, `Do`, `Du`, `Di`) are deliberately absent.
 */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'binti', 'da', 'de', 'dos', 'das', 'von', 'van', 'der']);

/**
 * Folds one lower-case ASCII token so that common romanisations of one name coincide:
 * Sergei/Sergey, Yuri/Yury/Yuriy, Dmitri/Dmitry/Dmitrii, Yevgeny/Evgeniy, Alexei/Aleksey,
 * Roesler/Rösler (after diacritics are gone), Gennady/Genady.
 */
function foldToken(token: string): string {
  return token
    .replace(/(?:iy|yy|ii|ij|yi|yj)$/, 'i')
    .replace(/^ye/, 'e')
    .replace(/y/g, 'i')
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    // German umlaut digraphs (oe, ae, ue ≈ ö, ä, ü); `ue` after j/q/x(ks)/i/vowels is pinyin (Yue, Xue), so kept.
    .replace(/oe/g, 'o')
    .replace(/ae/g, 'a')
    .replace(/([^aeiouijqs])ue/g, '$1u')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Splits a name into folded, comparable tokens: case, diacritics, dots, hyphens, commas and
 * possessive `'s` removed; leading titles, trailing suffixes, particles and single-letter
 * initials dropped (unless nothing else is left). `'Dr. S. Jaishankar'` → `['jaishankar']`.
 */
export function toNameTokens(name: string): string[] {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/['’](?:s\b)?/g, '');
  let tokens = ascii.split(/[^a-z0-9]+/).filter((t) => t !== '');
  while (tokens.length > 1 && LEADING_TITLES.has(tokens[0] ?? '')) tokens = tokens.slice(1);
  if (tokens.length === 1 && LEADING_TITLES.has(tokens[0] ?? '')) return [];
  while (tokens.length > 1 && TRAILING_SUFFIXES.has(tokens[tokens.length - 1] ?? '')) tokens = tokens.slice(0, -1);
  const withoutParticles = tokens.filter((t) => !PARTICLES.has(t));
  if (withoutParticles.length > 0) tokens = withoutParticles;
  const withoutInitials = tokens.filter((t) => t.length > 1);
  if (withoutInitials.length > 0) tokens = withoutInitials;
  return tokens.map(foldToken);
}

/** A canonical string for a name: its tokens sorted, so `Lavrov Sergey` and `Sergei Lavrov` share one key. */
export function toNameKey(name: string): string {
  return [...toNameTokens(name)].sort().join(' ');
}

/** True when every token of `small` occurs in `large`, counting repeats. */
function isSubMultiset(small: readonly string[], large: readonly string[]): boolean {
  const pool = [...large];
  for (const token of small) {
    const at = pool.indexOf(token);
    if (at === -1) return false;
    pool.splice(at, 1);
  }
  return true;
}

/**
 * Whether two names plausibly name the same person. They match when, after `toNameTokens`:
 * their tokens are the same in any order; or one is a single token (a surname, `Putin`) equal to
 * the other's first or last token (`Vladimir Putin`, `Xi Jinping`); or the shorter has at least
 * two tokens, all found in the longer (`Lula da Silva` ⊂ `Luiz Inacio Lula da Silva`).
 * A name reduced to nothing (`President`) matches nothing.
 */
export function namesMatch(a: string, b: string): boolean {
  const ta = toNameTokens(a);
  const tb = toNameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 1) {
    const only = short[0];
    return only === long[0] || only === long[long.length - 1];
  }
  return isSubMultiset(short, long);
}

/** A gold participant as the matcher needs it: the name as spelled in the text and any other accepted spellings. */
export interface GoldName {
  /** The name as the gold label gives it. */
  name: string;
  /** Other spellings that also count. */
  aliases?: readonly string[] | undefined;
}

/** The outcome of pairing predicted names with gold names one to one. */
export interface NameMatching {
  /** `[predictedIndex, goldIndex]` pairs, at most one per predicted and per gold name. */
  pairs: [number, number][];
  /** Indexes of gold names no predicted name was paired with (false negatives). */
  missed: number[];
  /** Indexes of predicted names paired with no gold name (false positives, including duplicates). */
  extra: number[];
}

/** Whether a predicted name matches a gold participant's name or one of its aliases. */
export function matchesGoldName(predicted: string, gold: GoldName): boolean {
  return namesMatch(predicted, gold.name) || (gold.aliases ?? []).some((alias) => namesMatch(predicted, alias));
}

/**
 * Pairs predicted names with gold names one to one, as many pairs as possible (maximum bipartite
 * matching, Kuhn's augmenting paths), so a predicted name counts for at most one gold participant
 * and a duplicate prediction is an extra.
 */
export function matchNames(predicted: readonly string[], gold: readonly GoldName[]): NameMatching {
  const edges = predicted.map((name) => gold.flatMap((g, gi) => (matchesGoldName(name, g) ? [gi] : [])));
  const goldOwner: (number | undefined)[] = gold.map(() => undefined);
  const tryAssign = (pi: number, seen: boolean[]): boolean => {
    for (const gi of edges[pi] ?? []) {
      if (seen[gi]) continue;
      seen[gi] = true;
      const owner = goldOwner[gi];
      if (owner === undefined || tryAssign(owner, seen)) {
        goldOwner[gi] = pi;
        return true;
      }
    }
    return false;
  };
  predicted.forEach((_, pi) => tryAssign(pi, gold.map(() => false)));
  const pairs: [number, number][] = [];
  goldOwner.forEach((pi, gi) => {
    if (pi !== undefined) pairs.push([pi, gi]);
  });
  pairs.sort((x, y) => x[0] - y[0]);
  const pairedPredicted = new Set(pairs.map(([pi]) => pi));
  return {
    pairs,
    missed: gold.flatMap((_, gi) => (goldOwner[gi] === undefined ? [gi] : [])),
    extra: predicted.flatMap((_, pi) => (pairedPredicted.has(pi) ? [] : [pi])),
  };
}
