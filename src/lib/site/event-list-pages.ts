import { eventKindKeys, localeCodes, localeInfo, sectionSegment, type Locale } from '../../i18n/locales.ts';
import { sectionPath, splitEntryId, type EntrySummary, type EventFilter, type IndexTitles, type SitePage } from './site-pages.ts';

/**
 * The event lists: one page per year, per kind of event and per network, each
 * a real page with its own address, so readers without JavaScript and
 * crawlers can narrow the events as a script-driven filter would:
 *   /wydarzenia/2023/   /wydarzenia/konferencje/   /wspolpraca-miedzynarodowa/femcities/wydarzenia/
 * and one per series of events (an annual conference): /wydarzenia/forum-miast-empatycznych/.
 * A list longer than EVENTS_PER_LIST goes on in parts (/wydarzenia/2023/2/),
 * so every page stays within the 14 KB budget however many events there are.
 */

export const EVENTS_PER_LIST = 25;

/** The event lists of every language, from the events and network pages already in the table. */
export function eventListPages(entries: readonly EntrySummary[], pages: readonly SitePage[], titles: IndexTitles): SitePage[] {
  return localeCodes.flatMap((locale) => {
    const events = entries.filter((e) => e.collection === 'events' && e.event && splitEntryId(e.id).locale === locale);
    const count = (filter: EventFilter) => events.filter((e) => matches(e.event!, filter)).length;
    const lists: Array<{ filter: EventFilter; base: string; title: string; foreignName?: SitePage['foreignName'] }> = [];
    // Newest year first, as readers look for them.
    const years = [...new Set(events.map((e) => e.event!.year))].sort().reverse();
    for (const year of years) {
      lists.push({ filter: { by: 'year', value: year }, base: `${sectionPath('events', locale)}${year}/`, title: titles[locale].eventsYear.replace('{{year}}', year) });
    }
    for (const kind of eventKindKeys) {
      if (count({ by: 'kind', value: kind }) === 0) continue;
      lists.push({ filter: { by: 'kind', value: kind }, base: `${sectionPath('events', locale)}${localeInfo(locale).eventKinds[kind]}/`, title: titles[locale].eventsKind[kind] });
    }
    // A series: its editions, under the series' own address and title (the first edition's, by file name).
    const series = new Map<string, { title: string; slug: string }>();
    for (const e of [...events].sort((a, b) => a.id.localeCompare(b.id))) if (e.event!.series && !series.has(e.event!.series.name)) series.set(e.event!.series.name, e.event!.series);
    for (const [name, { title, slug }] of series) {
      lists.push({ filter: { by: 'series', value: name }, base: `${sectionPath('events', locale)}${slug}/`, title });
    }
    // Every network has its list, empty or not: its page links to it, and its calendar and feed live there.
    for (const network of pages.filter((p) => p.kind === 'network' && p.locale === locale)) {
      const name = splitEntryId(network.entry!.id).name;
      lists.push({
        filter: { by: 'network', value: name },
        base: `${network.path}${sectionSegment('events', locale)}/`,
        title: titles[locale].eventsNetwork.replace('{{network}}', network.title),
        ...(network.titleLang ? { foreignName: { text: network.title, lang: network.titleLang } } : {}),
      });
    }
    return lists.flatMap(({ filter, base, title, foreignName }) =>
      listParts(locale, filter, base, title, count(filter), titles[locale].listPart).map((page) => (foreignName ? { ...page, foreignName } : page)),
    );
  });
}

function listParts(locale: Locale, filter: EventFilter, base: string, title: string, events: number, partTitle: string): SitePage[] {
  const of = Math.max(1, Math.ceil(events / EVENTS_PER_LIST));
  const key = `events/${filter.by}/${filter.value}`;
  return Array.from({ length: of }, (_, index) => {
    const number = index + 1;
    return {
      key: number === 1 ? key : `${key}/${number}`,
      locale,
      path: number === 1 ? base : `${base}${number}/`,
      kind: 'eventList' as const,
      title: number === 1 ? title : `${title}${partTitle.replace('{{part}}', String(number)).replace('{{parts}}', String(of))}`,
      filter,
      part: { number, of },
    };
  });
}

/** Whether an event belongs on a list. */
export function matches(event: NonNullable<EntrySummary['event']>, filter: EventFilter): boolean {
  if (filter.by === 'year') return event.year === filter.value;
  if (filter.by === 'kind') return event.kind === filter.value;
  if (filter.by === 'series') return event.series?.name === filter.value;
  return event.networks.includes(filter.value);
}

const listsByTable = new WeakMap<readonly SitePage[], Map<string, SitePage[]>>();

/**
 * The parts of each event list, by language and list, from an index made once
 * per page table: every list page and the events page ask for them, and
 * scanning the whole table each time would grow with the square of the site.
 */
function listIndex(pages: readonly SitePage[]): Map<string, SitePage[]> {
  let index = listsByTable.get(pages);
  if (!index) {
    index = new Map();
    for (const p of pages) {
      if (p.kind !== 'eventList' || !p.filter) continue;
      const key = `${p.locale} ${p.filter.by} ${p.filter.value}`;
      index.set(key, [...(index.get(key) ?? []), p]);
    }
    listsByTable.set(pages, index);
  }
  return index;
}

/** Every part of the list a page belongs to, in order. */
export function partsOfList(pages: readonly SitePage[], page: SitePage): SitePage[] {
  return page.filter ? (listIndex(pages).get(`${page.locale} ${page.filter.by} ${page.filter.value}`) ?? []) : [];
}

/** The first part of every event list of a language: the lists' own addresses, for the filters. */
export function eventListsOf(pages: readonly SitePage[], locale: Locale): SitePage[] {
  return [...listIndex(pages).values()].flatMap((parts) => (parts[0]?.locale === locale ? [parts[0]] : []));
}
