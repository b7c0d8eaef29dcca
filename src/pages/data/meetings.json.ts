/** `/data/meetings.json`: every entry (report) with all its fields, as one JSON array. */
import type { APIRoute } from 'astro';
import { toJsonArrayChunks } from '../../lib/export.ts';
import { readExportRecords, toStreamedResponse } from './_records.ts';

/** The array of export records, ordered by id (see src/lib/export.ts for the fields), streamed. */
export const GET: APIRoute = ({ site }) => toStreamedResponse(toJsonArrayChunks(readExportRecords(site)), 'application/json; charset=utf-8');
