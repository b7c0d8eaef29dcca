/**
 * Reads the curated registry from its folder (`content/registry` by default): the I/O
 * around `parseRegistry`. Used by the ingest CLI, the eval, the tests and the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from '../schema/registry.ts';
import { parseRegistry, RegistryError } from './parse-registry.ts';

/** The registry folder of this checkout, relative to the working directory. */
export const DEFAULT_REGISTRY_DIR = 'content/registry';

/** The file names inside a registry folder. */
export const REGISTRY_FILES = { people: 'people.yml', topics: 'topics.yml', places: 'places.yml' } as const;

/** Reads and validates `people.yml`, `topics.yml` and `places.yml`; throws `RegistryError` naming each problem. */
export function readRegistry(dir: string = DEFAULT_REGISTRY_DIR): Registry {
  const problems: string[] = [];
  const read = (name: string): { file: string; text: string } => {
    const file = join(dir, name);
    try {
      return { file, text: readFileSync(file, 'utf8') };
    } catch (error) {
      problems.push(`${file}: cannot read: ${(error as Error).message}`);
      return { file, text: '' };
    }
  };
  const texts = { people: read(REGISTRY_FILES.people), topics: read(REGISTRY_FILES.topics), places: read(REGISTRY_FILES.places) };
  if (problems.length > 0) throw new RegistryError(problems);
  return parseRegistry(texts);
}
