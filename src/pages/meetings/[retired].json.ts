/**
 * `/meetings/<former id>.json`, the JSON twin of a redirect or withdrawn page: a stub that
 * says where the entry went (`"status": "moved"`, `"redirect": "<new id>"` and its URLs) or
 * that it was withdrawn and why, so a client that stored the old URL gets an answer it can
 * read instead of a 404 page. Hosts that read `_redirects` answer it with a 301 instead.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toRetiredJson, type MovedId, type WithdrawnId } from '../../lib/permalinks.ts';
import { toAbsoluteEntryUrl } from '../data/_records.ts';
import { getRetiredIds } from './_retired.ts';

export const getStaticPaths = (async () => {
  const { moved, withdrawn } = await getRetiredIds();
  return [...moved, ...withdrawn].map((retired) => ({ params: { retired: retired.id }, props: { retired } }));
}) satisfies GetStaticPaths;

/** The stub as two-space JSON with a final newline. */
export const GET: APIRoute<{ retired: MovedId | WithdrawnId }> = ({ props, site }) => {
  // Fails the build without `site`, like the other downloads (its links must be absolute).
  toAbsoluteEntryUrl(site);
  const toUrl = (path: string) => new URL(path, site).href;
  return new Response(`${JSON.stringify(toRetiredJson(props.retired, toUrl), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
