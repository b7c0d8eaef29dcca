/**
 * Former meeting ids, for the site: which get a redirect page or a "withdrawn" page at
 * `/meetings/<id>/`, the `_redirects` file for hosts that read one, and the JSON stubs at
 * `/meetings/<id>.json`. Pure: the ledger (src/schema/ledger.ts) and the live ids in,
 * values out.
 */
import type { Ledger, Withdrawn } from '../schema/ledger.ts';
import { toEntryPath, withBase } from './paths.ts';

/** A former id and the live id that replaced it. */
export interface MovedId {
  id: string;
  to: string;
}

/** A withdrawn id with what it was. */
export interface WithdrawnId extends Withdrawn {
  id: string;
}

/** The former ids a build publishes pages for. */
export interface RetiredIds {
  /** Redirects whose target is a page of this build, sorted by id. */
  moved: MovedId[];
  /** Withdrawn ids, sorted by id. */
  withdrawn: WithdrawnId[];
  /**
   * Redirects whose target this build has no page for (a ledger that does not belong to
   * these entries): they get no page, since a redirect to a 404 would be a broken link.
   */
  dangling: MovedId[];
}

/** Code-unit order, so the pages and files are byte-stable. */
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The ledger's redirects and withdrawals this build publishes. An id that is live in this
 * build (a ledger one run behind its entries) keeps its real page and is left out here.
 */
export function listRetiredIds(ledger: Ledger, live: ReadonlySet<string>): RetiredIds {
  const moved: MovedId[] = [];
  const dangling: MovedId[] = [];
  for (const [id, to] of Object.entries(ledger.redirects)) {
    if (live.has(id)) continue;
    (live.has(to) ? moved : dangling).push({ id, to });
  }
  const withdrawn = Object.entries(ledger.withdrawn)
    .filter(([id]) => !live.has(id))
    .map(([id, record]) => ({ id, ...record }));
  return { moved: moved.sort(byId), withdrawn: withdrawn.sort(byId), dangling: dangling.sort(byId) };
}

/** The JSON twin of an entry's page: `/meetings/<id>.json`. */
export function toEntryJsonPath(id: string, base: string = import.meta.env.BASE_URL): string {
  return withBase(`meetings/${encodeURIComponent(id)}.json`, base);
}

/**
 * The `_redirects` file read by Netlify, Cloudflare Pages and others: one permanent (301)
 * redirect per moved id, for its page and its JSON twin, with the site's base path. A host
 * that ignores the file still serves the static redirect pages. Netlify serves an existing
 * file before a rule (no `!`, which Cloudflare does not accept), so there the page's
 * `<meta refresh>` does the redirecting.
 */
export function toRedirectsFile(moved: readonly MovedId[], base: string = import.meta.env.BASE_URL): string {
  const lines = ['# Former meeting ids and the ids that replaced them, from the id ledger.'];
  for (const { id, to } of moved) {
    lines.push(`${toEntryPath(id, base)} ${toEntryPath(to, base)} 301`);
    lines.push(`${toEntryJsonPath(id, base)} ${toEntryJsonPath(to, base)} 301`);
  }
  return `${lines.join('\n')}\n`;
}

/** What `/meetings/<former id>.json` holds: a machine-readable redirect or withdrawal notice. */
export type RetiredJson =
  | { id: string; status: 'moved'; redirect: string; url: string; json: string }
  | {
      id: string;
      status: 'withdrawn';
      title: string;
      date?: string;
      source: { file: string; sha256: string; url?: string };
      reason: string;
    };

/**
 * The JSON stub at a former id's `.json` address, so a client that stored the URL learns
 * where the entry went (`redirect`, with absolute `url` and `json`) or that it was withdrawn
 * and why. `toUrl` makes a site path absolute.
 */
export function toRetiredJson(retired: MovedId | WithdrawnId, toUrl: (path: string) => string): RetiredJson {
  if ('to' in retired) {
    return { id: retired.id, status: 'moved', redirect: retired.to, url: toUrl(toEntryPath(retired.to)), json: toUrl(toEntryJsonPath(retired.to)) };
  }
  const { id, title, date, file, sha256, url, reason } = retired;
  return {
    id,
    status: 'withdrawn',
    title,
    ...(date === undefined ? {} : { date }),
    source: { file, sha256, ...(url === undefined ? {} : { url }) },
    reason,
  };
}

/** A ledger reason (`its source file was rejected: ...`) as a sentence: capital, full stop. */
export function toReasonSentence(reason: string): string {
  const sentence = reason.charAt(0).toUpperCase() + reason.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * Whether a page URL (absolute, as the sitemap sees it) is a former id's page: redirect and
 * withdrawn pages are `noindex`, so they stay out of the sitemap.
 */
export function isRetiredPageUrl(url: string, ledger: Ledger): boolean {
  const match = /\/meetings\/([^/]+)\/$/.exec(new URL(url).pathname);
  if (match?.[1] === undefined) return false;
  const id = decodeURIComponent(match[1]);
  return ledger.redirects[id] !== undefined || ledger.withdrawn[id] !== undefined;
}
