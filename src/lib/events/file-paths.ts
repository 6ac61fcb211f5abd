import { sectionSegment, type Locale } from '../../i18n/locales.ts';
import { sectionPath } from '../site/index.ts';

/**
 * Where the events' calendar files and feeds are published, next to the pages
 * they belong to. Endpoints (src/pages/) and the links to them both read these.
 */

const withoutSlash = (path: string) => path.replace(/\/$/, '');

/** All events of a language, to subscribe to: /wydarzenia.ics, /en/events.ics. */
export function calendarPath(locale: Locale): string {
  return `${withoutSlash(sectionPath('events', locale))}.ics`;
}

/**
 * One event's calendar file, beside its page: /wydarzenia/forum-miast-empatycznych-2023.ics.
 * Not /…/forum-miast-empatycznych-2023/wydarzenie.ics: browsers save a download
 * under the last part of its address, and "forum-miast-empatycznych-2023.ics"
 * says what the file is where "wydarzenie.ics" would not.
 */
export function eventCalendarPath(eventPagePath: string): string {
  return `${withoutSlash(eventPagePath)}.ics`;
}

/** The RSS feed of a language's events: /wydarzenia/rss.xml, /en/events/rss.xml. */
export function rssPath(locale: Locale): string {
  return `${sectionPath('events', locale)}rss.xml`;
}

/**
 * A network's own calendar and feed, beside its event list
 * (/wspolpraca-miedzynarodowa/femcities/wydarzenia/): people who follow one
 * network subscribe to its events only.
 */
export function networkCalendarPath(networkPagePath: string, locale: Locale): string {
  return `${networkPagePath}${sectionSegment('events', locale)}.ics`;
}

export function networkFeedPath(networkPagePath: string, locale: Locale): string {
  return `${networkPagePath}${sectionSegment('events', locale)}/rss.xml`;
}
