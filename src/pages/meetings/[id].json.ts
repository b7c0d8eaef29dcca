/**
 * `/meetings/<id>.json`, beside each report's page: the entry's frontmatter, its text by
 * paragraph and its URLs, for citing or reusing one report without the whole download.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllEntries, type MeetingEntry } from '../../data/entries.ts';
import { getEntryBody } from '../../data/entry-body.ts';
import { toJson } from '../../lib/export.ts';
import { getRecordMaker } from '../data/_records.ts';

export const getStaticPaths = (async () => (await getAllEntries()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

/** One export record as JSON. */
export const GET: APIRoute<{ entry: MeetingEntry }> = async ({ props, site }) => {
  const toRecord = await getRecordMaker(site);
  const record = toRecord(props.entry, await getEntryBody(props.entry));
  return new Response(toJson(record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
