/**
 * Pages that are not one bulletin: other languages, headline lists, search results, tag
 * pages, live blogs, multi-topic briefings. STUB: being replaced.
 */
import type { CleanDocument } from './clean-document.ts';

/** Returns why the page is not a single English bulletin, or undefined when it is one. */
export function detectNonBulletin(doc: CleanDocument): string | undefined {
  if (doc.paragraphs.length === 0 && doc.title === undefined) return 'no text';
  return undefined;
}
