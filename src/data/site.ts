import { getCollection, type CollectionEntry } from 'astro:content';
import { localeCodes, useTranslations, type Locale } from '../i18n';
import { eventSpan, type EventSpan } from '../lib/event-timing';
import { isUpcoming } from '../lib/event-dates';
import { buildSitePages, type ContentCollection, type IndexTitles, type SitePage } from '../lib/site-pages';

/**
 * Everything the pages need to know about the site, read once per build:
 * the published entries and the page table built from them.
 */

export type NetworkEntry = CollectionEntry<'networks'>;
export type EventEntry = CollectionEntry<'events'>;
export type PageEntry = CollectionEntry<'pages'>;

export interface EventItem {
  entry: EventEntry;
  span: EventSpan;
  page: SitePage;
  upcoming: boolean;
}

export interface Site {
  pages: SitePage[];
  networks: NetworkEntry[];
  events: EventEntry[];
  editorial: PageEntry[];
  /** When this build ran: the line between upcoming and past events. */
  builtAt: Date;
}

/** Drafts show in `astro dev` (marked as drafts) and never in a build. */
const published = ({ data }: { data: { draft: boolean } }) => import.meta.env.DEV || !data.draft;

let cached: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  cached ??= loadSite();
  return cached;
}

async function loadSite(): Promise<Site> {
  const [networks, events, editorial] = await Promise.all([
    getCollection('networks', published),
    getCollection('events', published),
    getCollection('pages', published),
  ]);
  const summaries = [
    ...networks.map((e) => ({ collection: 'networks' as const, id: e.id, title: e.data.title, slug: e.data.slug })),
    ...events.map((e) => ({ collection: 'events' as const, id: e.id, title: e.data.title, slug: e.data.slug })),
    ...editorial.map((e) => ({ collection: 'pages' as const, id: e.id, title: e.data.title, slug: e.data.slug })),
  ];
  const indexTitles = Object.fromEntries(
    localeCodes.map((locale) => {
      const t = useTranslations(locale);
      return [locale, { events: t('events.title'), search: t('search.title') }];
    }),
  ) as IndexTitles;
  return { pages: buildSitePages(summaries, indexTitles), networks, events, editorial, builtAt: new Date() };
}

export function pageOfEntry(site: Site, collection: ContentCollection, id: string): SitePage {
  const page = site.pages.find((p) => p.entry?.collection === collection && p.entry.id === id);
  if (!page) throw new Error(`No page for ${collection}/${id}`);
  return page;
}

export function networksOf(site: Site, locale: Locale): NetworkEntry[] {
  return site.networks
    .filter((n) => n.id.startsWith(`${locale}/`))
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, locale));
}

export function eventsOf(site: Site, locale: Locale): EventItem[] {
  return site.events
    .filter((e) => e.id.startsWith(`${locale}/`))
    .map((entry) => {
      const span = eventSpan(entry.data);
      return { entry, span, page: pageOfEntry(site, 'events', entry.id), upcoming: isUpcoming(span, site.builtAt) };
    });
}

/** Upcoming events soonest first, past events newest first. */
export function splitEvents(items: EventItem[]): { upcoming: EventItem[]; past: EventItem[] } {
  const key = (i: EventItem) => `${i.span.start.date}T${i.span.start.time ?? '00:00'}`;
  return {
    upcoming: items.filter((i) => i.upcoming).sort((a, b) => key(a).localeCompare(key(b))),
    past: items.filter((i) => !i.upcoming).sort((a, b) => key(b).localeCompare(key(a))),
  };
}

/** Events that list the network (by file name) among their `networks`. */
export function eventsOfNetwork(site: Site, network: NetworkEntry): EventItem[] {
  const [locale, name] = network.id.split('/') as [Locale, string];
  return eventsOf(site, locale).filter((i) => i.entry.data.networks.includes(name));
}
