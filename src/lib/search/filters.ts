import type { PageKind } from '../site/index.ts';

/**
 * What search can filter by, and how a page tells Pagefind. The values are
 * stable keys, not words: the results page labels them in its own language.
 */

/** The three content types a reader can narrow results to. */
export const CONTENT_TYPES = ['network', 'event', 'page'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The content type of an indexed page; the search page itself is not indexed. */
export function contentType(kind: Exclude<PageKind, 'search' | 'siteIndex' | 'eventList'>): ContentType {
  return kind === 'network' || kind === 'event' ? kind : 'page';
}

/**
 * Attributes for a page's `<main>`: what Pagefind indexes (`data-pagefind-body`;
 * header, breadcrumbs, navigation and footer are outside it) and its filters.
 * Events also get their year; a filter set inline (`type:event`) must come last.
 * The search page gets none, so neither it nor its list of all pages is indexed.
 */
export function searchAttributes(kind: PageKind, eventYear?: string): Record<string, string> {
  // Lists of pages (and views of the events), not content: a search should find the pages themselves.
  if (kind === 'search' || kind === 'siteIndex' || kind === 'eventList') return {};
  const type = contentType(kind);
  if (type === 'event' && eventYear) {
    return { 'data-pagefind-body': '', 'data-pagefind-filter': `year[data-year], type:${type}`, 'data-year': eventYear };
  }
  return { 'data-pagefind-body': '', 'data-pagefind-filter': `type:${type}` };
}
