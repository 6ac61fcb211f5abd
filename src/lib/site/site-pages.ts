import { localeCodes, localePrefix, sectionSegment, type EventKind, type Locale, type Section } from '../../i18n/locales.ts';

/**
 * The site's page table: every URL the site publishes, in every language, and how
 * the pages of one language pair with the other's. Pure data in, data out, so the
 * path mapping is unit-tested without Astro (tests/unit/site-pages.test.ts).
 */

export type PageKind = 'home' | 'cooperation' | 'network' | 'events' | 'eventList' | 'event' | 'page' | 'statement' | 'search' | 'siteIndex';

/** What an 'eventList' page lists: the events of a year, of a kind, of a network (by its file name) or the editions of a series. */
export type EventFilter = { by: 'year'; value: string } | { by: 'kind'; value: EventKind } | { by: 'network'; value: string } | { by: 'series'; value: string };

export interface SitePage {
  /** Same for a page and its translations: 'home', 'events', 'networks/femcities'. */
  key: string;
  locale: Locale;
  /** Root-relative URL with trailing slash: '/wydarzenia/forum-miast-empatycznych-2023/'. */
  path: string;
  kind: PageKind;
  title: string;
  /** Language of the title when it is not the page's own ("Femcities Network" on a Polish page). */
  titleLang?: Locale | undefined;
  /** A name in another language inside the title ("Wydarzenia: Femcities Network"), to be marked with its language. */
  foreignName?: { text: string; lang: Locale } | undefined;
  /** Content entry the page renders, if any: collection and id ('pl/femcities'). */
  entry?: { collection: ContentCollection; id: string };
  /** Which part of the site index or of an event list a page is, and of how many. */
  part?: { number: number; of: number };
  /** The events an 'eventList' page lists. */
  filter?: EventFilter;
}

export type ContentCollection = 'networks' | 'events' | 'pages';

/** What the page table needs to know of a content entry. */
export interface EntrySummary {
  collection: ContentCollection;
  /** 'pl/femcities': language folder, then file name without extension. */
  id: string;
  title: string;
  titleLang?: Locale | undefined;
  slug?: string | undefined;
  /** For events: what the event lists filter by. */
  event?: { year: string; kind: EventKind; networks: readonly string[]; series?: { name: string; title: string; slug: string } | undefined } | undefined;
}

/** Page files with a fixed place in the site rather than their own slug. */
export const SPECIAL_PAGES = { home: 'home', cooperation: 'international-cooperation' } as const;

/** Editorial pages every language must have (linked from every page's footer). */
export const REQUIRED_PAGES = { easyRead: 'tekst-latwy-do-czytania' } as const;

/** Splits an entry id into its language and its translation key (the file name). */
export function splitEntryId(id: string): { locale: Locale; name: string } {
  const [locale, ...rest] = id.split('/');
  if (!locale || !(localeCodes as readonly string[]).includes(locale) || rest.length === 0) {
    throw new Error(`"${id}" is not in a language folder (${localeCodes.join('/, ')}/)`);
  }
  return { locale: locale as Locale, name: rest.join('/') };
}

export function sectionPath(section: Section, locale: Locale): string {
  return `${localePrefix(locale)}/${sectionSegment(section, locale)}/`;
}

export function homePath(locale: Locale): string {
  return `${localePrefix(locale)}/`;
}

/**
 * Titles of the pages that come from UI strings rather than content.
 * `siteIndexPart` titles the site index's later parts: "{{part}}" and "{{parts}}" are filled in.
 */
export type IndexTitles = Record<
  Locale,
  {
    events: string;
    statement: string;
    search: string;
    siteIndex: string;
    siteIndexPart: string;
    /** Titles of the event lists: "{{year}}" and "{{network}}" are filled in. */
    eventsYear: string;
    eventsNetwork: string;
    eventsKind: Record<EventKind, string>;
    /** Added to the title of a list's later parts: "{{part}}" and "{{parts}}" are filled in. */
    listPart: string;
  }
>;

/** Titles that say nothing, for work on the table's addresses alone (the content check). */
export function untitled(): IndexTitles {
  const none = { events: '', statement: '', search: '', siteIndex: '', siteIndexPart: '', eventsYear: '', eventsNetwork: '', listPart: '' };
  return Object.fromEntries(
    localeCodes.map((code) => [code, { ...none, eventsKind: { conference: '', workshop: '', meeting: '', lecture: '', other: '' } }]),
  ) as IndexTitles;
}

/**
 * Links per part of the site index (/spis-stron/, /spis-stron/2/…): small enough
 * that every part stays within the 14 KB page budget, at any size of the site.
 */
export const SITE_INDEX_PART = 100;

/** The pages of the content and the fixed index pages; ./site-index.ts adds the site index to make the whole table. */
export function contentAndIndexPages(entries: readonly EntrySummary[], indexTitles: IndexTitles): SitePage[] {
  const pages: SitePage[] = [];
  for (const locale of localeCodes) {
    pages.push({ key: 'events', locale, path: sectionPath('events', locale), kind: 'events', title: indexTitles[locale].events });
    pages.push({
      key: 'accessibility-statement',
      locale,
      path: sectionPath('statement', locale),
      kind: 'statement',
      title: indexTitles[locale].statement,
    });
    pages.push({ key: 'search', locale, path: sectionPath('search', locale), kind: 'search', title: indexTitles[locale].search });
  }
  for (const entry of entries) {
    const { locale, name } = splitEntryId(entry.id);
    const ref = { collection: entry.collection, id: entry.id };
    const base = { locale, title: entry.title, entry: ref, ...(entry.titleLang && entry.titleLang !== locale ? { titleLang: entry.titleLang } : {}) };
    if (entry.collection === 'networks') {
      pages.push({ ...base, key: `networks/${name}`, kind: 'network', path: `${sectionPath('cooperation', locale)}${requireSlug(entry)}/` });
    } else if (entry.collection === 'events') {
      pages.push({ ...base, key: `events/${name}`, kind: 'event', path: `${sectionPath('events', locale)}${requireSlug(entry)}/` });
    } else if (name === SPECIAL_PAGES.home) {
      pages.push({ ...base, key: 'home', kind: 'home', path: homePath(locale) });
    } else if (name === SPECIAL_PAGES.cooperation) {
      pages.push({ ...base, key: 'cooperation', kind: 'cooperation', path: sectionPath('cooperation', locale) });
    } else {
      pages.push({ ...base, key: `pages/${name}`, kind: 'page', path: `${localePrefix(locale)}/${requireSlug(entry)}/` });
    }
  }
  return pages;
}

/** Pages the site index lists: every page of the language but the search page and the index itself. */
export function listedInSiteIndex(page: SitePage): boolean {
  return page.kind !== 'search' && page.kind !== 'siteIndex';
}

function requireSlug(entry: EntrySummary): string {
  if (!entry.slug) throw new Error(`${entry.collection}/${entry.id}: slug is required`);
  return entry.slug;
}

/** Where a page's language link points: its translation, or else the nearest index. */
export interface Counterpart {
  path: string;
  /** false when the page has no translation and the link leads to an index instead. */
  translated: boolean;
  /** The page the link leads to. */
  page: SitePage | undefined;
}

const parentKey: Record<PageKind, string> = {
  home: 'home',
  cooperation: 'home',
  events: 'home',
  eventList: 'events',
  page: 'home',
  statement: 'home',
  network: 'cooperation',
  event: 'events',
  search: 'home',
  siteIndex: 'home',
};

const byKey = new WeakMap<readonly SitePage[], Map<string, SitePage>>();

/**
 * The page with a key in a language, from an index made once per table: pages
 * ask for their parents and translations on every render, and scanning the
 * table each time made a 10,000-page build grow with the square of its size.
 */
export function pageWithKey(pages: readonly SitePage[], key: string, locale: Locale): SitePage | undefined {
  let index = byKey.get(pages);
  if (!index) {
    index = new Map();
    // The first page with a key wins, as a scan would find it.
    for (const p of pages) if (!index.has(`${p.locale} ${p.key}`)) index.set(`${p.locale} ${p.key}`, p);
    byKey.set(pages, index);
  }
  return index.get(`${locale} ${key}`);
}

export function counterpart(pages: readonly SitePage[], page: SitePage, target: Locale): Counterpart {
  const twin = pageWithKey(pages, page.key, target);
  if (twin) return { path: twin.path, translated: true, page: twin };
  // A later part of the site index leads to the other language's site index.
  const nearest = page.kind === 'siteIndex' ? 'site-index' : parentKey[page.kind];
  const parent =
    pageWithKey(pages, nearest, target) ??
    pageWithKey(pages, 'home', target);
  return { path: parent?.path ?? homePath(target), translated: false, page: parent };
}

/** The translations of a page (itself included) — what hreflang links list. */
export function translationsOf(pages: readonly SitePage[], page: SitePage): SitePage[] {
  return localeCodes.flatMap((locale) => pageWithKey(pages, page.key, locale) ?? []);
}

/** Pages from the home page down to `page`, for breadcrumbs. */
export function trail(pages: readonly SitePage[], page: SitePage): SitePage[] {
  const chain: SitePage[] = [page];
  let current = page;
  while (current.kind !== 'home') {
    const parent = pageWithKey(pages, parentKey[current.kind], page.locale);
    if (!parent || chain.includes(parent)) break;
    chain.unshift(parent);
    current = parent;
  }
  return chain;
}

export interface Crumb {
  title: string;
  path: string;
  page: SitePage;
}

/**
 * The breadcrumb trail as the page shows it (the home page under its menu label)
 * and as its structured data repeats it. Empty when the trail would be the page
 * alone (the home page): there is then no trail to show.
 */
export function breadcrumbs(pages: readonly SitePage[], page: SitePage, homeLabel: string): Crumb[] {
  const chain = trail(pages, page);
  if (chain.length < 2) return [];
  return chain.map((p) => ({ title: p.kind === 'home' ? homeLabel : p.title, path: p.path, page: p }));
}

/** Key of the main-navigation item a page belongs to. */
export function navSection(page: SitePage): 'home' | 'cooperation' | 'events' | undefined {
  if (page.kind === 'home') return 'home';
  if (page.kind === 'cooperation' || page.kind === 'network') return 'cooperation';
  if (page.kind === 'events' || page.kind === 'event' || page.kind === 'eventList') return 'events';
  return undefined;
}

