/**
 * The floor's one collection: the entries folder the benchmark points `ARCHIVE_ENTRIES_DIR`
 * at, with no schema (the floor measures Astro, not validation). Named `meetings` like the
 * archive's, so type checks of this folder use the archive's generated types.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const meetings = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: process.env['ARCHIVE_ENTRIES_DIR'] ?? '../../content/entries',
    generateId: ({ entry, data }) => (typeof data['id'] === 'string' ? data['id'] : entry),
  }),
});

/** The collections of the floor site. */
export const collections = { meetings };
