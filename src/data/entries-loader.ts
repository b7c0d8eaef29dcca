/**
 * The content loader of the archive's entries: Astro's content store holds each entry's
 * validated frontmatter and the path of its file, never its body or rendered HTML.
 *
 * Why not Astro's `glob()` loader: it keeps every body and its rendered HTML in the content
 * store, which Astro writes as one JSON string (about 5.8 KB per entry). V8 refuses strings
 * over about 512 MB, so a build of some 90,000 entries failed ("Invalid string length", Astro
 * issue #13649). Frontmatter alone is about 1.5 KB per entry. Bodies are read from their
 * files when a page needs them (src/data/entry-body.ts), one at a time.
 */
import type { Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { splitEntryFile } from '../ingest/serialise-entry.ts';

/** How many entry files are read at once: enough to keep the disk busy, few enough for file handles. */
const READ_CONCURRENCY = 64;

/** The `.md` files under `dir`, as paths relative to it, sorted so ids clash in a stable order. */
async function listEntryFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  return names
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  });
  await Promise.all(lanes);
}

/**
 * Loads every `*.md` file under `base` (relative to the project root, or absolute) as one
 * entry keyed by its frontmatter `id`: the id is the permalink (`/meetings/<id>/`) and must
 * not move when the ingest files an entry under another year folder. A file whose content
 * has not changed since the last build keeps its stored, already validated data.
 *
 * Errors name the file: no frontmatter, bad YAML, no `id`, two files with one id, or (from
 * Astro, through `parseData`) a frontmatter the schema refuses.
 */
export function entriesLoader(options: { base: string }): Loader {
  return {
    name: 'archive-entries',
    load: async ({ config, store, parseData, generateDigest, logger, watcher }) => {
      const dir = fileURLToPath(new URL(options.base.endsWith('/') ? options.base : `${options.base}/`, config.root));
      let files: string[];
      try {
        files = await listEntryFiles(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        logger.warn(`The entries folder "${dir}" does not exist: the archive is empty.`);
        files = [];
      }

      // Astro wants paths relative to the project root (`../` allowed, for entries kept elsewhere).
      const root = fileURLToPath(config.root);
      const toStoredPath = (file: string) => relative(root, file).split(sep).join('/');

      /** Reads one file into the store; returns its id. */
      const sync = async (file: string): Promise<string> => {
        const text = await readFile(file, 'utf8');
        const digest = generateDigest(text);
        const { frontmatter } = splitEntryFile(text, file);
        let data: Record<string, unknown>;
        try {
          data = parse(frontmatter) as Record<string, unknown>;
        } catch (error) {
          throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`);
        }
        const id = data?.['id'];
        if (typeof id !== 'string' || id === '') {
          throw new Error(`${file}: the frontmatter has no "id"; every entry needs one (see src/schema/entry.ts).`);
        }
        const filePath = toStoredPath(file);
        const stored = store.get(id);
        if (stored?.digest === digest && stored.filePath === filePath) return id;
        store.set({ id, data: await parseData({ id, data, filePath: file }), digest, filePath });
        return id;
      };

      const fileById = new Map<string, string>();
      await forEachLimited(files, READ_CONCURRENCY, async (file) => {
        const id = await sync(file);
        const other = fileById.get(id);
        if (other !== undefined) throw new Error(`${file}: the id "${id}" is also the id of ${other}; ids must be unique.`);
        fileById.set(id, file);
      });
      for (const id of store.keys()) if (!fileById.has(id)) store.delete(id);

      // The dev server: follow edits, as Astro's glob() loader does.
      if (watcher === undefined) return;
      watcher.add(dir);
      const isEntryFile = (path: string) => path.startsWith(dir) && path.endsWith('.md');
      const reload = async (path: string) => {
        if (!isEntryFile(path)) return;
        try {
          await sync(path);
          logger.info(`Reloaded ${path}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (path) => {
        for (const [id, stored] of store.entries()) if (stored.filePath === toStoredPath(path)) store.delete(id);
      });
    },
  };
}
