/**
 * The export records of every entry, shared by the download routes (`/data/meetings.json`,
 * `/data/meetings.csv`, `/meetings/<id>.json`). The underscore keeps Astro from treating
 * this module as a route.
 */
import { getAllEntries, getMeetingsByReport } from '../../data/entries.ts';
import { getRegistry } from '../../data/registry.ts';
import { sortById, toExportRecord, type ExportRecord } from '../../lib/export.ts';
import { toEntryPath } from '../../lib/paths.ts';

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

/** Every entry as an export record, ordered by id so the files are byte-stable. */
export async function getExportRecords(site: URL | string | undefined): Promise<ExportRecord[]> {
  const toUrl = toAbsoluteEntryUrl(site);
  const meetings = await getMeetingsByReport();
  const names = new Map(getRegistry().people.map((person) => [person.id, person.name]));
  const records = (await getAllEntries()).map((entry) =>
    toExportRecord(entry.data, {
      body: entry.body ?? '',
      toUrl,
      mainId: meetings.get(entry.id)?.main.id ?? entry.data.meeting,
      registryName: (id) => names.get(id),
    }),
  );
  return sortById(records);
}
