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
 * Whether a predicted name names the same person as a gold name. After `toNameTokens` they match
 * when: their tokens are the same in any order (`Lavrov Sergey` / `Sergei Lavrov`); or either is a
 * single token (a surname, `Putin`) equal to the other's first or last token (`Vladimir Putin`,
 * `Xi Jinping`); or the prediction has at least two tokens, all in the gold name (`Luiz Inacio Lula`
 * ⊂ `Luiz Inacio Lula da Silva`); or the gold name has at least two tokens, all in the prediction,
 * whose first and last tokens are the gold name's (middle names only: `George Walker Bush` matches
 * `George Bush`, `Yang Jiechi Meets` does not match `Yang Jiechi`).
 * A name reduced to nothing (`President`) matches nothing.
 */
export function namesMatch(predicted: string, gold: string): boolean {
  const p = toNameTokens(predicted);
  const g = toNameTokens(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (p.length === 1 || g.length === 1) {
    const [short, long] = p.length === 1 ? [p, g] : [g, p];
    const only = short[0];
    return only === long[0] || only === long[long.length - 1];
  }
  if (p.length <= g.length) return isSubMultiset(p, g);
  return isSubMultiset(g, p) && g.includes(p[0] ?? '') && g.includes(p[p.length - 1] ?? '');
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
  // Exact (same-key) pairs are tried first so that, among equally large matchings, the reported
  // pairs are the natural ones (`Barack Obama`=`Barack Obama`, leaving `Obama` as the extra).
  const isExact = (name: string, g: GoldName): boolean =>
    [g.name, ...(g.aliases ?? [])].some((spelling) => toNameKey(spelling) === toNameKey(name));
  const edges = predicted.map((name) => {
    const matching = gold.flatMap((g, gi) => (matchesGoldName(name, g) ? [gi] : []));
    const exact = matching.filter((gi) => isExact(name, gold[gi] as GoldName));
    return [...exact, ...matching.filter((gi) => !exact.includes(gi))];
  });
  const order = predicted
    .map((name, pi) => ({ pi, exact: gold.some((g) => isExact(name, g)) }))
    .sort((a, b) => Number(b.exact) - Number(a.exact) || a.pi - b.pi)
    .map(({ pi }) => pi);
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
  for (const pi of order) tryAssign(pi, gold.map(() => false));
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
