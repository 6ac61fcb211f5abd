import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SitePage } from '../../site/index.ts';
import type { BodyFacts } from './body.ts';
import type { Problem } from './problems.ts';
import type { RawEntry } from './read.ts';

/** Anchors every page has, whatever its content: the skip link's target. */
const LAYOUT_ANCHORS = ['main'];

/** Addresses of files the site generates without a page table entry (robots.txt.ts → /robots.txt). */
function endpointPaths(pagesDir: string): Set<string> {
  const out = new Set<string>(['/sitemap-index.xml', '/sitemap-0.xml']);
  if (!existsSync(pagesDir)) return out;
  for (const file of readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })) {
    const path = file.split('\\').join('/');
    if (/\[/.test(path) || !/\.[a-z]+\.ts$/.test(path)) continue;
    out.add(`/${path.replace(/\.ts$/, '')}`);
  }
  return out;
}

/**
 * A link that leaves the site: 'ok' when readers can follow it, a problem when
 * they cannot, undefined when it is a path on this site (checked below).
 */
export function outsideLink(href: string): 'ok' | { message: string; fix: string } | undefined {
  if (/^www\./i.test(href)) {
    return { message: `link ${href} nie ma https:// i prowadziłby do strony tego serwisu`, fix: `napisz https://${href}` };
  }
  if (href.startsWith('//')) return { message: `link ${href} nie ma rodzaju adresu`, fix: `napisz https:${href}` };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (scheme === 'https' || scheme === 'http') {
    return /^https?:\/\/[^/?#\s]+\.[^/?#\s]+/i.test(href) ? 'ok' : { message: `link ${href} nie ma poprawnego adresu strony`, fix: 'skopiuj cały adres z paska przeglądarki, np. https://www.icorn.org/' };
  }
  if (scheme === 'mailto') {
    return /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(href) ? 'ok' : { message: `link ${href} nie jest adresem e-mail`, fix: 'napisz mailto:nazwa@domena.pl' };
  }
  if (scheme === 'tel') {
    return /^tel:\+?[\d ()-]{5,}$/.test(href) ? 'ok' : { message: `link ${href} nie jest numerem telefonu`, fix: 'napisz tel:+48120000000 (cyfry, bez liter)' };
  }
  const typo = /^h?t?t?p?s?$/.test(scheme) ? ' (literówka w https?)' : '';
  return { message: `link ${href}: nieznany rodzaj adresu „${scheme}:”${typo}`, fix: 'zacznij adres od https://, mailto: albo tel:' };
}

/**
 * Every link in a body that stays on this site must lead to a page that will
 * exist, and to an anchor on it if it names one.
 */
export function checkLinks(
  planned: Map<SitePage, RawEntry | undefined>,
  facts: Map<RawEntry, BodyFacts>,
  projectRoot: string,
): Problem[] {
  const problems: Problem[] = [];
  const anchorsByPath = new Map<string, Set<string>>();
  for (const [page, entry] of planned) {
    anchorsByPath.set(page.path, new Set([...LAYOUT_ANCHORS, ...(entry ? (facts.get(entry)?.anchors ?? []) : [])]));
  }
  const endpoints = endpointPaths(join(projectRoot, 'src/pages'));
  const publicDir = join(projectRoot, 'public');

  for (const [page, entry] of planned) {
    if (!entry) continue;
    for (const link of facts.get(entry)?.links ?? []) {
      const report = (message: string, fix: string) =>
        problems.push({ severity: 'error', file: entry.file, line: link.line, field: 'treść', message, fix });
      const outside = outsideLink(link.href);
      if (outside === 'ok') continue;
      if (outside) {
        report(outside.message, outside.fix);
        continue;
      }
      const url = new URL(link.href, `https://site.invalid${page.path}`);
      const path = decodeURIComponent(url.pathname);
      const anchor = decodeURIComponent(url.hash.slice(1));

      const anchors = anchorsByPath.get(path);
      if (anchors) {
        if (anchor && !anchors.has(anchor)) {
          report(
            `link ${link.href} prowadzi do kotwicy #${anchor}, której nie ma na stronie ${path}`,
            `użyj jednej z: ${[...anchors].map((a) => `#${a}`).join(', ')}`,
          );
        }
        continue;
      }
      if (anchorsByPath.has(`${path}/`)) {
        report(`link ${link.href} nie kończy się ukośnikiem`, `napisz ${path}/${url.hash}`);
        continue;
      }
      if (endpoints.has(path) || existsSync(join(publicDir, path))) continue;
      report(`link ${link.href} prowadzi do strony, której nie ma w serwisie`, 'sprawdź adres: skopiuj go z paska przeglądarki w podglądzie (npm run dev)');
    }
  }
  return problems;
}
