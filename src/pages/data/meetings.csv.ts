/** `/data/meetings.csv`: one row per entry (report), RFC 4180, for spreadsheets. */
import type { APIRoute } from 'astro';
import { toRecordsCsv } from '../../lib/export.ts';
import { getExportRecords } from './_records.ts';

/** The CSV of every entry, ordered by id (columns: CSV_COLUMNS in src/lib/export.ts). */
export const GET: APIRoute = async ({ site }) =>
  new Response(toRecordsCsv(await getExportRecords(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
