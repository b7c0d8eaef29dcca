/**
 * The curated topics and places of `content/registry/`, as a `Registry` with no people, for
 * the tests of the topic and place stages: they depend on those two files only, so a change
 * to `people.yml` never breaks them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegistry } from '../../../src/registry/parse-registry.ts';
import type { Registry } from '../../../src/schema/registry.ts';

/** The registry folder of this checkout. */
export const REGISTRY_DIR = join(import.meta.dirname, '../../../content/registry');

/** The text of one registry file. */
export function readRegistryText(name: 'topics.yml' | 'places.yml'): string {
  return readFileSync(join(REGISTRY_DIR, name), 'utf8');
}

/** `topics.yml` and `places.yml` parsed and validated, with `people: []`. */
export function curatedRegistry(): Registry {
  return parseRegistry({
    people: { file: 'people.yml', text: '[]' },
    topics: { file: 'topics.yml', text: readRegistryText('topics.yml') },
    places: { file: 'places.yml', text: readRegistryText('places.yml') },
  });
}
