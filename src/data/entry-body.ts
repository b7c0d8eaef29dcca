/**
 * An entry's Markdown body, read from its file when a page needs it: the content store holds
 * only frontmatter (src/data/entries-loader.ts).
 */
import { root } from 'astro:config/server';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { splitEntryFile } from '../ingest/serialise-entry.ts';
import { renderBody } from '../lib/render-body.ts';
import type { MeetingEntry } from './entries.ts';

/** The Markdown body of `entry`, read from its file (the store keeps its path from the project root). */
export async function getEntryBody(entry: MeetingEntry): Promise<string> {
  if (entry.filePath === undefined) throw new Error(`${entry.id}: the content store has no file for this entry`);
  const file = fileURLToPath(new URL(entry.filePath, root));
  return splitEntryFile(await readFile(file, 'utf8'), file).body;
}

/** The body of `entry` and its HTML (paragraphs numbered `p1`, `p2`, ...). */
export async function getEntryContent(entry: MeetingEntry): Promise<{ body: string; html: string }> {
  const body = await getEntryBody(entry);
  return { body, html: await renderBody(body) };
}
