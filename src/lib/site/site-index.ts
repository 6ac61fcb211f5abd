import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { eventListPages } from './event-list-pages.ts';
import { contentAndIndexPages, listedInSiteIndex, sectionPath, SITE_INDEX_PART, trail, type EntrySummary, type IndexTitles, type SitePage } from './site-pages.ts';

/**
 * Every page of one language, for the site index (/spis-stron/): nothing on
 * the site is out of reach without JavaScript or without a search result, and
 * residents get a second way to every page (WCAG 2.4.5). Read from the page
 * table; split into parts of at most SITE_INDEX_PART links so each part stays
 * within the page budget however large the site grows.
 */
export interface IndexNode {
  page: SitePage;
  children: IndexNode[];
}

/** The pages of a language as a tree: home, its sections, their pages; by title at each level. */
export function siteIndex(pages: readonly SitePage[], locale: Locale): IndexNode[] {
  const own = pages.filter((p) => p.locale === locale && listedInSiteIndex(p));
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

/** A heading (a page with pages below it) and the pages below it that one part lists. */
export interface IndexGroup {
  heading: SitePage;
  pages: SitePage[];
  /** The group began in an earlier part. */
  continued: boolean;
}

/**
 * The site index cut into parts: one group per page that has pages below it
 * (the home page, then each section), in tree order. A group that does not fit
 * goes on in the next part under its heading again.
 */
const partsOf = new WeakMap<readonly SitePage[], Map<string, IndexGroup[][]>>();

/** The parts of a language's site index, worked out once per page table (every part's page asks for them). */
export function siteIndexParts(pages: readonly SitePage[], locale: Locale, perPart = SITE_INDEX_PART): IndexGroup[][] {
  let known = partsOf.get(pages);
  if (!known) {
    known = new Map();
    partsOf.set(pages, known);
  }
  const key = `${locale} ${perPart}`;
  let parts = known.get(key);
  if (!parts) {
    parts = cutIntoParts(pages, locale, perPart);
    known.set(key, parts);
  }
  return parts;
}

function cutIntoParts(pages: readonly SitePage[], locale: Locale, perPart: number): IndexGroup[][] {
  const groups: Array<{ heading: SitePage; pages: SitePage[] }> = [];
  const walk = (nodes: IndexNode[]) => {
    for (const node of nodes) {
      if (node.children.length === 0) continue;
      // A page with pages of its own is the heading of its own group, not an item here.
      groups.push({ heading: node.page, pages: node.children.filter((c) => c.children.length === 0).map((c) => c.page) });
      walk(node.children);
    }
  };
  walk(siteIndex(pages, locale));
  const parts: IndexGroup[][] = [[]];
  const take = (heading: SitePage, list: SitePage[]) => {
    // A heading whose pages are all headings themselves still links its page.
    if (list.length === 0) parts.at(-1)!.push({ heading, pages: [], continued: false });
    let continued = false;
    for (let start = 0; start < list.length; ) {
      let part = parts.at(-1)!;
      let room = perPart - part.reduce((sum, g) => sum + g.pages.length, 0);
      if (room === 0) {
        part = [];
        parts.push(part);
        room = perPart;
      }
      const slice = list.slice(start, start + room);
      part.push({ heading, pages: slice, continued });
      continued = true;
      start += slice.length;
    }
  };
  for (const group of groups) take(group.heading, group.pages);
  return parts;
}

/** The site's page table: every page of the content, the index pages, and the parts of the site index. */
export function buildSitePages(entries: readonly EntrySummary[], indexTitles: IndexTitles): SitePage[] {
  const content = contentAndIndexPages(entries, indexTitles);
  const pages = [...content, ...eventListPages(entries, content, indexTitles)];
  return [...pages, ...localeCodes.flatMap((locale) => siteIndexPages(pages, locale, indexTitles[locale]))];
}

/**
 * The site index of a language, in as many parts as its pages need. Part 1 is
 * the same page in every language (/spis-stron/ ↔ /en/site-index/); later
 * parts list different pages in each, so they are nobody's translation.
 */
function siteIndexPages(pages: readonly SitePage[], locale: Locale, titles: IndexTitles[Locale]): SitePage[] {
  const of = siteIndexParts(pages, locale).length;
  return Array.from({ length: of }, (_, index) => {
    const number = index + 1;
    const first = number === 1;
    return {
      key: first ? 'site-index' : `site-index/${locale}/${number}`,
      locale,
      path: first ? sectionPath('siteIndex', locale) : `${sectionPath('siteIndex', locale)}${number}/`,
      kind: 'siteIndex' as const,
      title: first ? titles.siteIndex : titles.siteIndexPart.replace('{{part}}', String(number)).replace('{{parts}}', String(of)),
      part: { number, of },
    };
  });
}

