/**
 * A title for bulletins that have none, made from the lead sentence.
 */
import type { Kind, Participant } from '../schema/entry.ts';

const MAX_TITLE = 140;

/** Makes a title from the lead sentence, shortened at a word boundary. */
export function makeTitle(lead: string, _kind: Kind, _participants: Participant[]): string {
  const sentence = lead.replace(/\s+/g, ' ').replace(/[.\s]+$/, '').trim();
  if (sentence === '') return 'Untitled bulletin';
  if (sentence.length <= MAX_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
