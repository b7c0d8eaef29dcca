/**
 * `/_redirects` at the root of the built site: the ledger's redirects in the format Netlify
 * and Cloudflare Pages read (`/base/meetings/<old>/ /base/meetings/<new>/ 301`). Astro skips
 * files whose name starts with `_` in src/pages, so the name comes from getStaticPaths
 * instead; an endpoint's output is written under the path as given, with no `index.html`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toRedirectsFile } from '../lib/permalinks.ts';
import { getRetiredIds } from './meetings/_retired.ts';

export const getStaticPaths = (() => [{ params: { redirectsFile: '_redirects' } }]) satisfies GetStaticPaths;

/** The redirects, one rule per line. */
export const GET: APIRoute = async () =>
  new Response(toRedirectsFile((await getRetiredIds()).moved), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
