/**
 * The archive's one content collection: the entries the ingest writes, validated with the
 * same schema the ingest used (src/schema/entry.ts), so the site never reads a file the
 * ingest would have refused.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { EntrySchema } from './schema/entry.ts';

/**
 * Where the entries are read from, relative to the project root or absolute.
 * `ARCHIVE_ENTRIES_DIR` lets a test or a host build from another folder; default `content/entries`.
 */
const entriesDir = process.env['ARCHIVE_ENTRIES_DIR'] ?? 'content/entries';

/**
 * Every entry, keyed by its frontmatter `id` rather than its file path: the id is the
 * permalink (`/meetings/<id>/`) and must not move when the ingest files an entry under
 * another year folder.
 */
const meetings = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: entriesDir,
    generateId: ({ entry, data }) => {
      if (typeof data['id'] !== 'string' || data['id'] === '') {
        throw new Error(`${entry}: the frontmatter has no "id"; every entry needs one (see src/schema/entry.ts).`);
      }
      return data['id'];
    },
  }),
  schema: EntrySchema,
});

/** The collections Astro knows about. */
export const collections = { meetings };
