/**
 * Decides who took part in the event a bulletin reports, from the events of its sentences.
 *
 * Rules, in order:
 * 1. The body is read first, sentence by sentence, then the photo captions, then the title.
 * 2. The first sentence whose event is reported (not planned, denied or secondary) gives the
 *    participants: the people of its event clauses. When it names only one of two sides (`met
 *    the Chinese Foreign Minister`, `talks with German parliamentarians`), reading goes on until a
 *    later reported event names the other side.
 * 3. When the first event the body reports is planned (`will meet`, `is expected to`), the
 *    bulletin announces it: its source (`spokesperson Hua Chunying said`) took part, or else the
 *    planned event's subjects (a visitor who `will go on a visit`).
 * 4. Pronouns (`he met`, `his talks with`) stand for the last person named before them; a clause
 *    without a subject (`while meeting with`) means the subject of its sentence.
 */
import type { NameUnit } from './find-names.ts';
import type { ClauseEvent, SentenceEvents } from './read-events.ts';

/** A sentence as the participant rules need it. */
export interface ReadSentence {
  /** Where it comes from: the body, a photo caption, the title or site chrome. */
  source: 'body' | 'caption' | 'title' | 'junk';
  /** Index of its paragraph in the body (0 for other sources). */
  paragraph: number;
  /** Its person units. */
  units: NameUnit[];
  /** The person each unit names (by id), or undefined for an office without a name. */
  persons: (number | undefined)[];
  /** Its events. */
  events: SentenceEvents;
}

/** One participant: a person and the unit that named them in the event. */
export interface Pick {
  /** The person's id. */
  person: number;
  /** The unit that named them in the event sentence (for the role and country given there). */
  unit?: NameUnit;
}

/** Finds the person an office without a name stands for, not one of `exclude`. */
export type OfficeResolver = (unit: NameUnit, exclude: readonly number[]) => number | undefined;

interface ClausePeople {
  picks: Pick[];
  unnamed: boolean;
  /** The unnamed side is a group (`leading German parliamentarians`). */
  group: boolean;
}

/** The people of one event clause, pronouns and offices resolved. */
function peopleOf(sentence: ReadSentence, event: ClauseEvent, lastPerson: number | undefined, resolve: OfficeResolver): ClausePeople {
  const picks: Pick[] = [];
  let unnamed = false;
  let group = false;
  const add = (person: number, unit?: NameUnit): void => {
    if (picks.some((p) => p.person === person)) return;
    picks.push(unit === undefined ? { person } : { person, unit });
  };
  const indexes = [...event.units];
  if (event.inheritsSubject) for (const u of sentence.events.mainUnits) if (!indexes.includes(u)) indexes.unshift(u);
  if (event.pronounSubject) {
    const before = sentence.units.findIndex((_, i) => indexes.includes(i));
    const earlier = sentence.persons.slice(0, before === -1 ? sentence.units.length : before).filter((p): p is number => p !== undefined);
    const subject = earlier[earlier.length - 1] ?? lastPerson;
    if (subject !== undefined) add(subject);
    else unnamed = true;
  }
  const offices: NameUnit[] = [];
  for (const u of indexes) {
    const unit = sentence.units[u];
    const person = sentence.persons[u];
    if (unit === undefined) continue;
    if (person !== undefined) add(person, unit);
    else offices.push(unit);
  }
  for (const unit of offices) {
    if (unit.group) {
      if (picks.length < 2) {
        unnamed = true;
        group = true;
      }
      continue;
    }
    const person = resolve(unit, picks.map((p) => p.person));
    if (person !== undefined) add(person, unit);
    else unnamed = true;
  }
  return { picks, unnamed, group };
}

/** Whether a clause's people make an event of its kind. */
function counts(event: ClauseEvent, people: ClausePeople): boolean {
  if (people.picks.length === 0) return false;
  if (event.strength === 'weak') return people.picks.length + (people.unnamed ? 1 : 0) >= 2;
  return true;
}

/** The last person a sentence names (for a pronoun in the next one). */
function lastNamed(sentence: ReadSentence, resolve: OfficeResolver): number | undefined {
  return namedAt(sentence, resolve, [...sentence.units.keys()].reverse());
}

/** The first person a sentence names: its subject, for a pronoun in the next one. */
function firstNamed(sentence: ReadSentence, resolve: OfficeResolver): number | undefined {
  return namedAt(sentence, resolve, [...sentence.units.keys()]);
}

/** The first person named at the given unit positions, in that order. */
function namedAt(sentence: ReadSentence, resolve: OfficeResolver, order: number[]): number | undefined {
  for (const i of order) {
    const person = sentence.persons[i];
    if (person !== undefined) return person;
    const unit = sentence.units[i];
    if (unit && !unit.group) {
      const resolved = resolve(unit, []);
      if (resolved !== undefined) return resolved;
    }
  }
  return undefined;
}

/** Whether a sentence announces (is the source of) a planned event. */
function speakerOf(sentence: ReadSentence): Pick | undefined {
  const spokes = sentence.events.speakers.find((u) => /spokes/i.test(sentence.units[u]?.role ?? ''));
  const chosen = spokes ?? sentence.events.speakers[0];
  if (chosen === undefined) return undefined;
  const person = sentence.persons[chosen];
  const unit = sentence.units[chosen];
  if (person === undefined) return undefined;
  return unit === undefined ? { person } : { person, unit };
}

/** Offices of a companion who takes part beside a participant (`his wife Liu Yongqing`). */
const COMPANION = /\b(?:wife|husband|spouse|first lady)\b/i;

/**
 * Adds spouses who share a reported event with a participant ("Hu Jintao and his wife Liu
 * Yongqing were welcomed by Putin"): the visit is theirs together.
 */
function addCompanions(chosen: Pick[], sentences: readonly ReadSentence[], resolve: OfficeResolver): Pick[] {
  const result = [...chosen];
  for (const sentence of sentences) {
    if (sentence.source !== 'body') continue;
    for (const event of sentence.events.events) {
      if (event.status !== 'reported') continue;
      const people = peopleOf(sentence, event, undefined, resolve);
      if (!people.picks.some((p) => result.some((c) => c.person === p.person))) continue;
      for (const pick of people.picks) {
        if (COMPANION.test(pick.unit?.role ?? '') && !result.some((c) => c.person === pick.person)) result.push(pick);
      }
    }
  }
  return result;
}

/** Chooses the participants of the bulletin's event. `announcement` is true for a `statement` bulletin. */
export function chooseParticipants(sentences: readonly ReadSentence[], resolve: OfficeResolver, announcement: boolean): Pick[] {
  const ordered = [
    ...sentences.filter((s) => s.source === 'body'),
    ...sentences.filter((s) => s.source === 'caption'),
    ...sentences.filter((s) => s.source === 'title'),
  ];
  if (announcement) {
    const early = ordered.filter((s) => s.source !== 'body' || s.paragraph <= 1);
    for (const sentence of early) {
      const speaker = speakerOf(sentence);
      if (speaker !== undefined) return [speaker];
    }
  }
  let chosen: Pick[] = [];
  let open = false;
  // A group left unnamed (`talks with German parliamentarians`) may be named by several events in a row.
  let group: { source: string; paragraph: number } | undefined;
  let seenEvent = false;
  let previous: ReadSentence | undefined;
  for (const sentence of ordered) {
    const lastPerson = previous && previous.source === sentence.source && previous.paragraph === sentence.paragraph ? firstNamed(previous, resolve) ?? lastNamed(previous, resolve) : undefined;
    previous = sentence;
    const reported: ClausePeople[] = [];
    for (const event of sentence.events.events) {
      const people = peopleOf(sentence, event, lastPerson, resolve);
      if (!counts(event, people)) continue;
      if (event.status === 'planned' && !seenEvent && chosen.length === 0 && sentence.source === 'body') {
        // The first event the body tells is a plan: an announcement or a preview.
        const speaker = speakerOf(sentence);
        if (speaker !== undefined) return [speaker];
        const subjects = people.picks.filter((p) => p.unit === undefined || event.subjects.some((u) => sentence.units[u] === p.unit));
        if (subjects.length > 0) return subjects;
      }
      seenEvent = true;
      if (event.status === 'reported') reported.push(people);
    }
    if (reported.length === 0) {
      if (!open && group !== undefined) break;
      continue;
    }
    const picks: Pick[] = [];
    for (const people of reported) for (const pick of people.picks) if (!picks.some((p) => p.person === pick.person)) picks.push(pick);
    const unnamed = reported.some((people) => people.unnamed);
    if (chosen.length === 0) {
      chosen = picks;
      open = unnamed && picks.length < 2;
      if (open && reported.some((people) => people.group)) group = { source: '', paragraph: -1 };
    } else {
      // The first event left a side unnamed: a later one that names someone new completes it.
      const fresh = picks.filter((p) => !chosen.some((c) => c.person === p.person));
      const joins = picks.length >= 2 && picks.some((p) => chosen.some((c) => c.person === p.person));
      if (fresh.length > 0 && (open || (group !== undefined && joins && group.source === sentence.source && group.paragraph === sentence.paragraph))) {
        chosen = [...chosen, ...fresh];
        open = false;
        if (group !== undefined) group = { source: sentence.source, paragraph: sentence.paragraph };
      } else if (!open && group !== undefined) break;
    }
    if (chosen.length > 0 && !open && group === undefined) return addCompanions(chosen, ordered, resolve);
  }
  return addCompanions(chosen, ordered, resolve);
}
