/**
 * What was discussed and which organizations were named, as labels of the curated
 * vocabulary in `vocabulary/topics.ts`. A topic counts when the body names it; labels come
 * out in vocabulary order, so the same text always gives the same list.
 */
import type { CleanDocument } from './clean-document.ts';
import { ORGANIZATIONS, TOPICS, type VocabularyTerm } from './vocabulary/topics.ts';

function labelsFound(terms: VocabularyTerm[], text: string): string[] {
  return terms.filter((term) => term.patterns.some((pattern) => pattern.test(text))).map((term) => term.label);
}

/** Topics and organizations of a bulletin. */
export function parseTopics(doc: CleanDocument): { topics: string[]; organizations: string[] } {
  const text = [doc.title ?? '', ...doc.paragraphs].join('\n');
  return { topics: labelsFound(TOPICS, text), organizations: labelsFound(ORGANIZATIONS, text) };
}
