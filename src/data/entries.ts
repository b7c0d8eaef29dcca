/**
 * The site's access to the archive: the only module that calls `getCollection`. It loads
 * and orders the entries once per build; pages ask here instead of querying themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortNewestFirst, splitDated } from '../lib/entry-order.ts';

/** One archive entry as the content collection holds it (`id`, `data`, `body`). */
export type MeetingEntry = CollectionEntry<'meetings'>;

const byData = (entry: MeetingEntry) => entry.data;

let cached: Promise<MeetingEntry[]> | undefined;

/** Every entry, newest first, undated last (see src/lib/entry-order.ts). */
export function getAllEntries(): Promise<MeetingEntry[]> {
  const load = () => getCollection('meetings').then((entries) => sortNewestFirst(entries, byData));
  // A build reads the content once, so every page shares one sorted list; the dev server
  // must see edits, so it loads afresh on each request.
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}

/** The entries split into dated (newest first) and undated (by id), for the home page. */
export async function getEntriesByDating(): Promise<{ dated: MeetingEntry[]; undated: MeetingEntry[] }> {
  return splitDated(await getAllEntries(), byData);
}
