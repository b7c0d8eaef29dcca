/**
 * Who a name stands for: the people registry's answer to "which real person is this?", so that
 * each person has one page however bulletins spell the name. Pure: names, dates and the
 * registry in, registry people or provisional ids out.
 *
 * A name is compared through `normaliseName` (case, accents, honorifics, dots, hyphens, a few
 * transliteration pairs) and then looked up, most certain first:
 *   1. the whole name against every canonical name and alias (spaces ignored: `Ban Ki Moon`);
 *   2. the same words in another order (`Jinping Xi`);
 *   3. without initials or middle names (`Sergey V. Lavrov`, `George Bush`);
 *   4. a bare surname (`Lavrov`; `Xi` for a family-name-first name; `da Silva`);
 *   5. with office words taken out (`Secretary Clinton`, `Wang, Minister of Public Security. Xiaohong`).
 * Several candidates are narrowed by what the text says (country, office, date, who else took
 * part); what stays ambiguous or unknown gets a provisional id, the slug of the name.
 */
import type { Mention, Participant } from '../schema/entry.ts';
import type { Person, Registry, Role } from '../schema/registry.ts';
import type { FoundParticipant } from '../ingest/parse-people.ts';

// ── Names ────────────────────────────────────────────────────────────────────────────────────

/** Honorifics and courtesy titles taken off the front of a name, as lower-case word sequences. */
const HONORIFICS: readonly (readonly string[])[] = [
  ['his', 'royal', 'highness'], ['her', 'royal', 'highness'], ['his', 'excellency'], ['her', 'excellency'],
  ['his', 'majesty'], ['her', 'majesty'], ['his', 'highness'], ['her', 'highness'], ['crown', 'prince'],
  ['h', 'r', 'h'], ['h', 'e'],
  ...['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'madame', 'mme', 'mlle', 'sir', 'dame', 'lord',
    'lady', 'prince', 'princess', 'sheikh', 'sheikha', 'sheik', 'shaikh', 'king', 'queen', 'emir', 'emperor',
    'empress', 'prof', 'professor', 'comrade', 'hon', 'honourable', 'honorable', 'rev', 'reverend', 'shri', 'smt',
    'hrh', 'the', 'general', 'gen', 'lt', 'admiral', 'colonel', 'marshal'].map((word) => [word]),
];

/** Generational suffixes dropped from the end (`Joseph R. Biden Jr.`). */
const SUFFIXES = new Set(['jr', 'sr']);

/**
 * Transliteration folding, one lower-case Latin word at a time, applied to both sides of every
 * comparison so that common romanisations of one Russian name coincide. Words shorter than four
 * letters are left alone (`Li`, `Lei`, the numeral `II`).
 */
const TRANSLITERATION: readonly [RegExp, string][] = [
  [/ks/g, 'x'], // Aleksandr → Alexandr, Aleksei → Alexei, Maksim → Maxim
  [/andr$/, 'ander'], // Alexandr → Alexander
  [/(?:iy|ii|ij)$/, 'y'], // Dmitriy, Dmitrii → Dmitry; Yuriy → Yury
  [/(?:ei|ej)$/, 'ey'], // Sergei, Sergej → Sergey; Andrei → Andrey; Alexei → Alexey
  [/ai$/, 'ay'], // Nikolai → Nikolay
  [/ri$/, 'ry'], // Yuri → Yury; Dmitri → Dmitry
  [/iya$/, 'ia'], // Mariya → Maria
];

/** Letters NFKD does not decompose into a base letter and an accent. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

function foldWord(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  return TRANSLITERATION.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word);
}

/** The comparable words of a name (see `normaliseName`). */
function nameTokens(name: string): string[] {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßłđðþı]/giu, (c) => {
      const folded = UNDECOMPOSED[c.toLowerCase()] ?? c;
      return c === c.toLowerCase() ? folded : folded.toUpperCase();
    })
    // An apostrophe or a hyphen joins the parts of one word (O'Brien, Jin-ping, Al-Faisal).
    .replace(/['’ʼ`\-‐‑]/gu, '');
  let words = plain.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  for (let stripped = true; stripped && words.length > 1; ) {
    stripped = false;
    // "HE Sultan ..." is His Excellency, but "He Lifeng" is the Chinese surname He.
    if (words[0] === 'HE') {
      words = words.slice(1);
      stripped = true;
      continue;
    }
    for (const honorific of HONORIFICS) {
      if (words.length > honorific.length && honorific.every((h, i) => (words[i] ?? '').toLowerCase() === h)) {
        words = words.slice(honorific.length);
        stripped = true;
        break;
      }
    }
  }
  words = words.map((w) => w.toLowerCase());
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1] ?? '')) words = words.slice(0, -1);
  return words.map(foldWord);
}

/**
 * A comparison key for a person's name: accents and case gone, leading honorifics (Dr., Mr.,
 * Madame, Prince, Sheikh, H.E., ...) and trailing Jr./Sr. dropped, dots and other punctuation
 * made spaces, hyphens and apostrophes removed (Xi Jin-ping = Xi Jinping), spaces collapsed, and
 * the transliteration pairs of `TRANSLITERATION` folded (Sergei = Sergey, Yuri = Yury,
 * Aleksandr = Alexander, Dmitriy = Dmitry). `'Dr. S. Jaishankar'` → `'s jaishankar'`.
 */
export function normaliseName(name: string): string {
  return nameTokens(name).join(' ');
}

/** Words joined without spaces: `Ban Ki Moon` and `Ban Ki-moon` are one key. */
const compact = (words: readonly string[]): string => words.join('');

/** The words of a name in a fixed order, for names written family name first or last. */
const orderless = (words: readonly string[]): string => [...words].sort().join(' ');

/** Single letters are initials (`S.` of S. Jaishankar, `W.` of George W. Bush). */
const withoutInitials = (words: readonly string[]): string[] => words.filter((w) => w.length > 1);

/** Particles that begin a multi-word surname (`da Silva`, `de Sousa`, `Al Saud`, `von der Leyen`). */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'da', 'de', 'do', 'dos', 'das', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'du']);

/**
 * Countries whose names are written family name first in English (Xi Jinping, Ban Ki-moon,
 * Hun Sen), so a bare `Xi` is the first word, not the last.
 */
const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KP', 'KR', 'VN', 'KH']);

/** Regnal numbers are not surnames (`Felipe VI`). */
const ROMAN_NUMERAL = /^[ivxlc]+$/;

/**
 * Words of an office, never of a name, taken out when a name does not match as written: a text
 * or a parser may leave the office in (`Secretary Clinton`, `President Bush`) or even inside it.
 */
const OFFICE_WORDS = new Set([
  'president', 'vice', 'deputy', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'state', 'foreign',
  'external', 'affairs', 'public', 'security', 'defense', 'defence', 'national', 'councilor', 'councillor',
  'chairman', 'chairwoman', 'spokesperson', 'spokesman', 'spokeswoman', 'ambassador', 'assistant', 'senator',
  'governor', 'mayor', 'director', 'envoy', 'special', 'first', 'lady', 'of', 'and', 'for', 'advisor', 'adviser',
  'former', 'counterpart', 'leader', 'chief', 'executive', 'general', 'commissioner', 'representative',
  // A common misspelling of "Premier" in wire copy.
  'premiere',
]);

// ── Roles and dates ──────────────────────────────────────────────────────────────────────────

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The first day a partial date covers (`2014` → `2014-01-01`); compared as strings. */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial date covers; day 31 of every month is fine for comparing strings. */
function lastDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** The days a role spans; an open end reaches as far as time does. */
function roleSpan(role: Role): [string, string] {
  return [role.from === undefined ? '0000-00-00' : firstDay(role.from), role.to === undefined ? '9999-99-99' : lastDay(role.to)];
}

/** Whether two spans of days share a day. */
const overlaps = (a: readonly [string, string], b: readonly [string, string]): boolean => a[0] <= b[1] && b[0] <= a[1];

/**
 * The office a person held on a date (`2014-01-21`, `2014-01` or `2014`): a month or a year
 * counts when any day of it falls within the role. Several at once: the most recently begun (a
 * new office outranks the one it was added to). No date, or no office then: `undefined`.
 */
export function roleOn(person: Pick<Person, 'roles'>, date?: string): Role | undefined {
  if (date === undefined || !PARTIAL_DATE.test(date)) return undefined;
  const day: [string, string] = [firstDay(date), lastDay(date)];
  let best: Role | undefined;
  for (const role of person.roles) {
    if (!overlaps(roleSpan(role), day)) continue;
    // `>=`: of two begun together, the later in the file (the file lists roles in time order).
    if (best === undefined || roleSpan(role)[0] >= roleSpan(best)[0]) best = role;
  }
  return best;
}

/** Words that say nothing about which office is meant. */
const ROLE_FILLER = new Set(['of', 'the', 'and', 'for', 'former', 'ex']);
/** Words that make an office another office (a vice president is not the president). */
const ROLE_RANKS = ['vice', 'deputy', 'assistant', 'acting', 'first'];

function roleWords(title: string): Set<string> {
  return new Set(title.toLowerCase().split(/[^a-z]+/).filter((w) => w !== '' && !ROLE_FILLER.has(w)));
}

/** Whether the office a text gives (`State Councilor and Foreign Minister`) names a registry role (`Foreign Minister`). */
function sameOffice(text: string, title: string): boolean {
  const a = roleWords(text);
  const b = roleWords(title);
  if (a.size === 0 || b.size === 0) return false;
  if (ROLE_RANKS.some((rank) => a.has(rank) !== b.has(rank))) return false;
  return [...b].every((w) => a.has(w)) || [...a].every((w) => b.has(w));
}

// ── The index ────────────────────────────────────────────────────────────────────────────────

interface PersonIndex {
  /** Every canonical name and alias, as `compact` keys. */
  exact: Map<string, Person[]>;
  /** The same, words sorted. */
  orderless: Map<string, Person[]>;
  /** Names without initials, and first-and-last-word forms of names of three words or more. */
  loose: Map<string, Person[]>;
  /** Family names: the last word (the first for family-name-first countries), and particle tails (`dasilva`). */
  surname: Map<string, Person[]>;
  ids: Set<string>;
}

/** One index per registry, built on first use: resolving 100,000 bulletins must not rebuild it. */
const INDEXES = new WeakMap<readonly Person[], PersonIndex>();

function add(map: Map<string, Person[]>, key: string, person: Person): void {
  if (key === '') return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [person]);
  else if (!list.includes(person)) list.push(person);
}

/** The family names a form of a person's name offers for a bare-surname match. */
function surnameKeys(words: readonly string[], country: string | undefined): string[] {
  const full = withoutInitials(words);
  if (full.length === 1 && words.length > 1) return [full[0] ?? '']; // `S. Jaishankar`
  if (full.length < 2) return [];
  if (country !== undefined && FAMILY_NAME_FIRST.has(country)) return [full[0] ?? ''];
  const keys: string[] = [];
  const last = full[full.length - 1] ?? '';
  if (!ROMAN_NUMERAL.test(last)) keys.push(last);
  full.forEach((word, i) => {
    if (i > 0 && i < full.length - 1 && PARTICLES.has(word)) keys.push(compact(full.slice(i)));
  });
  return keys;
}

function indexOf(registry: Pick<Registry, 'people'>): PersonIndex {
  const cached = INDEXES.get(registry.people);
  if (cached !== undefined) return cached;
  const index: PersonIndex = { exact: new Map(), orderless: new Map(), loose: new Map(), surname: new Map(), ids: new Set() };
  for (const person of registry.people) {
    index.ids.add(person.id);
    for (const form of [person.name, ...person.aliases]) {
      const words = nameTokens(form);
      if (words.length === 0) continue;
      add(index.exact, compact(words), person);
      add(index.orderless, orderless(words), person);
      const full = withoutInitials(words);
      if (full.length >= 2) add(index.loose, compact(full), person);
      if (full.length >= 3) add(index.loose, compact([full[0] ?? '', full[full.length - 1] ?? '']), person);
      for (const key of surnameKeys(words, person.country)) add(index.surname, key, person);
    }
  }
  INDEXES.set(registry.people, index);
  return index;
}

// ── Finding a person ─────────────────────────────────────────────────────────────────────────

/** What the text says besides the name, to choose among people who share it. */
export interface PersonHints {
  /** The country the text gives the person (ISO alpha-2). */
  country?: string;
  /** The date of the event, to day, month or year. */
  date?: string;
  /** The office the text gives (`Secretary of State`, `former President`). */
  role?: string;
  /** People known to take part in the same event: of several candidates, those in office alongside them. */
  alongside?: readonly Person[];
}

/** A name's answer: one person, several equally likely, or (`undefined`) nobody registered. */
export type PersonMatch = { person: Person } | { ambiguous: Person[] };

/** Keeps the candidates passing a test, unless none would: a hint narrows, never empties. */
function narrow(candidates: Person[], keep: (person: Person) => boolean): Person[] {
  const kept = candidates.filter(keep);
  return kept.length > 0 ? kept : candidates;
}

/** Whether two people held office at the same time (people without dated offices never rule it out). */
function inOfficeTogether(a: Person, b: Person): boolean {
  if (a === b || a.roles.length === 0 || b.roles.length === 0) return true;
  return a.roles.some((ra) => b.roles.some((rb) => overlaps(roleSpan(ra), roleSpan(rb))));
}

/** Whether a person had left an office by a date (any time, without a date) and did not hold it then. */
function hadLeft(person: Person, office: string, date: string | undefined): boolean {
  const roles = person.roles.filter((r) => sameOffice(office, r.title));
  if (date === undefined) return roles.some((r) => r.to !== undefined);
  const day: [string, string] = [firstDay(date), lastDay(date)];
  return roles.some((r) => roleSpan(r)[1] < day[0]) && !roles.some((r) => overlaps(roleSpan(r), day));
}

/**
 * Chooses among the people a name matched. The country is a hint for a full name (the text's
 * country may be the parser's guess) but rules out candidates for a partial one (a bare `Wang`
 * of another country is another Wang). Then, each only while several remain and never down to
 * none: the office the text gives, the date (who held an office then; for a `former` office, who
 * had left it), and the other participants (who was in office alongside them).
 */
function choose(found: readonly Person[], hints: PersonHints, partial: boolean): PersonMatch | undefined {
  const { country, date, role, alongside } = hints;
  let candidates = [...new Set(found)];
  if (country !== undefined) {
    const sameCountry = (p: Person): boolean => p.country === undefined || p.country === country;
    candidates = partial ? candidates.filter(sameCountry) : narrow(candidates, sameCountry);
  }
  const former = role !== undefined && /\b(?:former|ex)\b/i.test(role);
  const office = role?.replace(/\b(?:former|ex)\b-?/gi, ' ').trim() ?? '';
  if (candidates.length > 1 && office !== '') candidates = narrow(candidates, (p) => p.roles.some((r) => sameOffice(office, r.title)));
  if (candidates.length > 1 && former) candidates = narrow(candidates, (p) => hadLeft(p, office, date));
  else if (candidates.length > 1 && date !== undefined) candidates = narrow(candidates, (p) => roleOn(p, date) !== undefined);
  if (candidates.length > 1 && alongside !== undefined && alongside.length > 0) {
    candidates = narrow(candidates, (p) => alongside.every((other) => inOfficeTogether(p, other)));
  }
  const [only] = candidates;
  if (only === undefined) return undefined;
  return candidates.length === 1 ? { person: only } : { ambiguous: candidates };
}

/** Looks up the words of a name, most certain form first (see the module comment). */
function lookUp(words: readonly string[], hints: PersonHints, index: PersonIndex): PersonMatch | undefined {
  if (words.length === 0) return undefined;
  const exact = index.exact.get(compact(words)) ?? index.orderless.get(orderless(words));
  if (exact !== undefined) return choose(exact, hints, false);
  const full = withoutInitials(words);
  if (full.length >= 2) {
    const loose = [...(index.loose.get(compact(full)) ?? []), ...(full.length >= 3 ? index.loose.get(compact([full[0] ?? '', full[full.length - 1] ?? ''])) ?? [] : [])];
    if (loose.length > 0) return choose(loose, hints, true);
  }
  if (full.length === 1 || (full.length >= 2 && PARTICLES.has(full[0] ?? ''))) {
    const bySurname = index.surname.get(compact(full));
    if (bySurname !== undefined) return choose(bySurname, hints, true);
  }
  return undefined;
}

/**
 * The registered person a name stands for, given what the text says about them. A full name or
 * alias (in any word order) is found directly; a bare surname or a name missing an initial
 * (`Lavrov`, `Bush`, `Jaishankar`, `George Bush`) is resolved when one candidate remains after the
 * hints (`Bush` in 2006 → George W. Bush), else `{ ambiguous }`; `undefined` when nobody matches.
 */
export function findPerson(name: string, hints: PersonHints, registry: Pick<Registry, 'people'>): PersonMatch | undefined {
  const index = indexOf(registry);
  const words = nameTokens(name);
  const found = lookUp(words, hints, index);
  if (found !== undefined) return found;
  const withoutOffice = words.filter((w) => !OFFICE_WORDS.has(w));
  return withoutOffice.length > 0 && withoutOffice.length < words.length ? lookUp(withoutOffice, hints, index) : undefined;
}

// ── Provisional people ───────────────────────────────────────────────────────────────────────

/** FNV-1a, for a stable id of a name with no Latin letters. */
function hashName(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The id of a person the registry lacks: the ASCII slug of the normalised name
 * (`Wang Xiaohong` → `wang-xiaohong`), so spellings that normalise alike share a page. When a
 * registered person already has that id, the country is appended (`li-wei-sg`), else
 * `-unconfirmed`; a name with no Latin letters becomes `person-<hash>`.
 */
export function provisionalId(name: string, country: string | undefined, registry: Pick<Registry, 'people'>): string {
  const { ids } = indexOf(registry);
  const slug = normaliseName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const base = slug === '' ? `person-${hashName(name.trim())}` : slug;
  if (!ids.has(base)) return base;
  const withCountry = country === undefined ? undefined : `${base}-${country.toLowerCase()}`;
  if (withCountry !== undefined && !ids.has(withCountry)) return withCountry;
  let id = `${base}-unconfirmed`;
  for (let n = 2; ids.has(id); n++) id = `${base}-unconfirmed-${n}`;
  return id;
}

/** Whether a person id is provisional: given by the ingest to a name the registry lacks. */
export function isProvisional(personId: string, registry: Pick<Registry, 'people'>): boolean {
  return !indexOf(registry).ids.has(personId);
}

// ── A bulletin's people ──────────────────────────────────────────────────────────────────────

/** The people of a bulletin as the parser found them, before the registry says who they are. */
export interface FoundPeople {
  participants: FoundParticipant[];
  mentioned: string[];
}

/** The people of a bulletin, each with a registry (or provisional) id. */
export interface ResolvedPeople {
  participants: Participant[];
  mentioned: Mention[];
}

/** Of two names for one person, the fuller: more words, then more letters; the first on a tie. */
function fuller(a: string, b: string): string {
  const words = (s: string): number => s.trim().split(/\s+/).length;
  return words(b) > words(a) || (words(b) === words(a) && b.length > a.length) ? b : a;
}

/**
 * Gives every participant and mentioned name a person id. A participant keeps the text's name,
 * and the text's office and country when given, else the registry's office on the date and
 * country. A participant the name alone leaves ambiguous is retried against the others who took
 * part (`Bush` beside Hu Jintao is the Bush in office with him). Two names for one person in a
 * list become one (first place, fullest name); a mentioned person who took part is not mentioned.
 */
export function resolvePeople(people: FoundPeople, date: string | undefined, registry: Pick<Registry, 'people'>): ResolvedPeople {
  const dated = date === undefined ? {} : { date };
  const hintsOf = (p: FoundParticipant): PersonHints => ({
    ...dated,
    ...(p.country === undefined ? {} : { country: p.country }),
    ...(p.role === undefined ? {} : { role: p.role }),
  });
  const first = people.participants.map((p) => findPerson(p.name, hintsOf(p), registry));
  const known = first.flatMap((found) => (found !== undefined && 'person' in found ? [found.person] : []));
  const again = (found: PersonMatch | undefined, name: string, hints: PersonHints): PersonMatch | undefined =>
    found !== undefined && 'ambiguous' in found && known.length > 0 ? findPerson(name, { ...hints, alongside: known }, registry) : found;
  const persons = people.participants.map((p, i) => {
    const found = again(first[i], p.name, hintsOf(p));
    return found !== undefined && 'person' in found ? found.person : undefined;
  });

  const participants: Participant[] = [];
  const place = new Map<string, number>();
  people.participants.forEach((p, i) => {
    const person = persons[i];
    const id = person?.id ?? provisionalId(p.name, p.country, registry);
    const at = place.get(id);
    const merged = at === undefined ? undefined : participants[at];
    if (merged !== undefined) {
      merged.name = fuller(merged.name, p.name);
      if (merged.role === undefined && p.role !== undefined) merged.role = p.role;
      if (merged.country === undefined && p.country !== undefined) merged.country = p.country;
      return;
    }
    const participant: Participant = { name: p.name, person: id };
    if (p.role !== undefined) participant.role = p.role;
    if (p.country !== undefined) participant.country = p.country;
    place.set(id, participants.length);
    participants.push(participant);
  });
  // The registry's office and country fill what no name of the person gave.
  const registered = new Map(persons.flatMap((person) => (person === undefined ? [] : [[person.id, person] as const])));
  for (const participant of participants) {
    const person = registered.get(participant.person);
    if (person === undefined) continue;
    if (participant.role === undefined) {
      const role = roleOn(person, date)?.title;
      if (role !== undefined) participant.role = role;
    }
    if (participant.country === undefined && person.country !== undefined) participant.country = person.country;
  }

  const mentioned: Mention[] = [];
  const mentionAt = new Map<string, number>();
  for (const name of people.mentioned) {
    const found = again(findPerson(name, dated, registry), name, dated);
    const id = found !== undefined && 'person' in found ? found.person.id : provisionalId(name, undefined, registry);
    if (place.has(id)) continue;
    const at = mentionAt.get(id);
    const merged = at === undefined ? undefined : mentioned[at];
    if (merged !== undefined) {
      merged.name = fuller(merged.name, name);
      continue;
    }
    mentionAt.set(id, mentioned.length);
    mentioned.push({ name, person: id });
  }
  return { participants, mentioned };
}
