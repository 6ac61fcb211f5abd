import { todayIn } from './dates.ts';
import type { EventStatus } from './lifecycle.ts';
import { calendarDate, type EventSpan } from './timing.ts';

/**
 * What an event's fields mean on the day of the build, like the split into
 * upcoming and past: whether registration is open, whether the online link is
 * shown yet. A static site knows "now" only when it is built; the site is
 * rebuilt every night, so these change on the right day.
 */

export type RegistrationPhase = 'opensLater' | 'open' | 'closed';

export interface RegistrationWindow {
  opens?: Date | undefined;
  closes?: Date | undefined;
}

/** An event that still takes place as announced, or at a new date: one residents can still go to. */
export function stillTakesPlace(status: EventStatus): boolean {
  return status !== 'cancelled' && status !== 'postponed';
}

/**
 * Where registration stands at `now`, or undefined when the page must not ask
 * anyone to register: the event is over, cancelled or postponed.
 */
export function registrationPhase(window: RegistrationWindow, status: EventStatus, span: EventSpan, now: Date): RegistrationPhase | undefined {
  const today = todayIn(span.timeZone, now);
  if (span.end.date < today || !stillTakesPlace(status)) return undefined;
  if (window.opens && today < calendarDate(window.opens)) return 'opensLater';
  if (window.closes && today > calendarDate(window.closes)) return 'closed';
  // Registration for an event that has begun is closed, whatever the form says.
  if (!window.closes && today > span.start.date) return 'closed';
  return 'open';
}

/** Whether the online link is published at `now`: from `onlineUrlFrom` (or at once) until the event is over. */
export function onlineLinkShown(onlineUrlFrom: Date | undefined, status: EventStatus, span: EventSpan, now: Date): boolean {
  const today = todayIn(span.timeZone, now);
  if (span.end.date < today || !stillTakesPlace(status)) return false;
  return !onlineUrlFrom || today >= calendarDate(onlineUrlFrom);
}

/**
 * The iCalendar SEQUENCE of an event: whole days from its announcement to its
 * last change (`updated`, else the file's last commit). Every change published
 * on a later day raises it, so calendar apps replace the copy they hold
 * (RFC 5545 §3.8.7.4) — without an editor having to count revisions.
 */
export function calendarSequence(announced: string, updated: string): number {
  const days = Math.round((Date.parse(`${updated}T00:00:00Z`) - Date.parse(`${announced}T00:00:00Z`)) / 86_400_000);
  return Math.max(0, days);
}
