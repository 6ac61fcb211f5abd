import { momentKey, zonedInstant, type EventSpan } from './timing.ts';

/**
 * Human dates for events, through Intl.DateTimeFormat#formatRange so each
 * language gets its own conventions ("15–16 maja 2023", "15–16 May 2023",
 * "15 maja 2023, 10:00–16:30").
 */

const dayOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** en-GB spaces the dash between two bare day numbers ("15 – 16 May 2023"); house style closes it up as Polish does. */
function tidy(text: string): string {
  // ICU puts thin spaces around range dashes in some versions and plain ones in
  // others; settle on plain spaces so output does not depend on the runtime.
  return text
    .replace(/\s+–\s+/g, ' – ').replace(/^(\d{1,2})\s+–\s+(\d{1,2})(?=\s)/, '$1–$2');
}

/** One formatter per language, made once: building one costs more than formatting with it, and every page shows dates. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(intlLocale: string): Intl.DateTimeFormat {
  let format = dayFormats.get(intlLocale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale, { ...dayOptions, timeZone: 'UTC' });
    dayFormats.set(intlLocale, format);
  }
  return format;
}

function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function formatEventDates(span: EventSpan, intlLocale: string): string {
  if (span.allDay) {
    const format = dayFormat(intlLocale);
    if (span.start.date === span.end.date) return format.format(utcDay(span.start.date));
    return tidy(format.formatRange(utcDay(span.start.date), utcDay(span.end.date)));
  }
  const format = new Intl.DateTimeFormat(intlLocale, {
    ...dayOptions,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: span.timeZone,
  });
  return tidy(format.formatRange(zonedInstant(span.start, span.timeZone), zonedInstant(span.end, span.timeZone)));
}

/** A plain date in a language, e.g. "26 kwietnia 2023". */
export function formatDay(date: string, intlLocale: string): string {
  return dayFormat(intlLocale).format(utcDay(date));
}

/** A date as precise as written: "2022" → "2022", "2022-09" → "wrzesień 2022", "2011-05-25" → "25 maja 2011". */
export function formatPartialDate(value: string, intlLocale: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return year ?? value;
  if (!day) {
    return new Intl.DateTimeFormat(intlLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${year}-${month}-01T00:00:00Z`),
    );
  }
  return formatDay(value, intlLocale);
}

/** Today's calendar date in a time zone, YYYY-MM-DD ('en-CA' is the Intl locale whose dates read that way; no reader sees it). */
export function todayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** An event is upcoming until its last day has passed in its own time zone. */
export function isUpcoming(span: EventSpan, now: Date): boolean {
  return span.end.date >= todayIn(span.timeZone, now);
}

/** Events in order of their start, soonest first; equal starts keep their order. */
export function soonestFirst<T extends { span: EventSpan }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => momentKey(a.span.start).localeCompare(momentKey(b.span.start)));
}

/** Events split at `now`: upcoming soonest first, past newest first; equal starts keep their order. */
export function splitByTime<T extends { span: EventSpan }>(items: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const byStart = (a: T, b: T) => momentKey(a.span.start).localeCompare(momentKey(b.span.start));
  return {
    upcoming: items.filter((i) => isUpcoming(i.span, now)).sort(byStart),
    past: items.filter((i) => !isUpcoming(i.span, now)).sort((a, b) => byStart(b, a)),
  };
}
