/**
 * Where it happened. STUB: being replaced.
 */
import type { Kind, Location } from '../schema/entry.ts';
import type { CleanDocument } from './clean-document.ts';

/** Finds where the event happened; null for calls and written exchanges or when unknown. */
export function parseLocation(_doc: CleanDocument, _kind: Kind): Location | null {
  return null;
}
