/**
 * `/meetings/<id>.json`, beside each report's page: the entry's frontmatter, its text by
 * paragraph and its URLs, for citing or reusing one report without the whole download.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toJson, type ExportRecord } from '../../lib/export.ts';
import { getExportRecords } from '../data/_records.ts';

// getStaticPaths gets no `site` in its context; Astro exposes the same value as an env variable.
export const getStaticPaths = (async () => {
  const records = await getExportRecords(import.meta.env.SITE);
  return records.map((record) => ({ params: { id: record.id }, props: { record } }));
}) satisfies GetStaticPaths;

/** One export record as JSON. */
export const GET: APIRoute<{ record: ExportRecord }> = ({ props }) =>
  new Response(toJson(props.record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
