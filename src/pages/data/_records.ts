/**
 * The export records of every entry, shared by the download routes (`/data/meetings.json`,
 * `/data/meetings.csv`, `/meetings/<id>.json`). The underscore keeps Astro from treating
 * this module as a route.
 *
 * Bodies live in the entry files, not in the content store (src/data/entries-loader.ts), so a
 * record is made when a route writes it, and the whole-archive downloads are streamed record by
 * record: at 100,000 entries either download is about 400 MB, near V8's cap on one string.
 */
import { getAllEntries, getMeetingsByReport, type MeetingEntry } from '../../data/entries.ts';
import { getEntryBody } from '../../data/entry-body.ts';
import { getRegistry } from '../../data/registry.ts';
import { sortById, toExportRecord, type ExportRecord } from '../../lib/export.ts';
import { toEntryPath } from '../../lib/paths.ts';

/** How many bodies are read ahead while a download is written. */
const READ_AHEAD = 32;

/**
 * The absolute URL of an entry's page. Downloads leave the site, so their links carry the
 * origin (`SITE`) as well as the base path.
 *
 * @throws Error when the build has no `site`, which astro.config.mjs always sets.
 */
export function toAbsoluteEntryUrl(site: URL | string | undefined): (id: string) => string {
  if (site === undefined || site === '') throw new Error('The downloads need absolute links: set `site` in astro.config.mjs (the SITE variable).');
  return (id) => new URL(toEntryPath(id), site).href;
}

/** Makes an entry's export record from the entry and its body. */
type RecordMaker = (entry: MeetingEntry, body: string) => ExportRecord;

// One maker per site address and build: every `/meetings/<id>.json` page asks for it.
const makers = new Map<string, Promise<RecordMaker>>();

/** A function making an entry's export record from the entry and its body (made once per build). */
export function getRecordMaker(site: URL | string | undefined): Promise<RecordMaker> {
  const key = String(site);
  let maker = makers.get(key);
  if (maker === undefined || !import.meta.env.PROD) {
    maker = makeRecordMaker(site);
    makers.set(key, maker);
  }
  return maker;
}

async function makeRecordMaker(site: URL | string | undefined): Promise<RecordMaker> {
  const toUrl = toAbsoluteEntryUrl(site);
  const meetings = await getMeetingsByReport();
  const names = new Map(getRegistry().people.map((person) => [person.id, person.name]));
  return (entry, body) =>
    toExportRecord(entry.data, {
      body,
      toUrl,
      mainId: meetings.get(entry.id)?.main.id ?? entry.data.meeting,
      registryName: (id) => names.get(id),
    });
}

/** Every entry's export record, ordered by id so the files are byte-stable, made as they are read. */
export async function* readExportRecords(site: URL | string | undefined): AsyncGenerator<ExportRecord> {
  const toRecord = await getRecordMaker(site);
  const entries = sortById(await getAllEntries());
  // Bodies are read a window ahead, so the disk works while records are written.
  const pending: Promise<string>[] = [];
  for (let i = 0; i < entries.length; i += 1) {
    while (pending.length < READ_AHEAD && i + pending.length < entries.length) pending.push(getEntryBody(entries[i + pending.length] as MeetingEntry));
    const body = await (pending.shift() as Promise<string>);
    yield toRecord(entries[i] as MeetingEntry, body);
  }
}

/** A download written piece by piece from `chunks`, never as one string. */
export function toStreamedResponse(chunks: AsyncIterable<string>, contentType: string): Response {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done === true) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(stream, { headers: { 'Content-Type': contentType } });
}
