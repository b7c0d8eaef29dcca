/**
 * What happened: a meeting, talks, a phone call... STUB: being replaced.
 */
import type { Kind } from '../schema/entry.ts';
import type { CleanDocument } from './clean-document.ts';

/** Classifies the event the bulletin reports. */
export function parseKind(_doc: CleanDocument): Kind {
  return 'other';
}
