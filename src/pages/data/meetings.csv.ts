/** `/data/meetings.csv`: one row per entry (report), RFC 4180, for spreadsheets. */
import type { APIRoute } from 'astro';
import { toRecordsCsvChunks } from '../../lib/export.ts';
import { readExportRecords, toStreamedResponse } from './_records.ts';

/** The CSV of every entry, ordered by id (columns: CSV_COLUMNS in src/lib/export.ts), streamed. */
export const GET: APIRoute = ({ site }) => toStreamedResponse(toRecordsCsvChunks(readExportRecords(site)), 'text/csv; charset=utf-8; header=present');
