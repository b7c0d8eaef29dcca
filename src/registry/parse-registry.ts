/**
 * Turns the text of the three registry files into one validated `Registry`. Pure: the
 * caller reads the files (see `read-registry.ts`). Every problem of every file is reported
 * at once, each naming the file and the path inside it, so an editor fixes them in one go.
 */
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import {
  PeopleFileSchema,
  PlacesFileSchema,
  TopicsFileSchema,
  type Registry,
} from '../schema/registry.ts';

/** The registry files, by role, with the name to report problems under. */
export interface RegistryTexts {
  people: { file: string; text: string };
  topics: { file: string; text: string };
  places: { file: string; text: string };
}

/** The registry could not be read; `problems` lists each as `file: path: message`. */
export class RegistryError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`the registry has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:\n  ${problems.join('\n  ')}`);
    this.name = 'RegistryError';
    this.problems = problems;
  }
}

/** Parses one YAML text with a schema; returns the value or the problems found. */
export function parseYamlWith<T>(
  schema: z.ZodType<T>,
  file: string,
  text: string,
): { ok: true; value: T } | { ok: false; problems: string[] } {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return { ok: false, problems: document.errors.map((error) => `${file}: not valid YAML: ${error.message}`) };
  }
  const result = schema.safeParse(document.toJS());
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`),
  };
}

/** Parses and validates the three registry files; throws `RegistryError` listing every problem. */
export function parseRegistry(texts: RegistryTexts): Registry {
  const people = parseYamlWith(PeopleFileSchema, texts.people.file, texts.people.text);
  const topics = parseYamlWith(TopicsFileSchema, texts.topics.file, texts.topics.text);
  const places = parseYamlWith(PlacesFileSchema, texts.places.file, texts.places.text);
  const problems = [people, topics, places].flatMap((result) => (result.ok ? [] : result.problems));
  if (!people.ok || !topics.ok || !places.ok) throw new RegistryError(problems);
  return {
    people: people.value,
    topics: topics.value.topics,
    organizations: topics.value.organizations,
    venues: places.value.venues,
    placeNames: places.value.names,
    occasions: places.value.occasions,
  };
}
