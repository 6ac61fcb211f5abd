/**
 * RSS feeds of events, one per language (/wydarzenia/rss.xml, /en/events/rss.xml),
 * newest announcement first. Each item says when and where the event is, so a
 * reader can act on it without opening the page.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsOf, eventsOfNetwork, getSite, networksOf, pageOfEntry, type EventItem } from '../data/site';
import { localeCodes, localeInfo, useTranslations, type Locale } from '../i18n';
import { formatEventDates } from '../lib/events/index.ts';
import { networkFeedPath, rssPath, titleWithStatus } from '../lib/events/index.ts';
import { sectionPath } from '../lib/site/index.ts';
import { whereText } from '../lib/events/index.ts';

interface Props {
  locale: Locale;
  items: EventItem[];
  /** The feed's own address and title; the language's feed of all events when absent. */
  network?: { feed: string; page: string; title: string } | undefined;
}

export const getStaticPaths = (async () => {
  const site = await getSite();
  return localeCodes.flatMap((locale) => [
    { params: { feed: feedParam(rssPath(locale)) }, props: { locale, items: eventsOf(site, locale) } },
    // One feed per network, beside its event list.
    ...networksOf(site, locale).map((network) => {
      const page = pageOfEntry(site, 'networks', network.id);
      const feed = networkFeedPath(page.path, locale);
      return {
        params: { feed: feedParam(feed) },
        props: { locale, items: eventsOfNetwork(site, network), network: { feed, page: feed.replace(/rss\.xml$/, ''), title: network.data.shortName ?? network.data.title } },
      };
    }),
  ]);
}) satisfies GetStaticPaths;

/** '/wydarzenia/rss.xml' → 'wydarzenia/rss': the route adds the extension back. */
const feedParam = (path: string) => path.replace(/^\/|\.xml$/g, '');

const newestFirst = (a: EventItem, b: EventItem) =>
  b.entry.data.announced.getTime() - a.entry.data.announced.getTime() || a.entry.id.localeCompare(b.entry.id);

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { locale, items, network } = props;
  const t = useTranslations(locale);
  const intl = localeInfo(locale).intl;
  const absolute = (path: string) => new URL(path, site).href;
  return rss({
    title: network ? t('feed.networkTitle', { network: network.title }) : t('feed.title'),
    description: t('events.summary'),
    site: absolute(network?.page ?? sectionPath('events', locale)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${intl}</language><atom:link href="${absolute(network?.feed ?? rssPath(locale))}" rel="self" type="application/rss+xml"/>`,
    items: [...items].sort(newestFirst).map(({ entry, span, page }) => ({
      title: entry.data.status === 'scheduled' ? entry.data.title : titleWithStatus(entry.data.title, entry.data.status, t),
      link: absolute(page.path),
      pubDate: entry.data.announced,
      description: t('feed.item', {
        dates: formatEventDates(span, intl),
        place: whereText(entry.data, t('event.onlinePlace')),
        summary: [entry.data.statusNote, entry.data.summary].filter(Boolean).join(' '),
      }),
    })),
  });
};
