/** `/data/meetings.json`: every entry (report) with all its fields, as one JSON array. */
import type { APIRoute } from 'astro';
import { toJson } from '../../lib/export.ts';
import { getExportRecords } from './_records.ts';

/** The array of export records, ordered by id (see src/lib/export.ts for the fields). */
export const GET: APIRoute = async ({ site }) =>
  new Response(toJson(await getExportRecords(site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
