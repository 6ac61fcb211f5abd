import { pageWithKey, type SitePage } from './site-pages.ts';

/**
 * The short name of an event list in the filters: the year, the kind's
 * title, or the network's own title (its list is titled "Events: …").
 */
export function eventListLabel(list: SitePage, pages: readonly SitePage[]): { text: string; lang?: SitePage['titleLang'] } {
  const filter = list.filter;
  if (!filter || filter.by === 'kind' || filter.by === 'series') return { text: list.title };
  if (filter.by === 'year') return { text: filter.value };
  const network = networkOfList(list, pages);
  // A network named in another language ("Femcities Network" on a Polish page) says so, for screen readers.
  return network ? { text: network.title, lang: network.titleLang } : { text: filter.value };
}

/** The network page an event list of a network belongs to. */
export function networkOfList(list: SitePage, pages: readonly SitePage[]): SitePage | undefined {
  const filter = list.filter;
  if (filter?.by !== 'network') return undefined;
  return pageWithKey(pages, `networks/${filter.value}`, list.locale);
}
