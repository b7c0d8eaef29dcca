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

/** The browsing sections that have an index page, by their URL segment. */
export type Section = 'people' | 'places' | 'countries' | 'topics';

/** A section's index page: `/people/`, `/places/`, `/countries/`, `/topics/`. */
export function toSectionPath(section: Section, base: string = import.meta.env.BASE_URL): string {
  return withBase(`${section}/`, base);
}

/** A person's page: `/people/<id>/` (registry or provisional id). */
export function toPersonPath(id: string, base: string = import.meta.env.BASE_URL): string {
  return withBase(`people/${encodeURIComponent(id)}/`, base);
}

/** A place's page: `/places/<slug>/` (`montreux-ch`). */
export function toPlacePath(slug: string, base: string = import.meta.env.BASE_URL): string {
  return withBase(`places/${encodeURIComponent(slug)}/`, base);
}

/** A country's page: `/countries/<code>/`, the ISO code in lower case (`/countries/ru/`). */
export function toCountryPath(code: string, base: string = import.meta.env.BASE_URL): string {
  return withBase(`countries/${encodeURIComponent(code.toLowerCase())}/`, base);
}

/** A topic's or organization's page: `/topics/<id>/` (the two share one id space). */
export function toTopicPath(id: string, base: string = import.meta.env.BASE_URL): string {
  return withBase(`topics/${encodeURIComponent(id)}/`, base);
}

/** The chronology's index of years: `/years/`. */
export function toYearsPath(base: string = import.meta.env.BASE_URL): string {
  return withBase('years/', base);
}

/** One year's page: `/years/<yyyy>/`. */
export function toYearPath(year: string, base: string = import.meta.env.BASE_URL): string {
  return withBase(`years/${encodeURIComponent(year)}/`, base);
}

/**
 * One month's page: `/years/<yyyy>/<mm>/`, and its later pages `/years/<yyyy>/<mm>/<n>/`
 * (the shape of Astro's `paginate()` on a `[...page]` route; page 1 has no number).
 */
export function toMonthPath(year: string, month: string, page: number = 1, base: string = import.meta.env.BASE_URL): string {
  const tail = page > 1 ? `${page}/` : '';
  return withBase(`years/${encodeURIComponent(year)}/${encodeURIComponent(month)}/${tail}`, base);
}

/**
 * The meetings the texts give no date for: `/years/undated/` (a fixed route, never taken for
 * a year), continued on `/years/undated/<n>/`.
 */
export function toUndatedPath(page: number = 1, base: string = import.meta.env.BASE_URL): string {
  return withBase(`years/undated/${page > 1 ? `${page}/` : ''}`, base);
}

/**
 * The meetings that name a person without their taking part, when too many for the person's
 * page: `/people/<id>/named/`, continued on `/people/<id>/named/<n>/` (src/lib/pagination.ts).
 */
export function toPersonMentionsPath(id: string, base: string = import.meta.env.BASE_URL): string {
  return `${toPersonPath(id, base)}named/`;
}

/** Everyone a person took part in meetings with, when too many for the person's page: `/people/<id>/met-with/`. */
export function toPersonCounterpartsPath(id: string, base: string = import.meta.env.BASE_URL): string {
  return `${toPersonPath(id, base)}met-with/`;
}

/**
 * One country's meetings with another's people: `/countries/<code>/with/<other>/` (`/countries/cn/with/ru/`),
 * or `/countries/<code>/with/none/` for those where no other country is represented (no ISO code is
 * four letters). Continued on `.../<n>/`.
 */
export function toCountryPairPath(code: string, other: string | undefined, base: string = import.meta.env.BASE_URL): string {
  return `${toCountryPath(code, base)}with/${encodeURIComponent(other?.toLowerCase() ?? 'none')}/`;
}

/** The meetings held in a country: `/countries/<code>/hosted/`, continued on `.../<n>/`. */
export function toCountryHostedPath(code: string, base: string = import.meta.env.BASE_URL): string {
  return `${toCountryPath(code, base)}hosted/`;
}
