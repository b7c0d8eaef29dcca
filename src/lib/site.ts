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
