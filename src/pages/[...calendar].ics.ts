/**
 * Calendar files (iCalendar, RFC 5545): one per event, beside its page, for
 * "add to calendar", and one per language with every event, to subscribe to.
 * Addresses come from src/lib/events/file-paths.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsOf, eventsOfNetwork, getSite, networksOf, pageOfEntry, type EventItem, updatedOf } from '../data/site';
import { calendarEventOf } from '../lib/events/index.ts';
import { localeCodes, useTranslations, type Locale } from '../i18n';
import { calendarIcs } from '../lib/events/index.ts';
import { calendarPath, eventCalendarPath, networkCalendarPath } from '../lib/events/index.ts';

interface Props {
  locale: Locale;
  items: EventItem[];
  /** A calendar to subscribe to (all events of a language, or of one network) rather than one event's file. */
  subscription?: { name: string; description: string } | undefined;
}

/** '/wydarzenia.ics' → 'wydarzenia': the route adds the extension back. */
const param = (path: string) => path.replace(/^\/|\.ics$/g, '');

export const getStaticPaths = (async () => {
  const site = await getSite();
  return localeCodes.flatMap((locale) => {
    const t = useTranslations(locale);
    const items = eventsOf(site, locale);
    const all = { name: t('calendar.name'), description: t('calendar.description') };
    return [
      { params: { calendar: param(calendarPath(locale)) }, props: { locale, items, subscription: all } },
      // One calendar per network, for people who follow one network's events only.
      ...networksOf(site, locale).map((network) => {
        const page = pageOfEntry(site, 'networks', network.id);
        const name = t('calendar.networkName', { network: network.data.shortName ?? network.data.title });
        return {
          params: { calendar: param(networkCalendarPath(page.path, locale)) },
          props: { locale, items: eventsOfNetwork(site, network), subscription: { name, description: all.description } },
        };
      }),
      ...items.map((item) => ({
        params: { calendar: param(eventCalendarPath(item.page.path)) },
        props: { locale, items: [item] },
      })),
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { locale, items, subscription } = props;
  const t = useTranslations(locale);
  const events = items.map(({ entry, span, page }) => calendarEventOf(entry, span, new URL(page.path, site).href, updatedOf(entry), t));
  const body = calendarIcs(events, {
    host: new URL(site!).host,
    language: locale,
    ...(subscription ? { subscription } : {}),
  });
  // Static hosts pick the type from the .ics extension; this header serves `astro dev`.
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
