import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flattenStrings, type StringTree } from '../../src/i18n/ui-strings.ts';
import { localeCodes } from '../../src/i18n/locales';
import { sectionPath } from '../../src/lib/site/index.ts';

/** Helpers shared by the end-to-end specs: what the build published. */

export const projectRoot = join(import.meta.dirname, '..', '..');
export const distDir = join(projectRoot, 'dist');

/** Every page URL the sitemap lists, as a root-relative path. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
}

/** The 404 pages, which the sitemap rightly leaves out. */
export const notFoundPaths = ['/404.html', '/en/404/'];

/** The search pages: the only pages that load JavaScript (the search code). */
export const searchPaths: readonly string[] = localeCodes.map((locale) => sectionPath('search', locale));

/** The page's language, as the URL says it must be. */
export function expectedLang(path: string): 'pl' | 'en' {
  return path === '/en/' || path.startsWith('/en/') ? 'en' : 'pl';
}

/** UI strings of a language from src/i18n, flattened to key → text. */
export function uiStrings(locale: 'pl' | 'en'): Map<string, string> {
  return flattenStrings(JSON.parse(readFileSync(join(projectRoot, 'src/i18n/locales', locale, 'translation.json'), 'utf8')) as StringTree);
}

/** The built HTML of a page. */
export function builtHtml(path: string): string {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  return readFileSync(join(distDir, file), 'utf8');
}
