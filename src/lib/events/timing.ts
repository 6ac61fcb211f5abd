import { z } from 'astro/zod';
import { clockTime } from './field-types.ts';

/**
 * How an event's time is written in frontmatter, and what it means.
 *
 * Editors write calendar dates and wall-clock times as people say them in the
 * event's city; the time zone (default Europe/Warsaw) turns them into instants.
 *   all-day:  start: 2023-05-15   end: 2023-05-16
 *   timed:    start: 2023-05-15   startTime: "10:00"   endTime: "16:30"
 * An event without `startTime` is all-day; `end` defaults to `start`.
 */

const time = clockTime();

export const DEFAULT_TIME_ZONE = 'Europe/Warsaw';

export function isValidTimeZone(zone: string): boolean {
  try {
    // Any locale will do: only the time zone is being tried.
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const eventTimingFields = {
  /** First day of the event (YYYY-MM-DD). */
  start: z.date({ error: 'start: podaj datę rozpoczęcia jako RRRR-MM-DD, np. 2023-05-15' }),
  /** Last day of the event (YYYY-MM-DD); leave out for a one-day event. */
  end: z.date({ error: 'end: podaj datę zakończenia jako RRRR-MM-DD, np. 2023-05-16' }).optional(),
  /** Start time ("HH:MM") for timed events; leave out for all-day events. */
  startTime: time.optional(),
  /** End time ("HH:MM"), required together with `startTime`. */
  endTime: time.optional(),
  /** IANA time zone of the times above. */
  timeZone: z
    .string()
    .default(DEFAULT_TIME_ZONE)
    .refine(isValidTimeZone, {
      error: 'nieznana strefa czasowa: usuń to pole (domyślnie Europe/Warsaw) albo wpisz nazwę strefy z bazy IANA, np. Europe/London',
    }),
};

export interface EventTimingInput {
  start: Date;
  end?: Date | undefined;
  startTime?: string | undefined;
  endTime?: string | undefined;
  timeZone: string;
}

/** Problems with the combination of timing fields, as [field, message] pairs. */
export function timingProblems(input: EventTimingInput): Array<[keyof EventTimingInput, string]> {
  const problems: Array<[keyof EventTimingInput, string]> = [];
  if ((input.startTime === undefined) !== (input.endTime === undefined)) {
    problems.push([
      input.startTime === undefined ? 'startTime' : 'endTime',
      'podaj obie godziny (startTime i endTime) albo żadnej — wtedy wydarzenie trwa cały dzień',
    ]);
    return problems;
  }
  const span = eventSpan(input);
  if (momentKey(span.end) < momentKey(span.start) || (span.allDay && span.end.date < span.start.date)) {
    problems.push([input.end ? 'end' : 'endTime', 'koniec wydarzenia jest wcześniej niż jego początek: popraw end/endTime']);
  }
  return problems;
}

export interface LocalMoment {
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  /** Wall-clock time, HH:MM; absent for all-day events. */
  time?: string;
}

export interface EventSpan {
  allDay: boolean;
  start: LocalMoment;
  /** For all-day events: the last day (inclusive). */
  end: LocalMoment;
  timeZone: string;
}

/** YAML dates arrive as UTC midnight; their UTC fields are the calendar date written. */
export function calendarDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export function eventSpan(input: EventTimingInput): EventSpan {
  const allDay = input.startTime === undefined;
  const startDate = calendarDate(input.start);
  const endDate = calendarDate(input.end ?? input.start);
  return allDay
    ? { allDay, start: { date: startDate }, end: { date: endDate }, timeZone: input.timeZone }
    : {
        allDay,
        start: { date: startDate, time: input.startTime! },
        end: { date: endDate, time: input.endTime! },
        timeZone: input.timeZone,
      };
}

/** One formatter per zone: creating an Intl.DateTimeFormat is far dearer than using one,
 *  and a calendar's time-zone rules probe the offset hundreds of times. */
const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
  if (!format) {
    // A fixed, machine-read format (its parts are read by type), not a language of the site.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClocks.set(timeZone, format);
  }
  return format;
}

/** Offset of `timeZone` from UTC, in minutes, at the UTC instant `utcMs`. */
export function offsetMinutes(utcMs: number, timeZone: string): number {
  const parts = wallClock(timeZone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - utcMs) / 60000);
}

/** The instant at which the wall clock in `timeZone` shows `date` `time`. */
export function zonedInstant(moment: LocalMoment, timeZone: string): Date {
  const [y, m, d] = moment.date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = (moment.time ?? '00:00').split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset even next to a daylight-saving change.
  let utc = wall - offsetMinutes(wall, timeZone) * 60000;
  utc = wall - offsetMinutes(utc, timeZone) * 60000;
  return new Date(utc);
}

/** ISO 8601 with the zone's offset, e.g. 2023-05-15T10:00:00+02:00 (schema.org, <time>). */
export function zonedIso(moment: LocalMoment, timeZone: string): string {
  if (moment.time === undefined) return moment.date;
  const instant = zonedInstant(moment, timeZone);
  const offset = offsetMinutes(instant.getTime(), timeZone);
  return `${moment.date}T${moment.time}:00${formatUtcOffset(offset, ':')}`;
}

/** A UTC offset in minutes as ±HH:MM (ISO 8601, separator ':') or ±HHMM (iCalendar, separator ''). */
export function formatUtcOffset(minutes: number, separator: ':' | ''): string {
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

/** A local moment as text that sorts in time order (same time zone): 2023-05-15T10:00; all-day counts from 00:00. */
export function momentKey(moment: LocalMoment): string {
  return `${moment.date}T${moment.time ?? '00:00'}`;
}

/** The year an event starts in, as text: '2023' (the events index's headings, the search filter). */
export function eventYear(span: EventSpan): string {
  return span.start.date.slice(0, 4);
}
