/**
 * RSS feeds of events, one per language (/wydarzenia/rss.xml, /en/events/rss.xml),
 * newest announcement first. Each item says when and where the event is, so a
 * reader can act on it without opening the page.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsOf, getSite, type EventItem } from '../data/site';
import { localeCodes, localeInfo, useTranslations, type Locale } from '../i18n';
import { formatEventDates } from '../lib/events/index.ts';
import { rssPath } from '../lib/events/index.ts';
import { sectionPath } from '../lib/site/index.ts';
import { whereText } from '../lib/events/index.ts';

interface Props {
  locale: Locale;
  items: EventItem[];
}

export const getStaticPaths = (async () => {
  const site = await getSite();
  return localeCodes.map((locale) => ({
    params: { feed: rssPath(locale).replace(/^\/|\.xml$/g, '') },
    props: { locale, items: eventsOf(site, locale) },
  }));
}) satisfies GetStaticPaths;

const newestFirst = (a: EventItem, b: EventItem) =>
  b.entry.data.announced.getTime() - a.entry.data.announced.getTime() || a.entry.id.localeCompare(b.entry.id);

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { locale, items } = props;
  const t = useTranslations(locale);
  const intl = localeInfo(locale).intl;
  const absolute = (path: string) => new URL(path, site).href;
  return rss({
    title: t('feed.title'),
    description: t('events.summary'),
    site: absolute(sectionPath('events', locale)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${intl}</language><atom:link href="${absolute(rssPath(locale))}" rel="self" type="application/rss+xml"/>`,
    items: [...items].sort(newestFirst).map(({ entry, span, page }) => ({
      title:
        entry.data.status === 'scheduled'
          ? entry.data.title
          : t('event.statusInList', { label: t(`event.statusLabel.${entry.data.status}`), title: entry.data.title }),
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
