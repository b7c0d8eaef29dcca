/**
 * Groups the names a document writes into people: `Xi`, `President Xi` and `Xi Jinping` are one
 * person, named by the fullest form the text gives. Links come from the text alone: a short form
 * joins the longer name that contains it (a surname, `Xi` or `Lavrov`, or a shorter full form,
 * `Lula da Silva`); when several names contain it, the one written last before it wins.
 */
import { tokenise } from './tokens.ts';
import { HONORIFICS, NAME_PARTICLES } from './vocabulary.ts';

/** One written name, in document order. */
export interface NameMention {
  /** The name as written (`Dr. S Jaishankar`, `Xi`). */
  name: string;
  /** Position in the document, for "the last one before". */
  order: number;
}

/** A person: the names that stand for them, and the fullest of those. */
export interface Person {
  /** Stable index of the person in the document. */
  id: number;
  /** The fullest form of the name, honorifics stripped (`Sergey Lavrov`). */
  name: string;
  /** Lower-case comparable words of the fullest name. */
  words: string[];
}

/** Comparable words of a name: lower case, honorifics, initials and particles dropped. */
export function nameWords(name: string): string[] {
  const words = tokenise(name)
    .filter((t) => t.kind === 'word')
    .map((t) => t.lower.replace(/\.$/, ''));
  let start = 0;
  while (start < words.length - 1 && HONORIFICS.has(words[start] ?? '')) start++;
  return words.slice(start).filter((w) => w.length > 1 && !NAME_PARTICLES.has(w));
}

/** A name with honorifics taken off its front (`Dr. S Jaishankar` → `S Jaishankar`, `Madame Peng Liyuan` → `Peng Liyuan`). */
export function stripHonorifics(name: string): string {
  let text = name.trim();
  for (;;) {
    const match = /^(\p{L}+)\.?\s+(?=\S)/u.exec(text);
    if (!match || !HONORIFICS.has((match[1] ?? '').toLowerCase())) break;
    // Keep "He" of "He Lifeng": only a title-cased honorific followed by a name is stripped.
    if (match[1] === 'He') break;
    text = text.slice(match[0].length);
  }
  return text.replace(/\s+/g, ' ');
}

/** Whether every word of `small` is among the words of `large`. */
function contains(large: readonly string[], small: readonly string[]): boolean {
  return small.length > 0 && small.every((word) => large.includes(word));
}

/** The people a document names, and which person each mention stands for. */
export interface PeopleIndex {
  /** Every person, in order of first mention. */
  people: Person[];
  /** The person a mention (by its position in the input) stands for. */
  personOf: number[];
}

/**
 * Links mentions to people. Multi-word names are placed first (longest first), so that a
 * shorter form joins the fullest; then one-word names join the person whose name contains the
 * word, preferring the one mentioned last before it.
 */
export function linkNames(mentions: readonly NameMention[]): PeopleIndex {
  const people: Person[] = [];
  const personOf = new Array<number>(mentions.length).fill(-1);
  const wordsOf = mentions.map((m) => nameWords(m.name));
  const order = mentions
    .map((_, i) => i)
    .filter((i) => (wordsOf[i] ?? []).length > 0)
    .sort((a, b) => (wordsOf[b] ?? []).length - (wordsOf[a] ?? []).length || (mentions[b]?.name.length ?? 0) - (mentions[a]?.name.length ?? 0) || a - b);
  // How near a person's last mention before `at` is (higher is nearer); failing that, how soon
  // their first mention after it comes (a headline's `Obama` is the Obama the story names first).
  const nearness = (person: Person, at: number): number => {
    let before = -1;
    let after = Number.POSITIVE_INFINITY;
    mentions.forEach((m, i) => {
      if (personOf[i] !== person.id) return;
      if (m.order < at) before = Math.max(before, m.order);
      else after = Math.min(after, m.order);
    });
    return before >= 0 ? at + before : at - after;
  };
  for (const i of order) {
    const words = wordsOf[i] ?? [];
    const mention = mentions[i];
    if (mention === undefined) continue;
    const candidates = people.filter((p) => contains(p.words, words));
    let chosen: Person | undefined;
    if (candidates.length === 1) chosen = candidates[0];
    else if (candidates.length > 1) {
      chosen = [...candidates].sort((a, b) => nearness(b, mention.order) - nearness(a, mention.order))[0];
    }
    if (chosen === undefined) {
      chosen = { id: people.length, name: stripHonorifics(mention.name), words };
      people.push(chosen);
    }
    personOf[i] = chosen.id;
  }
  return { people, personOf };
}
