/**
 * Topics and organizations: the registry's terms joined with the meetings that name them.
 * Both live in one registry file with ids unique across the two, so they share one URL
 * space, `/topics/<id>/`.
 */
import type { Term } from '../schema/registry.ts';
import { compareText } from './collate.ts';
import type { Meeting } from './meetings.ts';

/** Which list of a meeting a term comes from. */
export type TermKind = 'topics' | 'organizations';

/** One topic or organization, as its page shows it. */
export interface TermSummary {
  /** The id in entries; the page is `/topics/<id>/`. */
  id: string;
  /** The registry's label, or the id itself when the registry lacks the term. */
  label: string;
  /** The registry's short form (`SCO`), when it has one. */
  short?: string;
  /** The registry's one-line description, when it has one. */
  description?: string;
  /** Whether it is a topic or an organization. */
  kind: TermKind;
  /** False when the registry does not hold the id (an old or hand-edited entry). */
  known: boolean;
  /** Meetings naming it, in the order of `meetings`. */
  meetings: Meeting[];
}

/**
 * Every term of one kind that some meeting names, alphabetical by label, each with its
 * meetings. Terms no meeting names are left out: their pages would be empty.
 */
export function summariseTerms(meetings: readonly Meeting[], terms: readonly Term[], kind: TermKind): TermSummary[] {
  const registry = new Map(terms.map((term) => [term.id, term]));
  const summaries = new Map<string, TermSummary>();
  for (const meeting of meetings) {
    for (const id of meeting[kind]) {
      let summary = summaries.get(id);
      if (!summary) {
        const term = registry.get(id);
        summary = { id, label: term?.label ?? id, kind, known: term !== undefined, meetings: [] };
        if (term?.short !== undefined) summary.short = term.short;
        if (term?.description !== undefined) summary.description = term.description;
        summaries.set(id, summary);
      }
      summary.meetings.push(meeting);
    }
  }
  return [...summaries.values()].sort((a, b) => compareText(a.label, b.label) || compareText(a.id, b.id));
}

/** A term's label as a tag: the short form where there is one (`SCO`), else the label. */
export function toTermTag(term: Pick<TermSummary, 'label' | 'short'>): string {
  return term.short ?? term.label;
}
