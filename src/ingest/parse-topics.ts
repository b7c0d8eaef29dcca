/**
 * What was discussed and which organizations were named, as ids of the curated registry
 * (`content/registry/topics.yml`). A term counts when any of its patterns matches the title
 * or the body; ids come out in registry order, so the same text always gives the same list.
 */
import type { Registry, Term } from '../schema/registry.ts';
import type { CleanDocument } from './clean-document.ts';
import { mayMatch, patternNeeds, prepareText, toPrefilter, type Needs, type PreparedText, type Prefilter } from './topic-prefilter.ts';

/** A term with its patterns compiled, each with the literals it needs (`topic-prefilter.ts`). */
interface CompiledTerm {
  id: string;
  patterns: { regex: RegExp; needs: Needs | null }[];
}

interface CompiledTerms {
  topics: CompiledTerm[];
  organizations: CompiledTerm[];
  prefilter: Prefilter;
}

// Compiling every pattern for every bulletin would dominate a large ingest; one registry
// object serves a whole run, so its compiled form is kept for as long as it lives.
const compiled = new WeakMap<Registry, CompiledTerms>();

/** The registry's terms with their patterns compiled (once per registry object). */
function compileTerms(registry: Registry): CompiledTerms {
  const cached = compiled.get(registry);
  if (cached) return cached;
  // The "u" flag is the one the registry schema checks the patterns with; no "g", so `test` keeps no state.
  const compile = (terms: Term[]): CompiledTerm[] =>
    terms.map((term) => ({ id: term.id, patterns: term.match.map((source) => ({ regex: new RegExp(source, 'u'), needs: patternNeeds(source) })) }));
  const topics = compile(registry.topics);
  const organizations = compile(registry.organizations);
  const prefilter = toPrefilter([...topics, ...organizations].flatMap((term) => term.patterns.map((pattern) => pattern.needs)));
  const terms = { topics, organizations, prefilter };
  compiled.set(registry, terms);
  return terms;
}

function idsFound(terms: CompiledTerm[], text: PreparedText): string[] {
  // Only a pattern whose literals occur in the text is run: the others cannot match.
  return terms.filter((term) => term.patterns.some(({ regex, needs }) => mayMatch(needs, text) && regex.test(text.text))).map((term) => term.id);
}

/** Topic ids and organization ids a bulletin names, each in registry order. */
export function parseTopics(doc: CleanDocument, registry: Registry): { topics: string[]; organizations: string[] } {
  const terms = compileTerms(registry);
  const text = prepareText([doc.title ?? '', ...doc.paragraphs].join('\n'), terms.prefilter);
  return { topics: idsFound(terms.topics, text), organizations: idsFound(terms.organizations, text) };
}
