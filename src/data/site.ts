import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, eventKindKeys, localeCodes, uiTemplate, useTranslations, type EventKind, type Locale } from '../i18n';
import { contentRoot, gitLastModified, officeContact } from '../lib/content/index.ts';
import { buildTime, calendarDate, eventSpan, eventYear, soonestFirst, splitByTime, type EventSpan } from '../lib/events/index.ts';
import { buildSitePages, EVENTS_PER_LIST, matches, type ContentCollection, type IndexTitles, type SitePage } from '../lib/site/index.ts';
import type { Redirect } from '../lib/hosting/index.ts';
import type { Organization } from '../lib/seo/index.ts';

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
const published = ({ data }: { data: { draft: boolean } }) => __SHOW_DRAFTS__ || !data.draft;

let cached: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  cached ??= loadSite();
  return cached;
}

const summaryOf = (data: { title: string; slug?: string | undefined; titleLang?: Locale | undefined }) => ({
  title: data.title,
  slug: data.slug,
  titleLang: data.titleLang,
});

/** Titles of the pages whose titles are UI strings, in one language. */
function indexTitlesOf(locale: Locale): IndexTitles[Locale] {
  const t = useTranslations(locale);
  return {
    events: t('events.title'),
    statement: t('statement.title'),
    search: t('search.title'),
    siteIndex: t('siteIndex.title'),
    siteIndexPart: uiTemplate(locale, 'siteIndex.part'),
    eventsYear: uiTemplate(locale, 'eventLists.year'),
    eventsNetwork: uiTemplate(locale, 'eventLists.network'),
    eventsKind: Object.fromEntries(eventKindKeys.map((kind) => [kind, t(`eventLists.kind.${kind}`)])) as Record<EventKind, string>,
    listPart: uiTemplate(locale, 'eventLists.part'),
  };
}

async function loadSite(): Promise<Site> {
  const [networks, events, editorial] = await Promise.all([
    getCollection('networks', published),
    getCollection('events', published),
    getCollection('pages', published),
  ]);
  const summaries = [
    ...networks.map((e) => ({ collection: 'networks' as const, id: e.id, ...summaryOf(e.data) })),
    ...events.map((e) => ({
      collection: 'events' as const,
      id: e.id,
      ...summaryOf(e.data),
      event: { year: eventYear(eventSpan(e.data)), kind: e.data.kind, networks: e.data.networks, series: e.data.series },
    })),
    ...editorial.map((e) => ({ collection: 'pages' as const, id: e.id, ...summaryOf(e.data) })),
  ];
  const indexTitles = Object.fromEntries(localeCodes.map((locale) => [locale, indexTitlesOf(locale)])) as IndexTitles;
  return { pages: buildSitePages(summaries, indexTitles), networks, events, editorial, builtAt: buildTime(process.env) };
}

const pagesByEntry = new WeakMap<Site, Map<string, SitePage>>();

/** The page of a content entry (looked up in a map built once per site, not by scanning). */
export function pageOfEntry(site: Site, collection: ContentCollection, id: string): SitePage {
  let index = pagesByEntry.get(site);
  if (!index) {
    index = new Map(site.pages.flatMap((p) => (p.entry ? [[`${p.entry.collection}/${p.entry.id}`, p] as const] : [])));
    pagesByEntry.set(site, index);
  }
  const page = index.get(`${collection}/${id}`);
  if (!page) throw new Error(`No page for ${collection}/${id}`);
  return page;
}

export function networksOf(site: Site, locale: Locale): NetworkEntry[] {
  return site.networks
    .filter((n) => n.id.startsWith(`${locale}/`))
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, locale));
}

const eventItems = new WeakMap<Site, Map<Locale, EventItem[]>>();

/**
 * The events of a language with their spans and pages, worked out once per
 * build: the events page, every list and every edition of a series ask for them.
 * Callers sort or filter copies; the list itself is never changed.
 */
export function eventsOf(site: Site, locale: Locale): EventItem[] {
  let byLocale = eventItems.get(site);
  if (!byLocale) eventItems.set(site, (byLocale = new Map()));
  let items = byLocale.get(locale);
  if (!items) {
    items = site.events
      .filter((e) => e.id.startsWith(`${locale}/`))
      .map((entry) => ({ entry, span: eventSpan(entry.data), page: pageOfEntry(site, 'events', entry.id) }));
    byLocale.set(locale, items);
  }
  return items;
}

/** When an entry last changed: its `updated` field, else its file's last commit. */
export function updatedOf(entry: { data: { updated?: Date | undefined }; filePath?: string | undefined }): string | undefined {
  if (entry.data.updated) return calendarDate(entry.data.updated);
  return entry.filePath ? gitLastModified(entry.filePath) : undefined;
}

/** The latest of several dates (YYYY-MM-DD sort as text). */
export function latest(dates: Array<string | undefined>): string | undefined {
  return dates.filter((d): d is string => d !== undefined).sort().at(-1);
}

/** The last change of any page: of the pages that list or find every page (site index, search). */
export function lastChangeOfAnyPage(site: Site): string | undefined {
  return latest([...site.networks, ...site.events, ...site.editorial].map(updatedOf));
}

/** Upcoming events soonest first, past events newest first (at the build's time). */
export function splitEvents(site: Site, items: EventItem[]): { upcoming: EventItem[]; past: EventItem[] } {
  return splitByTime(items, site.builtAt);
}

/**
 * The events one part of an event list shows.
 */
export function eventsOnList(site: Site, page: SitePage): EventItem[] {
  const filter = page.filter;
  if (!filter) return [];
  const all = eventsOf(site, page.locale).filter((i) =>
    matches({ year: eventYear(i.span), kind: i.entry.data.kind, networks: i.entry.data.networks, series: i.entry.data.series }, filter),
  );
  // A year reads as a programme and a series as its history: in time order. The others newest first.
  const ordered = filter.by === 'year' || filter.by === 'series' ? soonestFirst(all) : soonestFirst(all).reverse();
  const number = page.part?.number ?? 1;
  return ordered.slice((number - 1) * EVENTS_PER_LIST, number * EVENTS_PER_LIST);
}

/** Events that list the network (by file name) among their `networks`. */
export function eventsOfNetwork(site: Site, network: NetworkEntry): EventItem[] {
  const [locale, name] = network.id.split('/') as [Locale, string];
  return eventsOf(site, locale).filter((i) => i.entry.data.networks.includes(name));
}

/** The office behind the site, as structured data names it (site-wide, and as events' organiser). */
/** The office as structured data knows it: its name in the first language, the others as alternates. */
export function office(siteUrl: URL | undefined): Organization {
  const names = localeCodes.map((code) => useTranslations(code)('site.owner'));
  const [name = '', ...others] = names;
  // Contact details in the site's first language, as the office confirmed them.
  const contact = officeContact(contentRoot, defaultLocale);
  return {
    name,
    alternateName: [...new Set(others)].filter((n) => n !== name),
    url: new URL('/', siteUrl).href,
    email: contact.email,
    telephone: contact.phone,
    address: contact.street || contact.city ? { streetAddress: contact.street, postalCode: contact.postalCode, addressLocality: contact.city } : undefined,
  };
}

/** Every old address an entry lists, with the page it now leads to (src/lib/hosting/redirects.ts). */
export function redirectsOf(site: Site): Array<Redirect & { locale: Locale }> {
  const entries = [
    ...site.networks.map((e) => ({ collection: 'networks' as const, e })),
    ...site.events.map((e) => ({ collection: 'events' as const, e })),
    ...site.editorial.map((e) => ({ collection: 'pages' as const, e })),
  ];
  return entries.flatMap(({ collection, e }) => {
    const page = pageOfEntry(site, collection, e.id);
    return (e.data.oldAddresses ?? []).map((from) => ({ from, to: page.path, locale: page.locale }));
  });
}
