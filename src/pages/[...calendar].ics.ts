/**
 * Calendar files (iCalendar, RFC 5545): one per event, beside its page, for
 * "add to calendar", and one per language with every event, to subscribe to.
 * Addresses come from src/lib/events/file-paths.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsOf, getSite, type EventItem, updatedOf } from '../data/site';
import { calendarEventOf } from '../lib/events/index.ts';
import { localeCodes, useTranslations, type Locale } from '../i18n';
import { calendarIcs } from '../lib/events/index.ts';
import { calendarPath, eventCalendarPath } from '../lib/events/index.ts';

interface Props {
  locale: Locale;
  items: EventItem[];
  /** The language's calendar of all events rather than one event's file. */
  subscription: boolean;
}

/** '/wydarzenia.ics' → 'wydarzenia': the route adds the extension back. */
const param = (path: string) => path.replace(/^\/|\.ics$/g, '');

export const getStaticPaths = (async () => {
  const site = await getSite();
  return localeCodes.flatMap((locale) => {
    const items = eventsOf(site, locale);
    return [
      { params: { calendar: param(calendarPath(locale)) }, props: { locale, items, subscription: true } },
      ...items.map((item) => ({
        params: { calendar: param(eventCalendarPath(item.page.path)) },
        props: { locale, items: [item], subscription: false },
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
    ...(subscription ? { subscription: { name: t('calendar.name'), description: t('calendar.description') } } : {}),
  });
  // Static hosts pick the type from the .ics extension; this header serves `astro dev`.
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
