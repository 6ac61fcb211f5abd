import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * hreflang alternates for a sitemap entry, read from the built page's own
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

export function readAlternates(pageUrl: string, outDir: URL): Array<{ lang: string; url: string }> {
  return alternatesFromHtml(readFileSync(htmlFileFor(pageUrl, outDir), 'utf8'));
}
