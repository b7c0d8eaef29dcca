/**
 * Offices as the text gives them: the country an office phrase names (`Russian Foreign
 * Minister` → RU, `Foreign Minister of the People's Republic of China` → CN) and the office
 * itself, normalised (`Foreign Minister`, `State Councilor and Foreign Minister`).
 */
import { countryCode } from '../vocabulary/countries.ts';
import { HONORIFICS, ROLE_HEADS } from './vocabulary.ts';

/** Abbreviated offices written out. */
const ABBREVIATIONS: Record<string, string> = {
  fm: 'Foreign Minister',
  pm: 'Prime Minister',
  eam: 'External Affairs Minister',
  minster: 'Minister',
  premiere: 'Premier',
};

/** Ruling parties whose initials stand for their country in an office (`Director of the CCP Central Foreign Affairs Office`). */
const PARTY_COUNTRIES: Record<string, string> = { CPC: 'CN', CCP: 'CN', CPV: 'VN', WPK: 'KP' };

/** Head words of offices that are not capitalised in a normalised role (`leader`, `wife`). */
const COMMON_NOUN_ROLES = new Set(['leader', 'counterpart', 'wife', 'husband', 'spouse', 'candidate', 'official', 'aide', 'expert', 'researcher', 'analyst']);

/**
 * The first country a phrase names (`Russian Foreign Minister` → RU, `his U.S. counterpart` →
 * US, `Minister of Foreign Affairs of the Republic of the Sudan` → SD), skipping a country the
 * office is posted to (`Ambassador to China`).
 */
export function countryOfPhrase(phrase: string): string | undefined {
  const words = phrase.replace(/[()]/g, ' ').replace(/['’]s\b/g, '').split(/\s+/).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && /^(?:to|in)$/i.test(words[i - 1] ?? '')) continue;
    // Longest span first: "People's Republic of China", "Russian Federation", "South Korean".
    for (let length = Math.min(6, words.length - i); length >= 1; length--) {
      const span = words.slice(i, i + length).join(' ');
      if (length === 1 && !/^[\p{Lu}]/u.test(span)) continue;
      const code = countryCode(span) ?? countryCode(span.replace(/^the /i, '')) ?? PARTY_COUNTRIES[span];
      if (code !== undefined && !/^(?:the|of|and)$/i.test(span)) return code;
    }
  }
  return undefined;
}

/** Where a trailing `of (the) <country>` starts in a phrase, if it ends with one. */
function trailingCountry(text: string): number | undefined {
  for (const match of text.matchAll(/\s+of\s+(?:the\s+)?/g)) {
    const rest = text.slice(match.index + match[0].length);
    if (/^[\p{Lu}]/u.test(rest) && countryCode(rest) !== undefined) return match.index;
  }
  return undefined;
}

/** Whether a word is a country form or a demonym (`Russian`, `China's`, `U.S.`). */
function isCountryWord(word: string): boolean {
  return countryCode(word.replace(/['’]s$/, '')) !== undefined;
}

/**
 * The office of a role phrase, normalised: honorifics, pronouns, demonyms and a trailing
 * `of <country>` dropped, acronyms in brackets dropped, abbreviations written out.
 * `Chinese State Councilor and Foreign Minister` → `State Councilor and Foreign Minister`;
 * `his Russian counterpart` → `counterpart`; `Foreign Minister of the People's Republic of China` → `Foreign Minister`.
 */
export function normaliseRole(phrase: string): string | undefined {
  let text = phrase
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A trailing "of (the) <country>" names the country, not the office.
  for (let cut = trailingCountry(text); cut !== undefined; cut = trailingCountry(text)) text = text.slice(0, cut);
  // "Premier of China's State Council" → "Premier of the State Council".
  text = text.replace(/\bof ([\p{Lu}][\p{L}.-]*)['’]s /gu, (whole, owner: string) => (countryCode(owner) === undefined ? whole : 'of the '));
  let words = text.split(' ').filter((w) => w !== '');
  // Leading determiners, pronouns, honorifics and country words.
  const leading = (word: string): boolean => {
    const lower = word.toLowerCase().replace(/\.$/, '');
    return ['the', 'his', 'her', 'their', 'its', 'and', 'of', 'a', 'an', 'visiting', 'new'].includes(lower) || (HONORIFICS.has(lower) && !ROLE_HEADS.has(lower)) || lower === 'he' || isCountryWord(word);
  };
  for (;;) {
    if (words.length > 1 && isCountryWord(`${words[0]} ${words[1]}`)) words = words.slice(2);
    else if (words.length > 0 && leading(words[0] ?? '')) words = words.slice(1);
    else break;
  }
  // "U.S." split by the tokeniser, "South Korean": a second country word after the first went above.
  while (words.length > 0 && ['and', 'of', 'the'].includes((words[words.length - 1] ?? '').toLowerCase())) words = words.slice(0, -1);
  // Honorifics left inside the phrase ("wife Madame").
  words = words.filter((word, i) => i === 0 || !HONORIFICS.has(word.toLowerCase().replace(/\.$/, '')) || ROLE_HEADS.has(word.toLowerCase()));
  words = words.filter((word) => !/^(?:Mr|Mrs|Ms|Dr|Madame|Madam|HE|H\.E)\.?$/.test(word));
  // "Minister of Foreign Affairs Prince": a title of rank after the office is not the office.
  while (words.length > 1 && /^(?:prince|princess|sheikh|sheikha|sir|lord|lady|dame)$/i.test(words[words.length - 1] ?? '') && !/^crown$/i.test(words[words.length - 2] ?? '')) {
    words = words.slice(0, -1);
  }
  // "Emir of Qatar Sheikh": the country comes off once the title of rank has.
  const rest = words.join(' ');
  const cut = trailingCountry(rest);
  if (cut !== undefined) words = rest.slice(0, cut).split(' ');
  if (words.length === 0) return undefined;
  const expanded = words.map((word) => ABBREVIATIONS[word.toLowerCase()] ?? word);
  const role = expanded.join(' ');
  if (!expanded.some((word) => word.toLowerCase().split(/[\s-]/).some((part) => ROLE_HEADS.has(part) || ROLE_HEADS.has(word.toLowerCase())))) return undefined;
  // "Chinese president" (lower case in running text) is the office "President".
  const single = role.toLowerCase();
  if (!role.includes(' ') && !COMMON_NOUN_ROLES.has(single)) return role.charAt(0).toUpperCase() + role.slice(1);
  return role;
}

/** Broad classes of office, to tell whether "the Chinese leader" can be the named `President Xi Jinping`. */
export function roleClass(role: string | undefined): string | undefined {
  if (role === undefined) return undefined;
  const lower = role.toLowerCase();
  if (/spokes/.test(lower)) return 'spokesperson';
  if (/\bforeign|external affairs|secretary of state|diplomat|\bfm\b/.test(lower)) return 'foreign';
  if (/\bvice[- ]president|vice[- ]premier/.test(lower)) return 'deputy';
  if (/\bpresident|\bking\b|\bemir\b|head of state/.test(lower)) return 'head';
  if (/\bpremier|prime minister|chancellor|head of government|\bpm\b/.test(lower)) return 'government';
  if (/\bleader/.test(lower)) return 'leader';
  if (/\bcounterpart/.test(lower)) return 'counterpart';
  return 'other';
}

/** Whether a role written without a name (`the Chinese leader`) can stand for a person with `named` role. */
export function rolesCompatible(unnamed: string | undefined, named: string | undefined): boolean {
  const a = roleClass(unnamed);
  const b = roleClass(named);
  if (a === undefined || a === 'counterpart' || b === undefined) return true;
  if (a === 'leader') return b === 'head' || b === 'government' || b === 'leader';
  return a === b;
}
