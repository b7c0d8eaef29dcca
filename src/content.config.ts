/**
 * The archive's one content collection: the entries the ingest writes, validated with the
 * same schema the ingest used (src/schema/entry.ts), so the site never reads a file the
 * ingest would have refused.
 */
import { defineCollection } from 'astro:content';
import { entriesLoader } from './data/entries-loader.ts';
import { EntrySchema } from './schema/entry.ts';

/**
 * Where the entries are read from, relative to the project root or absolute.
 * `ARCHIVE_ENTRIES_DIR` lets a test or a host build from another folder; default `content/entries`.
 */
const entriesDir = process.env['ARCHIVE_ENTRIES_DIR'] ?? 'content/entries';

/**
 * Every entry, keyed by its frontmatter `id`. The store holds frontmatter only; bodies are
 * read from the files (src/data/entries-loader.ts says why).
 */
const meetings = defineCollection({
  loader: entriesLoader({ base: entriesDir }),
  schema: EntrySchema,
});

/** The collections Astro knows about. */
export const collections = { meetings };
