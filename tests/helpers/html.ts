/**
 * Reading our own built HTML in unit tests, where no browser runs. Patterns are
 * written for the markup the layouts produce (Astro adds data-astro-cid-*
 * attributes, hence `[^>]*` after each tag name).
 */

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return named[code] ?? whole;
  });
}

/** The text of an HTML fragment: tags dropped, entities decoded. */
export function textOf(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^>]+>/g, '')).trim();
}

/** The first capture of `pattern` in `html`, decoded; fails the test's premise loudly when absent. */
export function pick(html: string, pattern: RegExp, what: string): string {
  const match = pattern.exec(html);
  if (!match?.[1]) throw new Error(`no ${what} in the page`);
  return decodeEntities(match[1]);
}

/** The JSON text of every <script type="application/ld+json"> in the page. */
export function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

/** A page left at an old address to send readers on (src/lib/hosting/redirects.ts): not a page of the site. */
export const isMovedPage = (html: string) => /<meta http-equiv="refresh"/.test(html);
