import { eventYear, momentKey, type EventSpan } from './timing.ts';
import {
  escapeText,
  icsDate,
  icsLocalDateTime,
  icsUtcDateTime,
  nextDay,
  serializeIcs,
  type IcsComponent,
  type IcsProperty,
} from './ics.ts';
import { vtimezone } from './ics-timezone.ts';
import type { EventStatus } from './lifecycle.ts';

/**
 * The site's events as iCalendar: one file per event ("add to calendar") and
 * one calendar of all events per language (to subscribe to). Everything in the
 * output comes from the content, never from the clock, so two builds of the
 * same content write the same bytes and calendar apps see no phantom changes.
 */

export interface CalendarEvent {
  /** Entry id, 'pl/empathic-cities-forum-2023': language folder and file name. */
  id: string;
  title: string;
  /** Plain text; line breaks are kept. */
  description: string;
  location: string;
  /** Absolute URL of the event's page. */
  url: string;
  span: EventSpan;
  /** The entry's `updated` date: when this version of the event was published. */
  updated: Date;
  status: EventStatus;
  /** Raised by every published change (./event-state.ts calendarSequence), so apps replace their copy. */
  sequence: number;
}

/**
 * RFC 5545 §3.8.1.11 knows three states of an event: a postponed event (no new
 * date yet) is TENTATIVE until it has one; a rescheduled or moved one is still
 * CONFIRMED, at its new time or place.
 */
const icsStatus: Record<EventStatus, string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  movedOnline: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

export interface CalendarOptions {
  /** The site's host name, e.g. rownosc.krakow.pl: UIDs and PRODID are scoped by it. */
  host: string;
  /** Language of the text, e.g. pl. */
  language: string;
  /** For a calendar people subscribe to: its name and description in their app. */
  subscription?: { name: string; description: string };
}

/**
 * A UID that never changes for the life of the event: the entry's file name
 * (the same in every language) scoped by the site's host. Editing, rebuilding
 * or changing the slug keeps it; only renaming the file makes a new event (the
 * editors' guide says never to rename). One event is one UID in every language,
 * so a calendar app that gets both the Polish and the English file keeps one
 * entry, not two.
 */
export function eventUid(id: string, host: string): string {
  const name = id.split('/').slice(1).join('/') || id;
  return `${name}@${host}`;
}

function timeProperties(span: EventSpan): IcsProperty[] {
  if (span.allDay) {
    // All-day events end on the day AFTER the last day (DTEND is exclusive, RFC 5545 §3.6.1).
    return [
      { name: 'DTSTART', params: { VALUE: 'DATE' }, value: icsDate(span.start.date) },
      { name: 'DTEND', params: { VALUE: 'DATE' }, value: icsDate(nextDay(span.end.date)) },
    ];
  }
  const tz = { TZID: span.timeZone };
  return [
    { name: 'DTSTART', params: tz, value: icsLocalDateTime(span.start.date, span.start.time!) },
    { name: 'DTEND', params: tz, value: icsLocalDateTime(span.end.date, span.end.time!) },
  ];
}

function eventComponent(event: CalendarEvent, options: CalendarOptions): IcsComponent {
  const text = (name: string, value: string): IcsProperty => ({ name, params: { LANGUAGE: options.language }, value: escapeText(value) });
  return {
    name: 'VEVENT',
    properties: [
      { name: 'UID', value: eventUid(event.id, options.host) },
      { name: 'SEQUENCE', value: String(event.sequence) },
      { name: 'STATUS', value: icsStatus[event.status] },
      { name: 'DTSTAMP', value: icsUtcDateTime(event.updated) },
      { name: 'LAST-MODIFIED', value: icsUtcDateTime(event.updated) },
      ...timeProperties(event.span),
      text('SUMMARY', event.title),
      text('DESCRIPTION', event.description),
      text('LOCATION', event.location),
      // URI values are not TEXT: they are written as they are, commas included.
      { name: 'URL', params: { VALUE: 'URI' }, value: event.url },
    ],
  };
}

/** One VTIMEZONE per zone that timed events use, covering the years they span. */
function timeZones(events: readonly CalendarEvent[]): IcsComponent[] {
  const years = new Map<string, { from: number; to: number }>();
  for (const { span } of events) {
    if (span.allDay) continue;
    const from = Number(eventYear(span));
    const to = Number(span.end.date.slice(0, 4));
    const known = years.get(span.timeZone);
    years.set(span.timeZone, known ? { from: Math.min(known.from, from), to: Math.max(known.to, to) } : { from, to });
  }
  return [...years].sort(([a], [b]) => a.localeCompare(b)).map(([zone, { from, to }]) => vtimezone(zone, from, to));
}

/** A whole iCalendar file (RFC 5545) with the given events, soonest first. */
export function calendarIcs(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const sorted = [...events].sort((a, b) => startKey(a).localeCompare(startKey(b)) || a.id.localeCompare(b.id));
  const subscription = options.subscription
    ? [
        // NAME and REFRESH-INTERVAL are RFC 7986; the X-WR- and X-PUBLISHED- forms are what
        // Apple, Google and Outlook read. The site is rebuilt daily, so a day is fresh enough.
        { name: 'NAME', value: escapeText(options.subscription.name) },
        { name: 'X-WR-CALNAME', value: escapeText(options.subscription.name) },
        { name: 'X-WR-CALDESC', value: escapeText(options.subscription.description) },
        { name: 'REFRESH-INTERVAL', params: { VALUE: 'DURATION' }, value: 'P1D' },
        { name: 'X-PUBLISHED-TTL', value: 'P1D' },
      ]
    : [];
  return serializeIcs({
    name: 'VCALENDAR',
    properties: [
      { name: 'VERSION', value: '2.0' },
      { name: 'PRODID', value: `-//${options.host}//events//${options.language.toUpperCase()}` },
      { name: 'CALSCALE', value: 'GREGORIAN' },
      { name: 'METHOD', value: 'PUBLISH' },
      ...subscription,
    ],
    components: [...timeZones(sorted), ...sorted.map((event) => eventComponent(event, options))],
  });
}

const startKey = ({ span }: CalendarEvent) => momentKey(span.start);
