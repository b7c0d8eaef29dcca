/**
 * Who took part in the reported event and who was only mentioned.
 *
 * 1. Names are found sentence by sentence (`people/find-names.ts`): a run of capitalised words
 *    counts as a person when an office or honorific stands before it, an apposition follows it,
 *    it has two name-shaped words that are not a place, or it is a word of a name the document
 *    vouches for elsewhere. A first pass over the document collects those vouched words, so that
 *    a lone `Xi` and a title-case headline can be read.
 * 2. Names are linked into people (`people/link-names.ts`): `Xi` joins `Xi Jinping`; each person
 *    is named by the fullest form the text gives.
 * 3. Events are read clause by clause (`people/read-events.ts`) and the participants chosen
 *    (`people/find-participants.ts`); everyone else named is mentioned.
 */
import type { Kind, Participant } from '../schema/entry.ts';
import type { CleanDocument } from './clean-document.ts';
import { findUnits, vouchedNameTokens, type NameUnit } from './people/find-names.ts';
import { chooseParticipants, type OfficeResolver, type Pick, type ReadSentence } from './people/find-participants.ts';
import { linkNames, nameWords, stripHonorifics, type NameMention } from './people/link-names.ts';
import { readSentenceEvents } from './people/read-events.ts';
import { roleClass, rolesCompatible } from './people/roles.ts';
import { splitSentences } from './people/sentences.ts';
import { isTitleCase } from './people/tokens.ts';
import { countryCode } from './vocabulary/countries.ts';

/** A participant as the text gives them, before the registry says who they are. */
export type FoundParticipant = Omit<Participant, 'person'>;

/** The people of a bulletin. */
export interface People {
  /** Who took part in the reported event, with the office and country the text gives. */
  participants: FoundParticipant[];
  /** Everyone else the text names, names only. */
  mentioned: string[];
}

type Source = ReadSentence['source'];

/** Priority of a source when choosing how to write a name or an office (the body says it best). */
const SOURCE_RANK: Record<Source, number> = { body: 0, title: 1, caption: 2, junk: 3 };

interface PersonFacts {
  name: string;
  roles: string[];
  countries: string[];
  mentions: number;
  first: number;
}

/** Offices that say nothing about the office held (`counterpart`, an honorific). */
function isInformativeRole(role: string | undefined): role is string {
  return role !== undefined && !/^(?:counterpart|counterparts|prince|princess|sheikh|sheikha|sir|lord|lady|dame)$/i.test(role);
}

/** Finds the participants and the people merely mentioned. */
export function parsePeople(doc: CleanDocument, kind: Kind): People {
  const texts: { text: string; source: Source; paragraph: number }[] = [
    ...doc.paragraphs.map((text, paragraph) => ({ text, source: 'body' as const, paragraph })),
    ...doc.captions.map((text) => ({ text, source: 'caption' as const, paragraph: 0 })),
    ...(doc.title === undefined ? [] : [{ text: doc.title, source: 'title' as const, paragraph: 0 }]),
    ...doc.junk.map((text) => ({ text, source: 'junk' as const, paragraph: 0 })),
  ];

  // Pass 1: the name words the document vouches for on its own.
  const known = new Set<string>();
  // Site chrome (related headlines run together) is no witness.
  for (const { text, source } of texts) if (source !== 'junk' && !isTitleCase(text)) for (const word of vouchedNameTokens(text)) known.add(word);
  // "Xi Jinpingand": a typo fusing "and" to a name is not a name word of its own.
  for (const word of known) if (word.endsWith('and') && known.has(word.slice(0, -3))) known.delete(word);

  // Pass 2: units of every sentence.
  const sentences: (ReadSentence & { text: string })[] = [];
  for (const { text, source, paragraph } of texts) {
    for (const sentence of splitSentences(text)) {
      const units = findUnits(sentence, { knownTokens: known, titleCase: isTitleCase(sentence) });
      sentences.push({ text: sentence, source, paragraph, units, persons: [], events: { events: [], speakers: [], mainUnits: [] } });
    }
  }

  // Link names into people.
  const mentions: NameMention[] = [];
  const mentionAt: [number, number][] = [];
  sentences.forEach((sentence, s) => {
    sentence.units.forEach((unit, u) => {
      if (unit.name === undefined) return;
      mentions.push({ name: unit.name, order: mentions.length });
      mentionAt.push([s, u]);
    });
  });
  const index = linkNames(mentions);
  let nextId = index.people.length;
  const extraNames = new Map<number, string>();
  mentionAt.forEach(([s, u], m) => {
    const sentence = sentences[s];
    if (sentence === undefined) return;
    sentence.persons[u] = index.personOf[m] === -1 ? undefined : index.personOf[m];
  });
  // "Foreign Minister Wang Yi, and Wang, Minister of Public Security": a one-word name with an
  // office of its own, beside the fuller name it would join, is another person.
  for (const sentence of sentences) {
    sentence.units.forEach((unit, u) => {
      const person = sentence.persons[u];
      if (person === undefined || unit.name === undefined || nameWords(unit.name).length !== 1 || unit.role === undefined) return;
      const twin = sentence.units.findIndex((other, o) => o !== u && sentence.persons[o] === person && nameWords(other.name ?? '').length > 1);
      if (twin === -1) return;
      const id = nextId++;
      extraNames.set(id, stripHonorifics(unit.name));
      sentence.persons[u] = id;
    });
  }

  // What the text says of each person.
  const facts = new Map<number, PersonFacts>();
  const ranked = sentences.map((sentence, order) => ({ sentence, order })).sort((a, b) => SOURCE_RANK[a.sentence.source] - SOURCE_RANK[b.sentence.source] || a.order - b.order);
  const nameChoice = new Map<number, { name: string; rank: number; words: number }>();
  for (const { sentence, order } of ranked) {
    sentence.units.forEach((unit, u) => {
      const person = sentence.persons[u];
      if (person === undefined || unit.name === undefined) return;
      const fact = facts.get(person) ?? { name: '', roles: [], countries: [], mentions: 0, first: Number.POSITIVE_INFINITY };
      if (isInformativeRole(unit.role)) fact.roles.push(unit.role);
      if (unit.country !== undefined) fact.countries.push(unit.country);
      fact.mentions += 1;
      fact.first = Math.min(fact.first, order);
      facts.set(person, fact);
      const name = stripHonorifics(unit.name);
      const rank = sentence.source === 'junk' ? 1 : 0;
      const words = nameWords(name).length;
      const current = nameChoice.get(person);
      if (current === undefined || rank < current.rank || (rank === current.rank && (words > current.words || (words === current.words && name.length > current.name.length)))) {
        nameChoice.set(person, { name, rank, words });
      }
    });
  }
  for (const [person, fact] of facts) fact.name = nameChoice.get(person)?.name ?? extraNames.get(person) ?? index.people[person]?.name ?? '';

  const resolve: OfficeResolver = (unit, exclude) => resolveOffice(unit, exclude, facts);
  for (const sentence of sentences) sentence.events = readSentenceEvents(sentence.text, sentence.units);

  const picks = chooseParticipants(sentences, resolve, kind === 'statement');
  const participants = toParticipants(picks, facts, countryPairs([...doc.paragraphs, doc.title ?? '']));
  const chosen = new Set(picks.map((p) => p.person));
  const taken = new Set(participants.map((p) => p.name.toLowerCase()));
  const mentioned = [...facts.entries()]
    .filter(([person]) => !chosen.has(person))
    .sort((a, b) => a[1].first - b[1].first)
    .map(([, fact]) => fact.name)
    .filter((name, i, all) => name !== '' && all.indexOf(name) === i && !taken.has(name.toLowerCase()));
  const everyone = [...participants.map((p) => p.name), ...mentioned];
  const text = [doc.title ?? '', ...doc.paragraphs].join('\n');
  return {
    participants,
    mentioned: mentioned.filter((name) => !isPartOfAnotherName(name, everyone) && !isOnlyQuoted(name, text)),
  };
}

/** "Xi" beside "Xi Jinping": a short form the linking left apart is the same person. */
function isPartOfAnotherName(name: string, names: string[]): boolean {
  const words = name.split(/\s+/);
  return words.length === 1 && names.some((other) => other !== name && other.split(/\s+/).includes(name));
}

/** A capitalised phrase that only ever appears in quotation marks names a thing ("Snow Dragon"). */
function isOnlyQuoted(name: string, text: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const anywhere = text.match(new RegExp(`\\b${escaped}\\b`, 'g'))?.length ?? 0;
  const quoted = text.match(new RegExp(`["“‘']${escaped}["”’']`, 'g'))?.length ?? 0;
  return anywhere > 0 && quoted === anywhere;
}

/**
 * The person an office without a name stands for (`the Chinese leader` → `Xi Jinping`): one
 * whose office is of the same class and whose country agrees, not already among `exclude`;
 * the most mentioned when several fit, none when two fit equally.
 */
function resolveOffice(unit: NameUnit, exclude: readonly number[], facts: ReadonlyMap<number, PersonFacts>): number | undefined {
  const excludedCountries = new Set(exclude.flatMap((p) => facts.get(p)?.countries.slice(0, 1) ?? []));
  const scored: [number, number, number][] = [];
  for (const [person, fact] of facts) {
    if (exclude.includes(person)) continue;
    const country = fact.countries[0];
    const countryOk = unit.country === undefined || country === undefined ? undefined : country === unit.country;
    const roleOk = fact.roles.length === 0 ? undefined : fact.roles.some((role) => rolesCompatible(unit.role, role) && (roleClass(unit.role) !== 'other' || role.toLowerCase() === unit.role?.toLowerCase()));
    if (countryOk === false || roleOk === false) continue;
    // "his counterpart": someone of another country than the other side.
    if (unit.counterpart && unit.country === undefined && (country === undefined || excludedCountries.has(country))) continue;
    const score = (roleOk === true ? 2 : 0) + (countryOk === true ? 1 : 0);
    if (score === 0 || (unit.country === undefined && roleOk !== true)) continue;
    scored.push([person, score, fact.mentions]);
  }
  scored.sort((a, b) => b[1] - a[1] || b[2] - a[2]);
  const [best, second] = scored;
  if (best === undefined) return undefined;
  if (second !== undefined && second[1] === best[1] && second[2] === best[2]) return undefined;
  return best[0];
}

/** Participants as the entry keeps them: the fullest name, the office given in the event (or elsewhere), the country. */
function toParticipants(picks: readonly Pick[], facts: ReadonlyMap<number, PersonFacts>, pairs: readonly [string, string][]): FoundParticipant[] {
  const roles = picks.map((pick) => (isInformativeRole(pick.unit?.role) ? pick.unit?.role : facts.get(pick.person)?.roles[0]));
  // "his Russian counterpart Sergey Lavrov", with no office of his own in the text: the other side's office.
  picks.forEach((pick, i) => {
    if (!/counterpart/i.test(pick.unit?.role ?? '') || roles[i] !== undefined) return;
    const other = roles.find((role, j) => j !== i && role !== undefined && !/counterpart/i.test(picks[j]?.unit?.role ?? ''));
    if (other !== undefined) roles[i] = other;
  });
  const participants: FoundParticipant[] = picks.map((pick, i) => {
    const fact = facts.get(pick.person);
    const participant: FoundParticipant = { name: fact?.name ?? '' };
    const role = roles[i];
    if (role !== undefined) participant.role = role;
    const country = pick.unit?.country ?? fact?.countries[0];
    if (country !== undefined) participant.country = country;
    return participant;
  });
  // "China-Japan relations" names the two sides: a side without a country is the other one.
  participants.forEach((participant) => {
    if (participant.country !== undefined) return;
    const others = participants.filter((p) => p !== participant && p.country !== undefined).map((p) => p.country);
    const partners = pairs.flatMap(([a, b]) => (others.includes(a) ? [b] : others.includes(b) ? [a] : [])).filter((c) => !others.includes(c));
    const partner = partners[0];
    if (partner !== undefined && partners.every((c) => c === partner)) participant.country = partner;
  });
  const seen = new Set<string>();
  return participants.filter((p) => p.name !== '' && !seen.has(p.name.toLowerCase()) && seen.add(p.name.toLowerCase()) !== undefined);
}

/**
 * Two capitalised words joined by a hyphen or dash. A match may only start at the first capital
 * of a run of letters and stops (the lookahead and lookbehind): from a later capital of the
 * same run it would fail or succeed just the same, and retrying from every capital of a long
 * run without a hyphen was quadratic.
 */
const COUNTRY_PAIR = /(?=\p{Lu})(?<!\p{Lu}[\p{L}.]*?)(\p{Lu}[\p{L}.]*)[-–](\p{Lu}[\p{L}.]*)/gu;

/** The pairs of countries the text joins with a hyphen (`China-Japan relations`, `Sino-U.S. ties`). */
function countryPairs(texts: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const text of texts) {
    for (const match of text.matchAll(COUNTRY_PAIR)) {
      const a = countryCode((match[1] ?? '').replace(/\.$/, '.'));
      const b = countryCode(match[2] ?? '');
      if (a !== undefined && b !== undefined && a !== b) pairs.push([a, b]);
    }
  }
  return pairs;
}
