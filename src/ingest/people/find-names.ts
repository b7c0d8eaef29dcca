/**
 * Finds the people one sentence names, each as a unit of the text: the office phrase before the
 * name (`Russian Foreign Minister`, `his Chinese counterpart`), the name, and an apposition
 * (`The Premier of China's State Council, Li Qiang,` / `Sergei Prikhodko, Putin's foreign policy
 * adviser,`). Offices written without a name (`the Chinese leader`) are units too, so that the
 * event reader can tell an unnamed party from no party and resolve it later.
 *
 * A run of capitalised words is a name when the text vouches for it: an office or honorific
 * before it, an apposition after it, two or more name-shaped words that are not a place, or a
 * lone word that names someone elsewhere in the document, or that speaks or meets (`Putin said`).
 */
import { countryCode } from '../vocabulary/countries.ts';
import { isPlaceName } from './places.ts';
import { countryOfPhrase, normaliseRole } from './roles.ts';
import { tokenise, type Token } from './tokens.ts';
import { HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, PERSON_VERBS, ROLE_HEADS, ROLE_MODIFIERS } from './vocabulary.ts';

/** How the text vouches that a run of capitalised words names a person. */
export type Evidence = 'titled' | 'apposition' | 'full' | 'known' | 'context';

/** A person, or an office standing for one, as one sentence writes it. */
export interface NameUnit {
  /** Offset where the unit (office phrase, name, apposition) starts in the sentence. */
  start: number;
  /** Offset after the unit. */
  end: number;
  /** The name as written, honorifics and initial dots kept as written; absent for an office alone. */
  name?: string;
  /** The office phrase as written, when there is one. */
  rolePhrase?: string;
  /** The office, normalised (`Foreign Minister`). */
  role?: string;
  /** ISO code of the country the office phrase (or `of <country>` after the name) gives. */
  country?: string;
  /** Followed by a possessive `'s` (`Mishustin's meeting with`). */
  possessive: boolean;
  /** Why the run counts as a name (absent for an office alone). */
  evidence?: Evidence;
  /** An office in the plural or a group (`his counterparts`, `the two leaders`): not one person. */
  group: boolean;
  /** The office is introduced by a possessive pronoun (`his Russian counterpart`). */
  counterpart: boolean;
}

/** What the whole document tells about names, for reading one sentence. */
export interface NameContext {
  /** Lower-case words of names the document vouches for elsewhere (`xi`, `jinping`). */
  knownTokens: ReadonlySet<string>;
  /** The sentence is a title-case headline: only known words can be names. */
  titleCase: boolean;
}

/** Heads that make a unit on their own, without a name (`the Chinese leader`). */
const STANDALONE_HEADS = new Set([
  'president', 'vice-president', 'premier', 'vice-premier', 'chancellor', 'minister', 'secretary', 'councilor',
  'councillor', 'counterpart', 'counterparts', 'leader', 'leaders', 'king', 'queen', 'prince', 'emir', 'spokesperson',
  'spokesman', 'spokeswoman', 'ambassador', 'envoy', 'diplomat', 'diplomats', 'governor', 'senator', 'mayor', 'fm',
  'pm', 'ministers', 'officials', 'parliamentarians', 'lawmakers',
]);
const GROUP_HEADS = new Set(['counterparts', 'leaders', 'ministers', 'officials', 'diplomats', 'parliamentarians', 'lawmakers']);

/** Words before a lone name that show it is a person (`met Putin`, `with Obama`). */
const PERSON_BEFORE = new Set(['met', 'meets', 'greeted', 'greets', 'received', 'receives', 'hosted', 'welcomed', 'welcomes', 'congratulated', 'told', 'invited', 'thanked', 'called', 'phoned', 'telephoned']);

/** Whether a token may be a word of a person's name. */
function isNameWord(token: Token | undefined, context: NameContext, index: number, tokens?: readonly Token[]): boolean {
  if (token === undefined || token.kind !== 'word' || !token.capitalised) return false;
  // "and He Lifeng": the pronoun is a surname when a name word follows it inside a sentence.
  if (token.text === 'He' && index > 0 && tokens !== undefined && !context.titleCase) {
    const next = tokens[index + 1];
    const previous = tokens[index - 1];
    if (next && next.capitalised && !NOT_NAME_WORDS.has(next.lower) && previous && !['.', '"', '“'].includes(previous.text)) return true;
  }
  const lower = token.lower;
  if (context.titleCase) return context.knownTokens.has(lower) || context.knownTokens.has(stripFusedAnd(lower));
  if (NOT_NAME_WORDS.has(lower)) return false;
  if (countryCode(token.text) !== undefined) return false;
  // "China-Europe", "Anti-Fascist", "Six-Party": a compound of a country or a common word is no name.
  if (lower.includes('-') && lower.split('-').some((part) => countryCode(part) !== undefined || (NOT_NAME_WORDS.has(part) && !NAME_PARTICLES.has(part)) || /^(?:anti|pro|non|co|ex|post|pre)$/.test(part))) return false;
  return true;
}

/** Whether the run `[a, b)` sits inside a stretch of capitalised words (a headline run into prose). */
function inCapitalisedStretch(tokens: readonly Token[], a: number, b: number): boolean {
  const neighbours = [tokens[a - 2], tokens[a - 1], tokens[b], tokens[b + 1]].filter((t): t is Token => t !== undefined && t.kind === 'word');
  return neighbours.length >= 3 && neighbours.filter((t) => /^\p{Lu}/u.test(t.text)).length >= 3;
}

/** "Jinpingand" (a typo fusing "and" to a name) → "jinping". */
function stripFusedAnd(lower: string): string {
  return lower.endsWith('and') ? lower.slice(0, -3) : lower;
}

/** Whether a token is an office word or may stand inside an office phrase. */
function isRoleWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const lower = token.lower.replace(/\.$/, '');
  if (ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower) || HONORIFICS.has(lower)) return true;
  if (token.acronym) return true;
  if (token.capitalised && countryCode(token.text) !== undefined) return true;
  return lower.split('-').some((part) => ROLE_HEADS.has(part));
}

function hasRoleHead(tokens: readonly Token[]): boolean {
  return tokens.some((t) => {
    const lower = t.lower.replace(/\.$/, '');
    return ROLE_HEADS.has(lower) || lower.split('-').some((part) => ROLE_HEADS.has(part));
  });
}

/** The office phrase that ends right before token `end` (exclusive), as a token range. */
function roleBefore(tokens: readonly Token[], end: number): [number, number] | undefined {
  let j = end - 1;
  let start = end;
  while (j >= 0) {
    const token = tokens[j];
    if (token === undefined) break;
    if (token.text === '.' && j > 0 && isAbbreviation(tokens[j - 1])) {
      start = j - 1;
      j -= 2;
      continue;
    }
    if (token.text === ')') {
      const open = tokens.slice(Math.max(0, j - 5), j).map((t) => t.text).lastIndexOf('(');
      if (open === -1) break;
      const at = Math.max(0, j - 5) + open;
      if (!tokens.slice(at + 1, j).every((t) => t.acronym || t.text === '-' || t.kind === 'word')) break;
      start = at;
      j = at - 1;
      continue;
    }
    if (token.text === "'s" || token.text === '’s') {
      const owner = tokens[j - 1];
      if (owner && owner.kind === 'word' && (countryCode(owner.text) !== undefined || ROLE_MODIFIERS.has(owner.lower))) {
        start = j - 1;
        j -= 2;
        continue;
      }
      break;
    }
    // A country of two words ("South Korean", "New Zealand").
    const pair = tokens[j - 1];
    if (!isRoleWord(token) && pair && pair.kind === 'word' && token.kind === 'word' && countryCode(`${pair.text} ${token.text}`) !== undefined) {
      start = j - 1;
      j -= 2;
      continue;
    }
    if (!isRoleWord(token)) break;
    start = j;
    j -= 1;
  }
  // Trim leading words that only join the phrase to the sentence.
  while (start < end && ['the', 'of', 'and', 'for', 'on', 'as'].includes(tokens[start]?.lower ?? '')) start++;
  if (start >= end) return undefined;
  const phrase = tokens.slice(start, end);
  const honorificOnly = phrase.every((t) => HONORIFICS.has(t.lower.replace(/\.$/, '')) || t.text === '.') && phrase.some((t) => !['his', 'her'].includes(t.lower) && t.text !== '.');
  // Without an office, only a demonym or country right before the name counts ("Russian Vladimir Putin", "China's Xi").
  const countryOnly = phrase.length <= 3 && phrase.some((t) => countryCode(t.text) !== undefined) && phrase.every((t) => countryCode(t.text) !== undefined || t.text === "'s" || t.text === '’s' || t.acronym);
  if (!hasRoleHead(phrase) && !honorificOnly && !countryOnly) return undefined;
  return [start, end];
}

function isAbbreviation(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return token.initial || HONORIFICS.has(token.lower) || ['gen', 'lt', 'col', 'st', 'sen', 'gov'].includes(token.lower);
}

/** A capitalised word that alone names a sizeable place (`Moscow`, `Shanghai`). */
function isPlaceWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.capitalised && isPlaceName(token.text);
}

/** The text from token `a` to token `b` (exclusive). */
function span(text: string, tokens: readonly Token[], a: number, b: number): string {
  const first = tokens[a];
  const last = tokens[b - 1];
  if (!first || !last) return '';
  return text.slice(first.start, last.end);
}

/** A run of name words starting at token `i`: its end (exclusive), or `i` when none. */
function nameRunEnd(tokens: readonly Token[], i: number, context: NameContext): number {
  let j = i;
  let lastName = -1;
  while (j < tokens.length) {
    const token = tokens[j];
    if (token === undefined) break;
    if (isNameWord(token, context, j, tokens)) {
      lastName = j;
      j += 1;
      // "Jinpingand": the name ends inside this word.
      if (!context.knownTokens.has(token.lower) && token.lower.endsWith('and') && context.knownTokens.has(stripFusedAnd(token.lower))) break;
      continue;
    }
    const next = tokens[j + 1];
    // A regnal number after a name ("Felipe VI").
    if (lastName === j - 1 && /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/.test(token.text)) {
      lastName = j;
      j += 1;
      continue;
    }
    // An initial, with or without its stop, inside a name ("Antony J. Blinken", "S Jaishankar").
    if (token.initial && token.lower !== 'i' && token.lower !== 'a') {
      const after = next?.text === '.' ? tokens[j + 2] : next;
      if (after && (isNameWord(after, context, j + 1) || after.initial)) {
        j += next?.text === '.' ? 2 : 1;
        continue;
      }
    }
    // A particle between name words ("Lula da Silva", "bin Farhan").
    if (lastName !== -1 && token.kind === 'word' && NAME_PARTICLES.has(token.lower) && isNameWord(next, context, j + 1)) {
      j += 1;
      continue;
    }
    break;
  }
  return lastName === -1 ? i : lastName + 1;
}

/** The name words of a run, typo-fused "and" removed. */
function runName(text: string, tokens: readonly Token[], a: number, b: number, context: NameContext): string {
  let name = span(text, tokens, a, b);
  const last = tokens[b - 1];
  if (last && !context.knownTokens.has(last.lower) && last.lower.endsWith('and') && context.knownTokens.has(stripFusedAnd(last.lower))) {
    name = name.slice(0, name.length - 3);
  }
  return name;
}

/** Counts the words of a name that are neither initials nor particles. */
function fullWords(tokens: readonly Token[], a: number, b: number): number {
  return tokens.slice(a, b).filter((t) => t.kind === 'word' && t.capitalised && !t.initial).length;
}

/** An apposition after the name: `, member of the Political Bureau ...,`; returns its token range. */
function appositionAfter(tokens: readonly Token[], end: number, context: NameContext): [number, number] | undefined {
  if (tokens[end]?.text !== ',') return undefined;
  let j = end + 1;
  let sawHead = false;
  const limit = Math.min(tokens.length, end + 30);
  for (; j < limit; j++) {
    const token = tokens[j];
    if (token === undefined) break;
    if ([',', ';', '.', ':', '"', '“', '”'].includes(token.text)) break;
    if (isNameWord(token, context, j) && !sawHead) {
      // "Putin's foreign policy adviser": a possessive owner may open the apposition.
      if (tokens[j + 1]?.text === "'s" || tokens[j + 1]?.text === '’s') {
        j += 1;
        continue;
      }
      const runEnd = nameRunEnd(tokens, j, context);
      if (runEnd > j && !isRoleWord(token)) return undefined;
    }
    if (sawHead && isNameWord(token, context, j) && nameRunEnd(tokens, j, context) > j) return undefined;
    const lower = token.lower;
    if (ROLE_HEADS.has(lower) || lower.split('-').some((part) => ROLE_HEADS.has(part))) sawHead = true;
    if (!sawHead && j - end > 8) return undefined;
    if (token.kind === 'word' && !token.capitalised && !ROLE_MODIFIERS.has(lower) && !ROLE_HEADS.has(lower) && !['of', 'the', 'and', 'a', 'an', 'for', 'policy', 'affairs'].includes(lower) && !sawHead && j - end > 4) return undefined;
  }
  return sawHead ? [end + 1, j] : undefined;
}

/** `of Russia`, `of the US` after a name: the country and the token after it. */
function countryAfter(tokens: readonly Token[], end: number): [string, number] | undefined {
  if (tokens[end]?.lower !== 'of') return undefined;
  let j = end + 1;
  if (tokens[j]?.lower === 'the') j += 1;
  for (let length = 4; length >= 1; length--) {
    const words = tokens.slice(j, j + length);
    if (words.length < length || !words.every((t) => t.kind === 'word')) continue;
    const phrase = words.map((t) => t.text).join(' ');
    const code = countryCode(phrase);
    if (code !== undefined && /^\p{Lu}/u.test(phrase)) return [code, j + length];
  }
  return undefined;
}

/**
 * Finds the people and offices one sentence names, left to right.
 * `findUnits("Russian Foreign Minister Sergey Lavrov met Wang Yi.", ctx)` → two units, the first
 * with role `Foreign Minister` and country `RU`.
 */
export function findUnits(text: string, context: NameContext): NameUnit[] {
  const tokens = tokenise(text);
  const units: NameUnit[] = [];
  const used = new Array<boolean>(tokens.length).fill(false);
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    const startsName = token !== undefined && (isNameWord(token, context, i, tokens) || (token.initial && token.lower !== 'a' && token.lower !== 'i'));
    const end = startsName ? nameRunEnd(tokens, i, context) : i;
    if (end <= i) {
      i += 1;
      continue;
    }
    // "Moscow Hu" (a headline run together): a place at either edge of an untitled run is not part of the name.
    let first = i;
    let last = end;
    if (roleBefore(tokens, i) === undefined) {
      while (last - first > 1 && isPlaceWord(tokens[first])) first += 1;
      while (last - first > 1 && isPlaceWord(tokens[last - 1])) last -= 1;
    }
    const unit = readUnit(text, tokens, first, last, context);
    if (unit) {
      units.push(unit);
      markCovered(tokens, used, unit);
    }
    i = end;
  }
  units.push(...findOffices(text, tokens, used, context));
  return units.sort((a, b) => a.start - b.start);
}

/**
 * Marks the tokens lying inside `unit` as used. Tokens are in text order, so those inside are
 * one contiguous range, found by binary search: a scan of every token per unit would make a
 * long sentence with many names quadratic.
 */
function markCovered(tokens: readonly Token[], used: boolean[], unit: Pick<NameUnit, 'start' | 'end'>): void {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle]?.start ?? 0) < unit.start) low = middle + 1;
    else high = middle;
  }
  for (let k = low; k < tokens.length && (tokens[k]?.end ?? 0) <= unit.end; k++) used[k] = true;
}

/** Reads the unit around the name run `[a, b)`, or nothing when the text does not vouch for a name. */
function readUnit(text: string, tokens: readonly Token[], a: number, b: number, context: NameContext): NameUnit | undefined {
  const name = runName(text, tokens, a, b, context);
  let start = tokens[a]?.start ?? 0;
  let end = tokens[b - 1]?.end ?? 0;
  let rolePhrase: string | undefined;
  let country: string | undefined;
  let counterpart = false;
  let evidence: Evidence | undefined;
  let officeBefore = false;

  const before = roleBefore(tokens, a);
  if (before) {
    rolePhrase = span(text, tokens, before[0], before[1]);
    start = tokens[before[0]]?.start ?? start;
    const pronoun = tokens[before[0] - 1];
    if (pronoun && ['his', 'her', 'their', 'its'].includes(pronoun.lower)) {
      counterpart = true;
      start = pronoun.start;
    }
    // "China's Xi" vouches for a name; "Tajikistan's Dushanbe" does not: a lone word needs more.
    const countryOnly = !hasRoleHead(tokens.slice(before[0], before[1])) && !tokens.slice(before[0], before[1]).some((t) => HONORIFICS.has(t.lower.replace(/\.$/, '')));
    officeBefore = !countryOnly;
    if (!countryOnly || fullWords(tokens, a, b) >= 2) evidence = 'titled';
  }
  // "The Premier of China's State Council, Li Qiang," / "his counterpart, President Jakaya Kikwete".
  const comma = before ? before[0] - 1 : a - 1;
  if (tokens[comma]?.text === ',') {
    const earlier = roleBefore(tokens, comma);
    if (earlier && hasRoleHead(tokens.slice(earlier[0], earlier[1]))) {
      const opener = tokens[earlier[0] - 1];
      const introduced = opener === undefined || ['the', 'his', 'her', 'their', 'its', 'with', 'to', 'met', 'by'].includes(opener.lower) || ['the', 'his', 'her'].includes(tokens[earlier[0]]?.lower ?? '');
      const closes = [',', '.', ';', undefined].includes(tokens[b]?.text) || tokens[b]?.text === "'s";
      if (introduced && (closes || before === undefined)) {
        const earlierPhrase = span(text, tokens, earlier[0], earlier[1]);
        const directIsHonorific = before !== undefined && tokens.slice(before[0], before[1]).every((t) => t.text === '.' || (HONORIFICS.has(t.lower) && !['president', 'king', 'queen', 'emir'].includes(t.lower)));
        rolePhrase = before && !directIsHonorific ? rolePhrase : earlierPhrase;
        country = countryOfPhrase(earlierPhrase);
        if (opener && ['his', 'her', 'their', 'its'].includes(opener.lower)) counterpart = true;
        start = (opener && ['the', 'his', 'her', 'their', 'its'].includes(opener.lower) ? opener.start : tokens[earlier[0]]?.start) ?? start;
        evidence = 'apposition';
        officeBefore = true;
        if (tokens[b]?.text === ',') end = tokens[b]?.end ?? end;
      }
    }
  }
  const honorificBefore = before !== undefined && !hasRoleHead(tokens.slice(before[0], before[1]).filter((t) => !HONORIFICS.has(t.lower.replace(/\.$/, ''))));
  const after = (before === undefined && evidence === undefined) || (honorificBefore && evidence === 'titled') ? appositionAfter(tokens, b, context) : undefined;
  if (after) {
    rolePhrase = span(text, tokens, after[0], after[1]);
    evidence = 'apposition';
    end = tokens[after[1] - 1]?.end ?? end;
    if (tokens[after[1]]?.text === ',') end = tokens[after[1]]?.end ?? end;
  }
  const of = countryAfter(tokens, b);
  if (of) {
    country = of[0];
    end = Math.max(end, tokens[of[1] - 1]?.end ?? end);
  }
  if (rolePhrase !== undefined) country = countryOfPhrase(rolePhrase) ?? country;
  // "China's Xi", "Russia's Putin": a country possessive without an office.
  const owner = tokens[a - 2];
  if (country === undefined && (tokens[a - 1]?.text === "'s" || tokens[a - 1]?.text === '’s') && owner && countryCode(owner.text) !== undefined) {
    country = countryCode(owner.text);
  }

  const words = fullWords(tokens, a, b);
  const lowerWords = tokens.slice(a, b).filter((t) => t.kind === 'word').map((t) => stripFusedAnd(t.lower));
  const known = lowerWords.some((w) => context.knownTokens.has(w));
  if (evidence === undefined) {
    if (words >= 2 && !isPlaceName(name) && (known || !inCapitalisedStretch(tokens, a, b))) evidence = 'full';
    else if (words === 1 && known) evidence = 'known';
    else if (words === 1 && !isPlaceName(name) && !tokens[a]?.acronym) {
      const next = tokens[b];
      const previous = tokens[a - 1];
      const speaks = next !== undefined && next.kind === 'word' && PERSON_VERBS.has(next.lower) && next.lower !== 'and';
      const met = previous !== undefined && (PERSON_BEFORE.has(previous.lower) || (previous.lower === 'with' && a >= 2));
      if (speaks || met) evidence = 'context';
    }
  }
  if (evidence === undefined || words === 0) return undefined;
  // "Washington, DC": a lone place word is a person only when an office stands before it.
  if (words === 1 && !officeBefore && isPlaceName(name)) return undefined;
  const possessive = tokens[b]?.text === "'s" || tokens[b]?.text === '’s';
  const unit: NameUnit = { start, end, name, possessive, evidence, group: false, counterpart };
  if (rolePhrase !== undefined) {
    unit.rolePhrase = rolePhrase;
    const role = normaliseRole(rolePhrase);
    if (role !== undefined) unit.role = role;
  }
  if (country !== undefined) unit.country = country;
  return unit;
}

/** Offices written without a name (`the Chinese Foreign Minister`, `his counterparts`). */
function findOffices(text: string, tokens: readonly Token[], used: boolean[], context: NameContext): NameUnit[] {
  const units: NameUnit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || used[i] || token.kind !== 'word' || !STANDALONE_HEADS.has(token.lower)) continue;
    // The office phrase may go on after the head ("Secretary of State", "Minister of Foreign Affairs").
    let end = i + 1;
    while (end < tokens.length) {
      const next = tokens[end];
      if (next === undefined || used[end]) break;
      if (next.kind === 'word' && (ROLE_HEADS.has(next.lower) || (next.capitalised && isRoleWord(next)) || (next.lower === 'of' && tokens[end + 1] && isRoleWord(tokens[end + 1] as Token)))) {
        end += 1;
        continue;
      }
      if (['the'].includes(next.lower) && tokens[end - 1]?.lower === 'of') {
        end += 1;
        continue;
      }
      break;
    }
    while (end > i + 1 && ['of', 'the', 'and'].includes(tokens[end - 1]?.lower ?? '')) end -= 1;
    // A name follows: the name's own unit already covers this office.
    if (isNameWord(tokens[end], context, end)) {
      i = end - 1;
      continue;
    }
    const before = roleBefore(tokens, i + 1);
    const first = before ? Math.min(before[0], i) : i;
    const opener = tokens[first - 1];
    const pronoun = opener !== undefined && ['his', 'her', 'their', 'its'].includes(opener.lower);
    const determiner = opener !== undefined && ['the', 'a', 'an', 'two', 'three', 'both'].includes(opener.lower);
    const unitStart = (pronoun || determiner ? opener?.start : tokens[first]?.start) ?? token.start;
    const phrase = span(text, tokens, first, end);
    const unit: NameUnit = {
      start: unitStart,
      end: tokens[end - 1]?.end ?? token.end,
      rolePhrase: phrase,
      possessive: tokens[end]?.text === "'s" || tokens[end]?.text === '’s',
      group: GROUP_HEADS.has(tokens[end - 1]?.lower ?? token.lower) || tokens.slice(first, end).some((t) => GROUP_HEADS.has(t.lower)) || opener?.lower === 'two' || opener?.lower === 'both',
      counterpart: pronoun,
    };
    const role = normaliseRole(phrase);
    if (role !== undefined) unit.role = role;
    const country = countryOfPhrase(phrase);
    if (country !== undefined) unit.country = country;
    for (let k = first; k < end; k++) used[k] = true;
    units.push(unit);
    i = end - 1;
  }
  return units;
}

/**
 * The name words a text vouches for on its own (an office before them, an apposition, or two
 * name-shaped words that are not a place), lower case: the first pass over a document, which
 * lets a later `Xi` or a title-case headline be read.
 */
export function vouchedNameTokens(text: string): string[] {
  const units = findUnits(text, { knownTokens: new Set(), titleCase: false });
  return units
    .filter((unit) => unit.name !== undefined && (unit.evidence === 'titled' || unit.evidence === 'apposition' || unit.evidence === 'full'))
    .flatMap((unit) => tokenise(unit.name ?? '').filter((t) => t.kind === 'word' && t.capitalised).map((t) => t.lower));
}
