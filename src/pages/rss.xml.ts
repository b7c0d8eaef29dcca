/**
 * `/rss.xml`: the newest meetings (not reports: a much-reported event is one item), each
 * linking to its main report's page, dated by the event.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAllMeetings, getEntriesById, getTermsById } from '../data/entries.ts';
import { getEntryBody } from '../data/entry-body.ts';
import { selectFeedMeetings, toFeedItems } from '../lib/export.ts';
import { toHomePath } from '../lib/paths.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';
import { toAbsoluteEntryUrl } from './data/_records.ts';

/** How many meetings the feed carries: enough for a reader who checks weekly, small enough to fetch often. */
const FEED_LENGTH = 50;

/** The feed of the newest dated meetings, RSS 2.0. */
export const GET: APIRoute = async ({ site }) => {
  const toUrl = toAbsoluteEntryUrl(site);
  const meetings = await getAllMeetings();
  // Only the bodies of the meetings the feed carries are read (bodies are not in the content store).
  const entries = await getEntriesById();
  const bodies = new Map(
    await Promise.all(
      selectFeedMeetings(meetings, FEED_LENGTH).map(async (meeting) => {
        const entry = entries.get(meeting.main.id);
        return [meeting.main.id, entry === undefined ? '' : await getEntryBody(entry)] as const;
      }),
    ),
  );
  const terms = await getTermsById();
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    // The channel links to the archive's home, base path included.
    site: new URL(toHomePath(), site).href,
    items: toFeedItems(meetings, {
      toUrl,
      bodyOf: (id) => bodies.get(id) ?? '',
      labelOf: (id) => terms.get(id)?.label ?? id,
      limit: FEED_LENGTH,
    }),
    // No <lastBuildDate>: the same entries give a byte-identical feed.
    customData: '<language>en</language>',
  });
};
