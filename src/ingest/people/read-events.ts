/**
 * Reads who takes part in the events one sentence reports. The sentence is reduced to a
 * skeleton, each person unit replaced by a placeholder (`⟦0⟧ met ⟦1⟧ in Moscow`), and cut into
 * clauses where English opens a new one (`after`, `that`, `, who`, `on the sidelines of`, `;`).
 * A clause with a verb or noun of meeting (`met`, `talks with`, `hosted by`, `'s meeting with`)
 * reports an event between the people in it, unless it is planned (`will meet`, `is expected
 * to`), denied (`did not hold talks`), or secondary (`also met`, `after talks with`,
 * `earlier met`).
 */
import type { NameUnit } from './find-names.ts';

/** What a clause says of its event. */
export type EventStatus = 'reported' | 'planned' | 'denied' | 'secondary';

/** How many people an event expression needs before it counts. */
type Strength = 'strong' | 'solo' | 'weak';

/** One event clause of a sentence. */
export interface ClauseEvent {
  /** Whether the event happened, is planned, denied or secondary. */
  status: EventStatus;
  /** Indexes (into the sentence's units) of the people in the clause, resolved pronouns included. */
  units: number[];
  /** Indexes of the units before the event word: its subjects. */
  subjects: number[];
  /** A pronoun (`he`, `his`) stands as subject without a unit: resolve it from context. */
  pronounSubject: boolean;
  /** The clause has no subject of its own: the main clause's subject is meant (`while meeting with`). */
  inheritsSubject: boolean;
  /** Whether one person is enough for the event (a departure, a press conference). */
  strength: Strength;
}

/** The events of one sentence, and who it quotes. */
export interface SentenceEvents {
  /** Event clauses in order. */
  events: ClauseEvent[];
  /** Units quoted as the source (`..., spokesperson Hua Chunying said`, `says ... Lu Kang`). */
  speakers: number[];
  /** Units of the sentence's first clause: the subject a later clause without one means. */
  mainUnits: number[];
}

/** Where a new clause opens: the boundary words are kept at the start of the clause they open. */
const CLAUSE_BREAK =
  /;|:|\s[—–]\s|\s--\s|,\s*(?=(?:who|which|whose|where|when|while|saying|adding|noting|stressing|expressing|exchanging|calling|urging|describing|according|but|and the|and (?:he|she|they|it)\b|and [a-z]+ed\b|[a-z]+ing\b))|(?<!\bwell)\s(?=(?:after|before|prior to|following|ahead of|since|that|as(?! well as| soon as| part of| a result| of)|where|when|while|whereas|according to|on the (?:sidelines|margins|fringes)|to discuss|saying|during which)\b)/gi;

/** Openers of a clause about an earlier or later event than the one reported. */
const SECONDARY_OPENER = /^(?:,\s*)?(?:after|before|prior to|following|ahead of|since)\b/i;
const SOURCE_OPENER = /^(?:,\s*)?according to\b/i;

/** Expressions of a person-to-person event, with what they need. */
const EXPRESSIONS: { pattern: RegExp; strength: Strength }[] = [
  { pattern: /\b(?:met|meets?|meeting)\s+(?:with\s+)?(?:the\s+)?(?:press|reporters|journalists|media)\b|\b(?:press|news) conference\b|\bbriefed (?:the )?(?:press|reporters|journalists)\b/i, strength: 'solo' },
  { pattern: /\b(?:left|arrived|arrives|returned|returns|toured|tours|travell?ed|flew|flies|landed)\b|\b(?:begins?|began|starts?|started|kicked off|kicks off|wraps? up|wrapped up|concludes?|concluded|paid|pays|paying)\s+(?:his|her|their|a|an|the)\s+(?:\S+\s+){0,3}?(?:visit|tour|trip)\b|\bvisit(?:s|ed|ing)?\s+(?=[A-Z⟦])|\b(?:go|goes|going|went|pay|pays|paid|paying|make|makes|made|making)\s+(?:into\s+|on\s+)?(?:a\s+|an\s+|his\s+|her\s+|their\s+)?(?:official|state|working|formal|first|maiden|[\w]+-day|[\w]+-nation)\s+visit\b/, strength: 'solo' },
  { pattern: /\b(?:met|meets?|meeting|meetings|greet(?:s|ed)?|receiv(?:es|ed)|host(?:s|ed)|welcom(?:es|ed)|congratulat(?:es|ed)|telephon(?:es|ed)|phon(?:es|ed)|called(?! (?:for|on|upon)\b)|talk(?:s|ed)?|spoke|speaks|conversations?|consultations?|negotiations?|discussions?|tete-a-tete|summit\s+with|(?:dinner|lunch|luncheon|breakfast|banquet)\s+(?:with|hosted)|hosted by|(?:sent|send|sends) (?:a |an )?(?:\S+\s+){0,2}?(?:message|letter|telegram|greetings?|congratulations))\b/i, strength: 'strong' },
  { pattern: /\b(?:exchanged|exchange|discussed|signed|attended|attends|chaired|co-chaired|jointly chaired|began|agreed|pledged|witnessed|shook hands|reviewed|held|holds|had)\b/i, strength: 'weak' },
];

const MODAL = /\b(?:will|would|shall|to|expected|scheduled|due|set|plans?|planned|planning|likely|hopes?|hoping|intends?|ready|soon|wants?|wish(?:es)?|forward|agreed|invited|may|might|could|should)(?:\s+(?:hold|have|meet|pay|make|attend|be|sign|host|receive|travel|talk|discuss|take|start|begin|go|send|exchange)(?:\s+(?:a|an|the|his|her|their))?)?\s*$/i;
const NEGATED = /\b(?:not|n't|never|neither|nor|without|no)\b/i;
const SECONDARY = /\b(?:also|earlier|later|previously|again|already|once|having|formerly)\b|\blast\s+(?:\S+\s+)?$/i;
const PRONOUN = /\b(?:he|she|his|her)\b/i;
/** After a possessive, the nouns that make its owner a party (`Mishustin's meeting with`). */
const POSSESSIVE_EVENT = /^\s*['’]s\s+(?:[\w-]+\s+){0,2}?(?:meeting|meetings|talks|conversation|call|discussions?|press conference|news conference|summit|dinner|lunch|message)\b/i;
const SPEECH = /^\s*,?\s*(?:said|says|told|announced|stated|noted|added|confirmed|reported)\b/i;
const SPEECH_BEFORE = /\b(?:said|says|according to)\s*,?\s*$/i;

/** Replaces each unit by `⟦i⟧` and drops bracketed asides that hold no unit (`(R)`, `(July 3)`). */
export function toSkeleton(text: string, units: readonly NameUnit[]): string {
  let skeleton = '';
  let at = 0;
  units.forEach((unit, i) => {
    if (unit.start < at) return;
    skeleton += text.slice(at, unit.start) + `⟦${i}⟧`;
    at = unit.end;
  });
  skeleton += text.slice(at);
  return skeleton.replace(/\s*\([^()⟦]*\)/g, '').replace(/\s*\[[^[\]⟦]*\]/g, '');
}

function unitsIn(text: string): number[] {
  return [...text.matchAll(/⟦(\d+)⟧/g)].map((m) => Number(m[1]));
}

/**
 * Where each unit's `⟦i⟧` first occurs in `text` (its start and the offset after it), found in
 * one pass: an `indexOf` per unit would make a long sentence naming many people quadratic.
 */
function placeholderSpans(text: string): Map<number, { start: number; end: number }> {
  const spans = new Map<number, { start: number; end: number }>();
  for (const match of text.matchAll(/⟦(\d+)⟧/g)) {
    const unit = Number(match[1]);
    if (!spans.has(unit)) spans.set(unit, { start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/**
 * The end of `text`, long enough for `SPEECH_BEFORE` to decide on: the text is tidied to single
 * spaces, so the phrase and the spaces and comma after it fit, and testing a bounded tail keeps
 * the regex from rescanning the whole sentence for every person in it.
 */
const speechTail = (text: string): string => text.slice(-64);

/** Reads the events and the quoted sources of one sentence. */
export function readSentenceEvents(text: string, units: readonly NameUnit[]): SentenceEvents {
  const skeleton = toSkeleton(text, units);
  const clauses: string[] = [];
  let at = 0;
  for (const match of skeleton.matchAll(CLAUSE_BREAK)) {
    if (match.index === 0) continue;
    clauses.push(skeleton.slice(at, match.index));
    at = match.index + (match[0].startsWith(',') || match[0].startsWith(';') || match[0].startsWith(':') ? 0 : match[0].length);
  }
  clauses.push(skeleton.slice(at));

  const events: ClauseEvent[] = [];
  clauses.forEach((clause, index) => {
    const found = findExpression(clause);
    if (found === undefined) return;
    const [position, strength] = found;
    const pre = clause.slice(0, position);
    const spans = placeholderSpans(clause);
    const mentioned = unitsIn(clause).filter((u) => {
      const unit = units[u];
      if (unit === undefined) return false;
      if (!unit.possessive) return true;
      return POSSESSIVE_EVENT.test(clause.slice(spans.get(u)?.end ?? 0));
    });
    const isMentioned = new Set(mentioned);
    const subjects = unitsIn(pre).filter((u) => isMentioned.has(u));
    const preWords = pre.replace(/⟦\d+⟧/g, ' ').trim();
    const lastWords = preWords.split(/\s+/).slice(-5).join(' ');
    let status: EventStatus = 'reported';
    const opener = clause.trimStart();
    if (SECONDARY_OPENER.test(opener) || SOURCE_OPENER.test(opener) || SECONDARY.test(pre.replace(/⟦\d+⟧/g, ' '))) status = 'secondary';
    if (MODAL.test(lastWords) || /\b(?:will|would|shall)\b/i.test(lastWords)) status = 'planned';
    if (NEGATED.test(lastWords)) status = 'denied';
    const pronounSubject = subjects.length === 0 && PRONOUN.test(preWords);
    const inheritsSubject = subjects.length === 0 && !pronounSubject && index > 0;
    events.push({ status, units: mentioned, subjects, pronounSubject, inheritsSubject, strength });
  });

  const speakers: number[] = [];
  const spans = placeholderSpans(skeleton);
  units.forEach((unit, i) => {
    if (unit.name === undefined) return;
    const span = spans.get(i);
    if (span === undefined) return;
    const after = skeleton.slice(span.end);
    const before = skeleton.slice(0, span.start);
    if (SPEECH.test(after) || SPEECH_BEFORE.test(speechTail(before))) speakers.push(i);
  });
  return { events, speakers, mainUnits: unitsIn(clauses[0] ?? '') };
}

/**
 * The expression that makes a clause an event: the first of the kinds that need one person
 * (`met`, `talks with`, `left`), else the first that needs two (`exchanged`, `held`).
 */
function findExpression(clause: string): [number, Strength] | undefined {
  let best: [number, Strength] | undefined;
  for (const { pattern, strength } of EXPRESSIONS) {
    const match = pattern.exec(clause);
    if (match === null) continue;
    const weakBest = best === undefined || best[1] === 'weak';
    if (best === undefined || (strength !== 'weak' && weakBest) || ((strength === 'weak') === weakBest && match.index < best[0])) best = [match.index, strength];
  }
  return best;
}
