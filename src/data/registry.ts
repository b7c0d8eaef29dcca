/**
 * The site's access to the curated registry (`content/registry/*.yml`): people, topics and
 * organizations. Read once per build, like the entries.
 */
import { DEFAULT_REGISTRY_DIR, readRegistry } from '../registry/read-registry.ts';
import type { Registry } from '../schema/registry.ts';

/**
 * Where the registry is read from, relative to the project root or absolute.
 * `ARCHIVE_REGISTRY_DIR` lets a test or a host build with another registry; default `content/registry`.
 */
function getRegistryDir(): string {
  return process.env['ARCHIVE_REGISTRY_DIR'] ?? DEFAULT_REGISTRY_DIR;
}

let cached: Registry | undefined;

/**
 * The registry, validated; a broken registry fails the build with every problem listed
 * (see src/registry/parse-registry.ts) rather than publishing pages with missing names.
 */
export function getRegistry(): Registry {
  // As with the entries: one read per build, a fresh one per request on the dev server.
  if (!import.meta.env.PROD) return readRegistry(getRegistryDir());
  cached ??= readRegistry(getRegistryDir());
  return cached;
}
