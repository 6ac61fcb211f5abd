import { formatUtcOffset, offsetMinutes, zonedInstant } from './timing.ts';
import type { IcsComponent, IcsProperty } from './ics.ts';

/**
 * VTIMEZONE components (RFC 5545 §3.6.5) read from the same time-zone database
 * that places the site's times (Intl, through event-timing.ts), so a calendar
 * app and the web page can never disagree about when an event starts.
 *
 * Instead of copying a zone's rules by hand (Europe/Warsaw: summer time from the
 * last Sunday of March to the last Sunday of October), the component lists every
 * change of offset in the years the events span, each as an observance with its
 * own DTSTART. That is valid for any IANA zone an editor may name, including
 * years when a zone's rules were different.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface Change {
  /** First instant (UTC ms) of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** The first minute in (before, after] that already has offset `to`. */
function firstMinuteWith(before: number, after: number, to: number, timeZone: string): number {
  let [lo, hi] = [before, after];
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (offsetMinutes(mid, timeZone) === to) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Offset changes between two instants. The scan steps a day at a time: zones
 * change offset at most a few times a year, never twice within one day.
 */
function offsetChanges(start: number, end: number, timeZone: string): Change[] {
  const changes: Change[] = [];
  let previous = offsetMinutes(start, timeZone);
  for (let t = start + DAY; t < end + DAY; t += DAY) {
    const offset = offsetMinutes(t, timeZone);
    if (offset === previous) continue;
    changes.push({ at: firstMinuteWith(t - DAY, t, offset, timeZone), from: previous, to: offset });
    previous = offset;
  }
  return changes;
}

/** UTC offset as iCalendar writes it: +0100, -0330. */
const utcOffset = (minutes: number) => formatUtcOffset(minutes, '');

/** The wall-clock time at `instant` under `offset`, as a local DATE-TIME: 20230326T020000. */
function localDateTime(instant: number, offset: number): string {
  return new Date(instant + offset * MINUTE).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/**
 * The VTIMEZONE for `timeZone`, valid from 1 January of `fromYear` to the end
 * of `toYear` (local time): enough for events held within those years.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): IcsComponent {
  const start = zonedInstant({ date: `${fromYear}-01-01`, time: '00:00' }, timeZone).getTime();
  const end = zonedInstant({ date: `${toYear + 1}-01-01`, time: '00:00' }, timeZone).getTime();
  const initial: Change = { at: start, from: offsetMinutes(start - MINUTE, timeZone), to: offsetMinutes(start, timeZone) };
  const changes = [initial, ...offsetChanges(start, end, timeZone)];
  // Summer time is whichever offset is ahead of the zone's lowest in the period.
  const standard = Math.min(...changes.map((c) => c.to));
  return {
    name: 'VTIMEZONE',
    properties: [{ name: 'TZID', value: timeZone }],
    components: changes.map((change): IcsComponent => {
      const properties: IcsProperty[] = [
        { name: 'DTSTART', value: localDateTime(change.at, change.from) },
        { name: 'TZOFFSETFROM', value: utcOffset(change.from) },
        { name: 'TZOFFSETTO', value: utcOffset(change.to) },
      ];
      return { name: change.to > standard ? 'DAYLIGHT' : 'STANDARD', properties };
    }),
  };
}
