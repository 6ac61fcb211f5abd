/**
 * The <title> of a page: what a search result and a browser tab show, so it
 * should name the page first and stay within about 70 characters, where search
 * engines cut it. The site's name follows when it fits (its short form when only
 * that fits); the home page's own title already says what the site is.
 */
export const TITLE_MAX = 70;

export function documentTitle(pageTitle: string, site: { name: string; shortName: string }, isHome: boolean): string {
  if (isHome) return pageTitle;
  for (const suffix of [site.name, site.shortName]) {
    const title = `${pageTitle} – ${suffix}`;
    if (title.length <= TITLE_MAX) return title;
  }
  return pageTitle;
}
