import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Sitemap facts read back from the built pages. hreflang alternates for a sitemap entry, read from the built page's own
 * `<link rel="alternate" hreflang>` tags. The page head is the one place that
 * knows a page's real translations (slugs differ per language), so the sitemap
 * repeats it rather than guessing from URL shapes as @astrojs/sitemap's i18n
 * option does.
 */
export function alternatesFromHtml(html: string): Array<{ lang: string; url: string }> {
  const links: Array<{ lang: string; url: string }> = [];
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (!/\brel="alternate"/.test(tag)) continue;
    const lang = /\bhreflang="([^"]+)"/.exec(tag)?.[1];
    const url = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (lang && url) links.push({ lang, url });
  }
  return links;
}

/** The built HTML file for a page URL in a `build.format: 'directory'` site. */
export function htmlFileFor(pageUrl: string, outDir: URL): string {
  const path = new URL(pageUrl).pathname.replace(/^\//, '');
  return fileURLToPath(new URL(`${path}${path === '' || path.endsWith('/') ? 'index.html' : ''}`, outDir));
}

/** The page's last change as its head states it (`<meta name="dcterms.modified">`). */
export function lastModifiedFromHtml(html: string): string | undefined {
  return /<meta name="dcterms\.modified" content="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
}

/** What the sitemap repeats from a built page: its translations and its last change. */
export function readSitemapFacts(pageUrl: string, outDir: URL): { links: Array<{ lang: string; url: string }>; lastmod: string | undefined } {
  const html = readFileSync(htmlFileFor(pageUrl, outDir), 'utf8');
  return { links: alternatesFromHtml(html), lastmod: lastModifiedFromHtml(html) };
}
