/**
 * Who took part and who was only mentioned. STUB: being replaced.
 */
import type { Kind, Participant } from '../schema/entry.ts';
import type { CleanDocument } from './clean-document.ts';

/** The people of a bulletin. */
export interface People {
  participants: Participant[];
  mentioned: string[];
}

/** Finds the participants and the people merely mentioned. */
export function parsePeople(_doc: CleanDocument, _kind: Kind): People {
  return { participants: [], mentioned: [] };
}
