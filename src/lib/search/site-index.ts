import type { Locale } from '../../i18n/locales.ts';
import { trail, type SitePage } from '../site/index.ts';

/**
 * Every page of one language as a tree (home, its sections, their pages), read
 * from the page table: the search page lists it so that, without JavaScript or
 * without a result, nothing on the site is out of reach. The search page itself
 * is left out: the reader is on it.
 */
export interface IndexNode {
  page: SitePage;
  children: IndexNode[];
}

export function siteIndex(pages: readonly SitePage[], locale: Locale): IndexNode[] {
  const own = pages.filter((p) => p.locale === locale && p.kind !== 'search');
  const nodes = new Map(own.map((page) => [page, { page, children: [] as IndexNode[] }]));
  const roots: IndexNode[] = [];
  for (const [page, node] of nodes) {
    const parent = trail(pages, page).at(-2);
    const parentNode = parent ? nodes.get(parent) : undefined;
    (parentNode ? parentNode.children : roots).push(node);
  }
  const byTitle = (a: IndexNode, b: IndexNode) => a.page.title.localeCompare(b.page.title, locale);
  for (const node of nodes.values()) node.children.sort(byTitle);
  return roots.sort(byTitle);
}
