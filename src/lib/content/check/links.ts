import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ownSitePath, type SitePage } from '../../site/index.ts';
import type { BodyFacts } from './body.ts';
import type { Problem } from './problems.ts';
import { lineOf, type RawEntry } from './read.ts';

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
  const pagesByPath = new Map([...planned.keys()].map((p) => [p.path, p]));
  const endpoints = endpointPaths(join(projectRoot, 'src/pages'));
  const publicDir = join(projectRoot, 'public');

  for (const [page, entry] of planned) {
    if (!entry) continue;
    for (const link of facts.get(entry)?.links ?? []) {
      const report = (message: string, fix: string) =>
        problems.push({ severity: 'error', file: entry.file, line: link.line, field: 'treść', message, fix });
      // A link on the site's own address is a link to one of its pages: checked as a path.
      const own = ownSitePath(link.href);
      const outside = own === undefined ? outsideLink(link.href) : undefined;
      if (outside === 'ok') continue;
      if (outside) {
        report(outside.message, outside.fix);
        continue;
      }
      const url = new URL(own ?? link.href, `https://site.invalid${page.path}`);
      const path = decodeURIComponent(url.pathname);
      const anchor = decodeURIComponent(url.hash.slice(1));

      const target = pagesByPath.get(path);
      if (target && target.locale !== page.locale && link.hreflang !== target.locale) {
        const inOwnLanguage = [...planned.keys()].find((p) => p.key === target.key && p.locale === page.locale);
        report(
          `link ${link.href} prowadzi do strony w innym języku (${target.locale})`,
          inOwnLanguage
            ? `napisz ${inOwnLanguage.path}${url.hash}; jeśli celowo, napisz <a href="${path}" hreflang="${target.locale}">…</a>`
            : `jeśli celowo, napisz <a href="${path}" hreflang="${target.locale}">…</a>, by czytelnik i czytnik ekranu wiedzieli, że zmienia się język`,
        );
        continue;
      }
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

/**
 * Addresses in frontmatter (agendaUrl, registrationUrl…) on this site's own
 * host that lead to no page of it: today they may reach the office's old pages
 * on the same host, but once this site replaces them they would answer 404.
 * A warning, not an error, until old addresses can be redirected (issue #13).
 */
export function checkOwnSiteAddresses(entries: readonly RawEntry[], planned: Map<SitePage, RawEntry | undefined>): Problem[] {
  // A page's address, or an old address that now redirects to one.
  const paths = new Set([...planned.keys()].map((p) => p.path).concat(entries.flatMap(oldAddressesOf)));
  const problems: Problem[] = [];
  for (const entry of entries) {
    // One line per file, naming each field: the same old address in two fields is one thing to fix.
    const found: Array<{ field: string[]; value: string }> = [];
    const visit = (value: unknown, field: string[]) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, inner] of Object.entries(value)) visit(inner, [...field, key]);
        return;
      }
      const own = typeof value === 'string' ? ownSitePath(value) : undefined;
      if (own !== undefined && !paths.has(new URL(own, 'https://site.invalid').pathname)) found.push({ field, value: value as string });
    };
    visit(entry.rawData, []);
    const [first] = found;
    if (!first) continue;
    const addresses = [...new Set(found.map((f) => f.value))].join(', ');
    problems.push({
      severity: 'warning',
      file: entry.file,
      line: lineOf(entry, first.field),
      field: found.map((f) => f.field.join('.')).join(', '),
      message: `${addresses} — adres na domenie tego serwisu, a serwis nie ma takiej strony: po jego uruchomieniu link przestanie działać`,
      fix: 'podaj adres strony tego serwisu albo przenieś treść na tę stronę',
    });
  }
  return problems;
}

const oldAddressesOf = (entry: RawEntry): string[] => {
  const value = entry.data['oldAddresses'];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

/**
 * Old addresses (`oldAddresses`) become redirects: one address may lead to one
 * page only, and never be the address of a page of this site (the redirect
 * would hide it).
 */
export function checkOldAddresses(entries: readonly RawEntry[], planned: Map<SitePage, RawEntry | undefined>): Problem[] {
  const pages = new Set([...planned.keys()].map((p) => p.path));
  const claimed = new Map<string, RawEntry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const [index, address] of oldAddressesOf(entry).entries()) {
      const report = (message: string, fix: string) =>
        problems.push({ severity: 'error', file: entry.file, line: lineOf(entry, ['oldAddresses']), field: `oldAddresses.${index}`, message, fix });
      const normalized = address.endsWith('/') ? address : `${address}/`;
      if (pages.has(address) || pages.has(normalized)) {
        report(`${address} to adres strony tego serwisu, nie dawny adres`, 'usuń go z listy oldAddresses');
        continue;
      }
      const other = claimed.get(address);
      if (other && other !== entry) {
        report(`${address} jest już dawnym adresem innej strony (${other.file})`, 'zostaw go tylko w jednym pliku');
        continue;
      }
      claimed.set(address, entry);
    }
  }
  return problems;
}
