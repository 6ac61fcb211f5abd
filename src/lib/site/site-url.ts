/**
 * The public address of the site: canonical URLs, hreflang, Open Graph, the
 * sitemap and robots.txt are all built from it (astro.config.mjs), and the
 * content check knows a link on this address is a link to one of our pages.
 * Override with SITE_URL when the site is published elsewhere (a staging host).
 */
export const siteUrl: string = process.env['SITE_URL'] ?? 'https://rownosc.krakow.pl';

/** The path of `href` when it is an address on this site, else undefined. */
export function ownSitePath(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const own = new URL(siteUrl);
  if (url.hostname.replace(/^www\./, '') !== own.hostname.replace(/^www\./, '')) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
