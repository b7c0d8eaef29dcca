/** Facts about the site itself, shared by the layout and the pages. */

/** The site's name, shown in the header and in every page title. */
export const SITE_NAME = 'Diplomatic Records Archive';

/** One sentence on what the site is, for the home page and the description meta tag. */
export const SITE_DESCRIPTION =
  'An open archive of diplomatic meetings, calls and messages, built from the original bulletins.';

/** A page's `<title>`: the page's own title, then the site name (the site name alone at home). */
export function toDocumentTitle(pageTitle: string | undefined): string {
  return pageTitle === undefined || pageTitle === SITE_NAME ? SITE_NAME : `${pageTitle} · ${SITE_NAME}`;
}

/** One link of the site's main navigation. */
export interface NavItem {
  /** What readers see. */
  label: string;
  /** The site-relative path of the section's index (`people/`); `''` for the home page. */
  path: string;
  /** Site-relative path prefixes whose pages belong to the section. */
  prefixes: readonly string[];
}

/**
 * The main navigation, in header order. Meetings live at the home page and under
 * `/meetings/`; the chronology (`/years/`) is their listing by date, so it marks Meetings too.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Meetings', path: '', prefixes: ['meetings/', 'years/'] },
  { label: 'People', path: 'people/', prefixes: ['people/'] },
  { label: 'Places', path: 'places/', prefixes: ['places/'] },
  { label: 'Countries', path: 'countries/', prefixes: ['countries/'] },
  { label: 'Topics', path: 'topics/', prefixes: ['topics/'] },
  { label: 'Data', path: 'data/', prefixes: ['data/'] },
];

/**
 * How the navigation marks `item` on the page at `pathname` (a full path, with the base):
 * `page` on the section's own index, `true` (`aria-current="true"`) on a page inside the
 * section, `undefined` elsewhere.
 */
export function toNavCurrent(item: NavItem, pathname: string, base: string): 'page' | true | undefined {
  const head = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(head)) return undefined;
  const rest = pathname.slice(head.length);
  if (rest === item.path || `${rest}/` === item.path) return 'page';
  return item.prefixes.some((prefix) => rest.startsWith(prefix)) ? true : undefined;
}
