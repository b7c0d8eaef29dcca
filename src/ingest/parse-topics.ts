/**
 * What was discussed and which organizations were named. STUB: being replaced.
 */
import type { CleanDocument } from './clean-document.ts';

/** Topics and organizations of a bulletin. */
export function parseTopics(_doc: CleanDocument): { topics: string[]; organizations: string[] } {
  return { topics: [], organizations: [] };
}
