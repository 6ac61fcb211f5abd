import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { calendarEventOf, calendarIcs, eventSpan } from '../../src/lib/events/index.ts';
import { fixtureEvent, type FixtureEvent } from '../helpers/fixture-events';
import { parseIcs } from '../helpers/ical';
import { readTextsWithPython } from '../helpers/python-ics';

/**
 * A rescheduled event as a subscriber's calendar app meets it: first the
 * version announced on 1 April (3 June, 09:00), then the one published on
 * 15 May (20 June, 10:00). Two independent readers (ical.js and Python's
 * icalendar) must see one event (one UID) whose SEQUENCE rose, so an app that
 * keeps the entry with the highest SEQUENCE ends with the new date, whichever
 * file it fetched first.
 */

const t = useTranslations('pl');
const options = { host: 'rownosc.krakow.pl', language: 'pl' };
const url = 'https://rownosc.krakow.pl/wydarzenia/test-nowy-termin/';

const later = fixtureEvent('pl/test-rescheduled');
/** The same file as it stood when announced: scheduled, at the former date. */
const earlierData = {
  ...later.data,
  status: 'scheduled' as const,
  statusNote: undefined,
  start: later.data.previousStart!,
  end: undefined,
  startTime: later.data.previousStartTime,
  endTime: '13:00',
  previousStart: undefined,
  previousStartTime: undefined,
};
const icsOf = (fixture: Pick<FixtureEvent, 'id' | 'data'>, updated: string) =>
  calendarIcs([calendarEventOf(fixture, eventSpan(fixture.data), url, updated, t)], options);
const earlierIcs = icsOf({ id: later.id, data: earlierData }, '2027-04-01');
const laterIcs = icsOf(later, '2027-05-15');

interface Seen {
  uid: string;
  sequence: number;
  start: string;
  status: string;
}

/** What a calendar app keeps: per UID, the copy with the higher SEQUENCE (RFC 5545 §3.8.7.4). */
function keep(store: Map<string, Seen>, event: Seen) {
  const held = store.get(event.uid);
  if (!held || event.sequence > held.sequence) store.set(event.uid, event);
}

const byIcalJs = (text: string): Seen => {
  const [event] = parseIcs(text).events;
  return {
    uid: event!.uid,
    sequence: event!.sequence,
    start: event!.startDate.toJSDate().toISOString(),
    status: String(event!.component.getFirstPropertyValue('status')),
  };
};
const [pyEarlier, pyLater] = readTextsWithPython([earlierIcs, laterIcs]).map(([event]) => ({
  uid: event!.uid,
  sequence: event!.sequence,
  start: new Date(event!.start.utc!.replace('Z', ':00Z')).toISOString(),
  status: event!.status,
}));

describe.each([
  ['ical.js', byIcalJs(earlierIcs), byIcalJs(laterIcs)],
  ['python3-icalendar', pyEarlier!, pyLater!],
])('read by %s', (_, earlier, updated) => {
  it('is one event: the same UID, a higher SEQUENCE, the new start', () => {
    expect(updated.uid).toBe(earlier.uid);
    expect(updated.sequence).toBeGreaterThan(earlier.sequence);
    expect(earlier.start).toBe('2027-06-03T07:00:00.000Z');
    expect(updated.start).toBe('2027-06-20T08:00:00.000Z');
    expect([earlier.status, updated.status]).toEqual(['CONFIRMED', 'CONFIRMED']);
  });

  it.each([
    ['announced first, then rescheduled', [0, 1]],
    ['fetched out of order', [1, 0]],
  ])('an app that got the files %s keeps one entry, at the new date', (__, order) => {
    const store = new Map<string, Seen>();
    for (const i of order) keep(store, [earlier, updated][i]!);
    expect([...store.values()]).toEqual([updated]);
  });
});

describe('a cancelled event', () => {
  it('is CANCELLED to both readers, its title and description say so in words', () => {
    const cancelled = fixtureEvent('pl/test-cancelled');
    const text = icsOf(cancelled, '2027-05-10');
    const [py] = readTextsWithPython([text]);
    expect(byIcalJs(text).status).toBe('CANCELLED');
    expect(py![0]).toMatchObject({ status: 'CANCELLED', summary: `Odwołane: ${cancelled.data.title}` });
    expect(py![0]!.description.startsWith(cancelled.data.statusNote!)).toBe(true);
  });
});
