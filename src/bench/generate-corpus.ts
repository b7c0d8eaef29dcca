/**
 * The scale corpus: N synthetic raw bulletins, for benchmarks and scale tests only (never
 * for the archive's content). Pure and deterministic: the same seed, registry and count
 * give the same bytes, and file `i` depends only on the seed and `i`, so a corpus of 1,000
 * is the first 1,000 files of a corpus of 10,000.
 *
 * The files imitate the raw forms of the real corpus (`../shared/corpus/real`): crawl dumps
 * with a ` date 2021-01-05 [URL]` header glued to the first line, web-page dumps with a
 * breadcrumb (non-breaking spaces around `>`) and footer junk, wire copy with a
 * `BEIJING, March 7 (Xinhua) --` or `MOSCOW, August 7. /TASS/.` dateline, and plain pages;
 * with stray spaces before full stops, glued sentences, typos, CRLF, BOMs and about a third
 * cut off near 2,000 characters, like the crawled excerpts. About 3% are exact re-posts of
 * an earlier file and 4% are pages that are not a bulletin (headline lists, another
 * language, archive listings, spokesperson briefings, live blogs, bare site chrome).
 * People come from the registry with an office they held on the event's date.
 */
import type { Occasion, Person, Term, Venue } from '../schema/registry.ts';
import { createRandom, type Random } from './prng.ts';
import {
  ARCHIVE_MENU,
  BODY_SENTENCES,
  BREADCRUMBS,
  COUNTRIES,
  FOOTERS,
  MONTHS,
  SPANISH_PARAGRAPHS,
  TOPIC_SENTENCES,
  WEEKDAYS,
  type CountryWords,
} from './synthetic-text.ts';

/** The parts of the registry the generator draws from. */
export interface CorpusVocabulary {
  people: readonly Person[];
  topics: readonly Term[];
  organizations: readonly Term[];
  venues: readonly Venue[];
  occasions: readonly Occasion[];
}

/** What a generated file is meant to be, so tests can check the parser's verdict. */
export type SyntheticRole = 'bulletin' | 'duplicate' | 'junk';

/** One generated raw file. */
export interface SyntheticFile {
  /** The file name: `synthetic-<index>-<hex>.txt`, so it can never pass for a real file. */
  file: string;
  /** The file's bytes. */
  bytes: Uint8Array;
  /** A bulletin, an exact re-post of an earlier file, or a page that is not a bulletin. */
  role: SyntheticRole;
  /** For a duplicate: the file it repeats. */
  of?: string;
  /** For a bulletin: the kind of event it reports. */
  kind?: SyntheticKind;
}

/** The kinds of event the generator writes about. */
export type SyntheticKind = 'meeting' | 'talks' | 'phone-call' | 'video-call' | 'message-exchange' | 'visit' | 'joint-statement';

/** Share of files that are exact re-posts of an earlier file. */
export const DUPLICATE_SHARE = 0.03;
/** Share of files that are not bulletins. */
export const JUNK_SHARE = 0.04;

const KINDS: readonly (readonly [SyntheticKind, number])[] = [
  ['meeting', 36], ['talks', 15], ['phone-call', 18], ['video-call', 5], ['message-exchange', 9], ['visit', 12], ['joint-statement', 3],
];

/** Countries that host the bulletins, weighted like a foreign ministry's own site (China-heavy, like the real corpus). */
const HOSTS: readonly (readonly [string, number])[] = [
  ['CN', 45], ['RU', 15], ['US', 10], ['IN', 6], ['GB', 5], ['FR', 5], ['DE', 5], ['JP', 5], ['BR', 4],
];

/** Offices whose holders meet their counterparts; deputies, spokespeople and the like are left out. */
const MEETING_OFFICE = /\b(?:President|Prime Minister|Premier|Foreign Minister|Foreign Secretary|Secretary of State|Chancellor|External Affairs Minister|Minister for Europe and Foreign Affairs|Minister of International Relations|Foreign Affairs|State Councilor)\b/;
const NOT_MEETING_OFFICE = /\b(?:Vice|Deputy|spokesperson|Exchequer|Senator|Party Secretary)\b|Vice-Chancellor/i;

/** One office holder: a person, the office and its country's words. */
interface Holder {
  person: Person;
  title: string;
  country: string;
  words: CountryWords;
}

/** An event date as the generator uses it. */
interface EventDate {
  year: number;
  month: number;
  day: number;
  /** `YYYY-MM-DD`. */
  iso: string;
}

/** The registry turned into lookups once per corpus. */
interface Prepared {
  vocabulary: CorpusVocabulary;
  /** Every (person, office) of a country in `COUNTRIES` with a known start date. */
  offices: { person: Person; title: string; country: string; from: string; to: string | undefined }[];
}

/** The registry's dates (strings or bare years) as sortable strings. */
const asDate = (value: string | number | undefined): string | undefined => (value === undefined ? undefined : String(value));

function prepare(vocabulary: CorpusVocabulary): Prepared {
  const offices: Prepared['offices'] = [];
  for (const person of vocabulary.people) {
    const country = person.country;
    if (country === undefined || COUNTRIES[country] === undefined) continue;
    for (const role of person.roles) {
      const from = asDate(role.from);
      if (from === undefined || !MEETING_OFFICE.test(role.title) || NOT_MEETING_OFFICE.test(role.title)) continue;
      offices.push({ person, title: role.title.trim(), country, from, to: asDate(role.to) });
    }
  }
  if (offices.length === 0) throw new Error('the people registry has no dated offices to draw from');
  return { vocabulary, offices };
}

/** Who held a meeting office on `date` (compared to the precision the registry gives). */
function holdersOn(prepared: Prepared, date: string): Holder[] {
  const holders: Holder[] = [];
  for (const office of prepared.offices) {
    if (date.slice(0, office.from.length) < office.from) continue;
    if (office.to !== undefined && date.slice(0, office.to.length) > office.to) continue;
    const words = COUNTRIES[office.country];
    if (words !== undefined) holders.push({ person: office.person, title: office.title, country: office.country, words });
  }
  return holders;
}

function randomDate(random: Random): EventDate {
  // Later years weigh more: ministries publish more, and more of it survives online.
  const years: [number, number][] = [];
  for (let year = 2000; year <= 2025; year += 1) years.push([year, 1 + (year - 2000) / 8]);
  const year = random.weighted(years);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { year, month, day, iso };
}

const monthName = (date: EventDate): string => MONTHS[date.month - 1] ?? 'January';
const weekday = (date: EventDate): string => WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()] ?? 'Monday';

/** The date as a lead sentence opens with it. */
function datePhrase(random: Random, date: EventDate): string {
  const us = `${monthName(date)} ${date.day}, ${date.year}`;
  return random.weighted([
    [`On ${us}`, 5],
    [`In the afternoon of ${us}`, 2],
    [`In the evening of ${us}`, 1],
    [`At noon on ${us}`, 1],
    [`On ${date.day} ${monthName(date)} ${date.year}`, 1],
    [`On ${us} local time`, 1],
  ]);
}

/** A person as a lead names them: "Chinese Foreign Minister Wang Yi" or "Foreign Minister Wang Yi of China". */
function introduce(random: Random, holder: Holder): string {
  const name = random.chance(0.15) && holder.person.aliases.length > 0 ? random.pick(holder.person.aliases) : holder.person.name;
  return random.chance(0.6) ? `${holder.words.adjective} ${holder.title} ${name}` : `${holder.title} ${name} of ${holder.words.name}`;
}

/** A copy of `items` in random order (Fisher-Yates). */
function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** The lead sentence and the title for one event. */
function writeLead(random: Random, kind: SyntheticKind, a: Holder, b: Holder, date: EventDate, where: string, prepared: Prepared): { lead: string; title: string } {
  const when = datePhrase(random, date);
  const A = introduce(random, a);
  const B = introduce(random, b);
  const occasion = random.chance(0.15) && prepared.vocabulary.occasions.length > 0 ? ` on the sidelines of the ${random.pick(prepared.vocabulary.occasions).label}` : '';
  switch (kind) {
    case 'meeting':
      return {
        lead: `${when}, ${A} met with ${B}${where}${occasion}.`,
        title: random.chance(0.5) ? `${a.person.name} Meets with ${b.title} of ${b.words.short}` : `${a.person.name} meets ${b.words.adjective} ${b.title.toLowerCase()}`,
      };
    case 'talks':
      return { lead: `${when}, ${A} held talks with ${B}${where}.`, title: `${a.person.name} Holds Talks with ${b.title} ${b.person.name}` };
    case 'phone-call':
      return {
        lead: random.weighted([
          [`${when}, ${A} held a telephone conversation with ${B}.`, 5],
          [`${when}, ${A} spoke by phone with ${B}.`, 3],
          // The parser misses the lead in this phrasing (the file is flagged undated): kept rare, as in real copy.
          [`${when}, ${A} spoke over the phone with ${B}.`, 1],
        ]),
        title: `${a.person.name} Holds Telephone Talks with ${b.title} ${b.person.name} of ${b.words.short}`,
      };
    case 'video-call':
      return { lead: `${when}, ${A} held talks with ${B} via video link.`, title: `${a.person.name} Holds Video Call with ${b.words.adjective} ${b.title}` };
    case 'message-exchange': {
      const years = random.int(2, 7) * 5;
      return {
        lead: `${when}, ${A} and ${B} exchanged congratulatory messages on the ${years}th anniversary of the establishment of diplomatic relations between the two countries.`,
        title: `${a.person.name} and ${b.person.name} Exchange Congratulatory Messages`,
      };
    }
    case 'visit':
      return {
        lead: `${when}, ${B} arrived${where} for an official visit to ${a.words.name} at the invitation of ${A}.`,
        title: `${b.words.adjective} ${b.title} ${b.person.name} Pays Official Visit to ${a.words.short}`,
      };
    case 'joint-statement':
      return {
        lead: `${when}, ${A} and ${B} signed a joint statement${where} after their talks.`,
        title: `${a.words.short} and ${b.words.short} Issue Joint Statement`,
      };
  }
}

/** Fills `{A}`, `{B}`, `{AC}`, `{BC}` and `{T}`. */
function fill(template: string, a: Holder, b: Holder, topic: string): string {
  return template
    .replaceAll('{AC}', a.words.name)
    .replaceAll('{BC}', b.words.name)
    .replaceAll('{A}', a.person.name)
    .replaceAll('{B}', b.person.name)
    .replaceAll('{T}', topic);
}

/** Swaps two letters inside one longer word: the typos of hand-edited pages. */
function typo(random: Random, text: string): string {
  const words = [...text.matchAll(/\b[a-z]{6,}\b/g)];
  if (words.length === 0) return text;
  const word = random.pick(words);
  const at = (word.index ?? 0) + random.int(1, word[0].length - 3);
  return `${text.slice(0, at)}${text.charAt(at + 1)}${text.charAt(at)}${text.slice(at + 2)}`;
}

/** The body paragraphs after the lead. */
function writeBody(random: Random, a: Holder, b: Holder, heads: readonly Holder[], prepared: Prepared): string[] {
  const { topics, organizations } = prepared.vocabulary;
  const terms = [...topics, ...organizations];
  const paragraphs: string[] = [];
  // Each stock sentence at most once per bulletin: drawn from a shuffled deck.
  const deck = shuffle(random, BODY_SENTENCES);
  const count = random.weighted([[2, 2], [3, 3], [4, 4], [5, 4], [6, 4], [7, 3], [8, 2], [10, 2], [14, 1]] as const);
  for (let p = 0; p < count; p += 1) {
    const sentences: string[] = [];
    const length = random.int(1, 4);
    for (let s = 0; s < length; s += 1) {
      const topic = terms.length > 0 ? random.pick(terms).label : 'bilateral relations';
      const template = random.chance(0.25) || deck.length === 0 ? random.pick(TOPIC_SENTENCES) : (deck.pop() ?? '');
      sentences.push(fill(template, a, b, topic));
    }
    let paragraph = sentences.join(random.chance(0.05) ? '' : ' ');
    // A stray space before the full stop, as in "in Montreux ." of the crawled pages.
    if (random.chance(0.08)) paragraph = paragraph.replace(/\.$/, ' .');
    paragraphs.push(paragraph);
  }
  // Ministers' bulletins name their leaders: people mentioned, not taking part.
  const headA = heads.find((head) => head.country === a.country && head.person.id !== a.person.id);
  const headB = heads.find((head) => head.country === b.country && head.person.id !== b.person.id);
  if (headA !== undefined && headB !== undefined && random.chance(0.4)) {
    paragraphs.splice(1, 0, `${a.person.name} said that under the strategic guidance of ${headA.title} ${headA.person.name} and ${headB.title} ${headB.person.name}, relations between the two countries have maintained a high level.`);
  }
  return paragraphs;
}

/** Where the event took place, as the lead says it: " in Beijing", " at the Kremlin in Moscow". */
function placePhrase(random: Random, host: Holder, prepared: Prepared): string {
  const city = random.chance(0.7) ? (host.words.cities[0] ?? '') : random.pick(host.words.cities);
  const venues = prepared.vocabulary.venues.filter((venue) => venue.city === city && venue.country === host.country);
  if (venues.length > 0 && random.chance(0.35)) return ` at the ${random.pick(venues).name} in ${city}`;
  return ` in ${city}`;
}

/** The day after `date`, as a crawl header or a wire stamp gives the publication date. */
function nextDay(date: EventDate): EventDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  const year = next.getUTCFullYear();
  const month = next.getUTCMonth() + 1;
  const day = next.getUTCDate();
  return { year, month, day, iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** One synthetic bulletin's text, in one of the raw forms. */
function writeBulletin(random: Random, prepared: Prepared): { text: string; kind: SyntheticKind } {
  let date = randomDate(random);
  let holders = holdersOn(prepared, date.iso);
  // A date nobody in the registry held office on (rare): try another.
  for (let tries = 0; holders.length < 2 && tries < 20; tries += 1) {
    date = randomDate(random);
    holders = holdersOn(prepared, date.iso);
  }
  const hostCode = random.weighted(HOSTS);
  const hosts = holders.filter((holder) => holder.country === hostCode);
  const a = hosts.length > 0 ? random.pick(hosts) : random.pick(holders);
  const others = holders.filter((holder) => holder.country !== a.country);
  const b = others.length > 0 ? random.pick(others) : random.pick(holders);
  const kind = random.weighted(KINDS);
  const remote = kind === 'phone-call' || kind === 'video-call' || kind === 'message-exchange';
  const where = remote ? '' : placePhrase(random, a, prepared);
  const { lead, title } = writeLead(random, kind, a, b, date, where, prepared);
  const heads = holders.filter((holder) => /^(?:President|Prime Minister|Chancellor|Federal Chancellor)$/.test(holder.title));
  const body = writeBody(random, a, b, heads, prepared);
  if (random.chance(0.1)) body[0] = typo(random, body[0] ?? '');

  const published = nextDay(date);
  const form = random.weighted([['plain', 25], ['crawl', 27], ['page', 22], ['xinhua', 14], ['tass', 6], ['stamp', 6]] as const);
  let text: string;
  switch (form) {
    case 'plain':
      text = [title, lead, ...body].join('\n\n');
      break;
    case 'crawl': {
      // The header is glued to the first line of text, as the crawler saved it.
      const month = random.chance(0.2);
      const url = random.chance(0.3) ? ` https://www.example.org/${date.year}/${random.hex(8)}.html` : '';
      const stamp = month ? published.iso.slice(0, 7) : random.chance(0.5) ? date.iso : published.iso;
      text = [` date ${stamp}${url} ${lead}`, ...body].join('\n\n');
      break;
    }
    case 'page':
      text = [`${random.pick(BREADCRUMBS)}\n${title}`, lead, ...body, random.pick(FOOTERS)].join('\n\n');
      break;
    case 'xinhua': {
      const city = a.words.cities[0]?.toUpperCase() ?? 'BEIJING';
      const stampLine = `Source:Xinhua Published: ${published.year}/${published.month}/${published.day} ${random.int(8, 22)}:${String(random.int(0, 59)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
      text = [title, `${city}, ${monthName(date)} ${date.day} (Xinhua) -- ${lead}`, ...body, stampLine].join('\n\n');
      break;
    }
    case 'tass': {
      const city = b.words.cities[0]?.toUpperCase() ?? 'MOSCOW';
      text = [title, `${city}, ${monthName(date)} ${date.day}. /TASS/. ${lead}`, ...body].join('\n\n');
      break;
    }
    case 'stamp':
      // An opaque crawl stamp on the first line: `2016123005`.
      text = [`${published.iso.replaceAll('-', '')}${String(random.int(0, 99)).padStart(2, '0')}`, title, lead, ...body].join('\n\n');
      break;
  }
  // About a third of the crawled excerpts stop near 2,000 characters, mid-word.
  if (text.length > 2000 && random.chance(0.35)) text = text.slice(0, random.int(1900, 2000));
  return { text: `${text}\n`, kind };
}

/** A page that is not a bulletin, in one of the shapes the parser must reject. */
function writeJunk(random: Random, prepared: Prepared): string {
  const shape = random.weighted([['headlines', 3], ['spanish', 2], ['archive', 1], ['briefing', 2], ['live', 1], ['chrome', 1]] as const);
  const story = (): string => {
    const date = randomDate(random);
    const holders = holdersOn(prepared, date.iso);
    const a = holders.length > 0 ? random.pick(holders) : undefined;
    const b = holders.length > 0 ? random.pick(holders) : undefined;
    const who = a === undefined || b === undefined ? 'The foreign minister' : `${a.words.adjective} ${a.title} ${a.person.name}`;
    const whom = b === undefined ? 'his counterpart' : `${b.person.name}`;
    return `${who} met with ${whom} on ${weekday(date)}, ${monthName(date)} ${date.day}, and discussed bilateral ties.`;
  };
  switch (shape) {
    case 'headlines':
      return `${['Latest news', '', story(), story(), story(), story(), story(), story()].join('\n\n')}\n`;
    case 'spanish':
      return `${['Reunión de cancilleres', ...SPANISH_PARAGRAPHS.slice(0, random.int(2, 4))].join('\n\n')}\n`;
    case 'archive': {
      const lines = [...ARCHIVE_MENU];
      for (let m = 12; m > 12 - random.int(4, 9); m -= 1) lines.push(`${MONTHS[m - 1] ?? 'May'} 2018 (${random.int(1, 20)})`);
      return `${lines.join('\n')}\n\nLadies and Gentlemen,\n\nAs far as I understand, you know about the progress of the discussions.\n`;
    }
    case 'briefing': {
      const date = randomDate(random);
      return `Foreign Ministry Spokesperson's Regular Press Conference on ${monthName(date)} ${date.day}, ${date.year}\n\nQ: Could you give us more details about the visit?\n\nA: We will release information in due course. Please stay tuned.\n\nQ: What is China's comment on the talks?\n\nA: We have noted the relevant reports.\n`;
    }
    case 'live': {
      const occasion = prepared.vocabulary.occasions.length > 0 ? random.pick(prepared.vocabulary.occasions).label : 'Summit';
      return ` date ${randomDate(random).iso} ${occasion} live updates: leaders gather as talks begin\n\n${story()}\n\nMore updates on the ${occasion}\n`;
    }
    case 'chrome':
      return `${random.pick(BREADCRUMBS)}\nPrint\nClose\n`;
  }
}

/** Encodes the text as a crawler might have saved it: UTF-8, sometimes with a BOM or CRLF line ends. */
function toBytes(random: Random, text: string): Uint8Array {
  const lines = random.chance(0.05) ? text.replaceAll('\n', '\r\n') : text;
  const bytes = new TextEncoder().encode(lines);
  if (!random.chance(0.03)) return bytes;
  const withBom = new Uint8Array(bytes.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(bytes, 3);
  return withBom;
}

/** The name of file `index`: zero-padded so names sort in generation order. */
export function syntheticFileName(index: number, hex: string): string {
  return `synthetic-${String(index).padStart(6, '0')}-${hex}.txt`;
}

/**
 * A corpus generator bound to a seed and a registry: `file(i)` makes file `i` (depending on
 * nothing but the seed, the registry and `i`), `files(n)` the first `n`, lazily, so a corpus
 * of 100,000 never sits in memory.
 */
export function createCorpus(seed: string, vocabulary: CorpusVocabulary): { file: (index: number) => SyntheticFile; files: (count: number) => Generator<SyntheticFile> } {
  const prepared = prepare(vocabulary);
  const file = (index: number): SyntheticFile => {
    const random = createRandom(`${seed}:${index}`);
    const name = syntheticFileName(index, random.hex(16));
    if (index > 0 && random.chance(DUPLICATE_SHARE)) {
      const original = file(random.int(0, index - 1));
      return { file: name, bytes: original.bytes, role: 'duplicate', of: original.of ?? original.file };
    }
    if (random.chance(JUNK_SHARE)) return { file: name, bytes: toBytes(random, writeJunk(random, prepared)), role: 'junk' };
    const { text, kind } = writeBulletin(random, prepared);
    return { file: name, bytes: toBytes(random, text), role: 'bulletin', kind };
  };
  function* files(count: number): Generator<SyntheticFile> {
    for (let index = 0; index < count; index += 1) yield file(index);
  }
  return { file, files };
}

/** The note written beside a generated corpus, so nobody mistakes it for real bulletins. */
export function syntheticReadme(options: { count: number; seed: string }): string {
  return `# Synthetic bulletins: benchmarks and scale tests only

These ${options.count} files were made by \`npm run corpus:generate -- --count ${options.count} --seed ${options.seed}\`
(src/bench/generate-corpus.ts). Every name, date, place and sentence was assembled at random
from the registry and a few stock phrases: none of it reports a real event. Never ingest
them into the archive's content; use them to measure the ingest and the build.
`;
}
