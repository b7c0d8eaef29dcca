/**
 * Site-internal URLs. Every link goes through here so the site works when served under a
 * sub-path (`base` in astro.config.mjs), which Astro exposes as `import.meta.env.BASE_URL`.
 */

/** Joins the site's base and a site-relative path, with exactly one slash between them. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.startsWith('/') ? path.slice(1) : path;
  return head + tail;
}

/** The home page (`/` or `/<base>/`). */
export function toHomePath(base: string = import.meta.env.BASE_URL): string {
  return withBase('', base);
}

/** The permanent address of one entry: `/meetings/<id>/`. */
export function toEntryPath(id: string, base: string = import.meta.env.BASE_URL): string {
  return withBase(`meetings/${encodeURIComponent(id)}/`, base);
}
