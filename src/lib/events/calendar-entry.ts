import type { Translate } from '../../i18n/index.ts';
import type { CalendarEvent } from './calendar.ts';
import { calendarSequence } from './event-state.ts';
import type { EventStatus } from './lifecycle.ts';
import { calendarDate, type EventSpan } from './timing.ts';
import { whereText, type Venue } from './venue.ts';

/** A title led by the event's status, as lists, calendars and feeds show it: "Odwołane: Forum…". */
export function titleWithStatus(title: string, status: Exclude<EventStatus, 'scheduled'>, t: Translate): string {
  return t('event.statusInList', { label: t(`event.statusLabel.${status}`), title });
}

/** What the calendar files need of an event entry. */
export interface CalendarEntry {
  id: string;
  data: {
    title: string;
    summary: string;
    announced: Date;
    status: EventStatus;
    statusNote?: string | undefined;
    venue?: Venue | undefined;
    attendance: 'inPerson' | 'online' | 'hybrid';
  };
}

/**
 * An event entry as a calendar entry, in the language of `t`. `updated` is the
 * entry's last change (frontmatter, else git), never the build's clock: two
 * builds of one commit write the same bytes, and a later change raises SEQUENCE.
 */
export function calendarEventOf(entry: CalendarEntry, span: EventSpan, url: string, updated: string | undefined, t: Translate): CalendarEvent {
  const { data } = entry;
  const announced = calendarDate(data.announced);
  const changed = updated ?? announced;
  // Calendar apps show a cancelled or postponed entry much like any other: its title says it.
  const title = data.status === 'cancelled' || data.status === 'postponed' ? titleWithStatus(data.title, data.status, t) : data.title;
  return {
    id: entry.id,
    title,
    description: [data.statusNote, data.summary, t('calendar.moreInfo', { url })].filter(Boolean).join('\n\n'),
    location: whereText(data, t('event.onlinePlace')),
    url,
    span,
    updated: new Date(`${changed}T00:00:00Z`),
    status: data.status,
    sequence: calendarSequence(announced, changed),
  };
}
