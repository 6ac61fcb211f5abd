import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarIcs, eventUid, type CalendarEvent, type CalendarOptions } from '../../src/lib/events/index.ts';
import { eventSpan, zonedInstant } from '../../src/lib/events/index.ts';
import { whereText } from '../../src/lib/events/index.ts';
import { fixtureEvent, readFixtureEvents, type FixtureEvent } from '../helpers/fixture-events';
import { lineProblems, parseIcs, unfold } from '../helpers/ical';

const host = 'rownosc.krakow.pl';
const options: CalendarOptions = { host, language: 'pl' };

/** A fixture event as the calendar endpoint hands it over. */
function asCalendarEvent({ id, data, span }: FixtureEvent): CalendarEvent {
  const url = `https://${host}/wydarzenia/${data.slug}/`;
  return { id, title: data.title, description: `${data.summary}\n\nWięcej informacji: ${url}`, location: whereText(data, 'online'), url, span, updated: data.updated ?? data.announced, status: data.status, sequence: 0 };
}

const single = (id: string) => {
  const event = asCalendarEvent(fixtureEvent(id));
  const text = calendarIcs([event], options);
  return { event, text, parsed: parseIcs(text) };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('a timed event past midnight and across the end of summer time', () => {
  const { event, text, parsed } = single('pl/test-overnight');
  const vevent = parsed.events[0]!;

  it('starts and ends at local times in Europe/Warsaw, with TZID', () => {
    expect(unfold(text)).toContain('DTSTART;TZID=Europe/Warsaw:20241026T220000\r\n');
    expect(unfold(text)).toContain('DTEND;TZID=Europe/Warsaw:20241027T030000\r\n');
    expect(vevent.startDate.isDate).toBe(false);
    expect(vevent.startDate.zone?.tzid).toBe('Europe/Warsaw');
  });

  it('is read by a calendar app as the instants the page shows (+02:00 to +01:00, six hours)', () => {
    expect(vevent.startDate.toJSDate().toISOString()).toBe(zonedInstant(event.span.start, 'Europe/Warsaw').toISOString());
    expect(vevent.endDate.toJSDate().toISOString()).toBe(zonedInstant(event.span.end, 'Europe/Warsaw').toISOString());
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2024-10-26T20:00:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).toBe('2024-10-27T02:00:00.000Z');
  });

  it('carries a VTIMEZONE for the zone, and only one', () => {
    expect(parsed.calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Warsaw']);
  });

  it('keeps its text exactly, escaped on the way in', () => {
    expect(vevent.summary).toBe(event.title);
    expect(vevent.description).toBe(event.description);
    expect(vevent.location).toBe(event.location);
    expect(unfold(text)).toContain('SUMMARY;LANGUAGE=pl:Wydarzenie testowe: przez północ\\; przecinek\\, średnik i \\\\ ukośnik\r\n');
    expect(unfold(text)).toContain('\\n\\nWięcej informacji: https://rownosc.krakow.pl/wydarzenia/test-przez-polnoc/');
  });
});

describe('all-day events', () => {
  it('one day: VALUE=DATE, DTEND the day after (exclusive)', () => {
    const { text, parsed } = single('pl/test-one-day');
    const vevent = parsed.events[0]!;
    expect(unfold(text)).toContain('DTSTART;VALUE=DATE:20250214\r\nDTEND;VALUE=DATE:20250215\r\n');
    expect(vevent.startDate.isDate).toBe(true);
    expect(vevent.startDate.toString()).toBe('2025-02-14');
    expect(vevent.endDate.toString()).toBe('2025-02-15');
    expect(vevent.duration.toString()).toBe('P1D');
  });

  it('several months and a new year: ends the day after its last day', () => {
    const { parsed } = single('pl/test-several-months');
    const vevent = parsed.events[0]!;
    expect(vevent.startDate.toString()).toBe('2025-11-28');
    expect(vevent.endDate.toString()).toBe('2026-01-03');
    expect(vevent.duration.toString()).toBe('P36D');
  });

  it('need no VTIMEZONE: a date is the same day everywhere', () => {
    expect(single('pl/test-one-day').parsed.calendar.getAllSubcomponents('vtimezone')).toEqual([]);
  });
});

describe('every fixture, as a file', () => {
  it.each(readFixtureEvents().map((e) => [e.id, e] as const))('%s: CRLF, lines of at most 75 octets, no character cut', (_, fixture) => {
    expect(lineProblems(calendarIcs([asCalendarEvent(fixture)], options))).toEqual([]);
  });

  it('long Polish text is really folded (the check above has something to check)', () => {
    const { text } = single('pl/test-several-months');
    expect(text.split('\r\n').filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
  });

  it('has the calendar headers once', () => {
    const { text } = single('pl/test-one-day');
    for (const line of ['VERSION:2.0', 'PRODID:-//rownosc.krakow.pl//events//PL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']) {
      expect(text.split('\r\n').filter((l) => l === line), line).toHaveLength(1);
    }
    expect(text).not.toContain('X-WR-CALNAME');
  });
});

describe('stable across builds', () => {
  const fixture = fixtureEvent('pl/test-overnight');

  it('UID: the entry’s file name and the host, the same in every language, whatever else changes', () => {
    const uid = (event: CalendarEvent) => parseIcs(calendarIcs([event], options)).events[0]!.uid;
    const before = asCalendarEvent(fixture);
    const edited = { ...before, title: 'Nowy tytuł', url: 'https://rownosc.krakow.pl/wydarzenia/nowy-slug/', updated: new Date('2027-01-01') };
    expect(uid(before)).toBe('test-overnight@rownosc.krakow.pl');
    expect(uid(edited)).toBe(uid(before));
    expect(eventUid('en/test-overnight', host)).toBe(uid(before));
    expect(eventUid('pl/test-one-day', host)).not.toBe(uid(before));
  });

  it('DTSTAMP and LAST-MODIFIED: the entry’s updated date, not the clock', () => {
    const vevent = parseIcs(single('pl/test-overnight').text).events[0]!.component;
    expect(['dtstamp', 'last-modified'].map((p) => vevent.getFirstPropertyValue(p)?.toString())).toEqual(['2026-11-21T00:00:00Z', '2026-11-21T00:00:00Z']);
  });

  it('the same bytes at two different moments', () => {
    const events = readFixtureEvents().filter((e) => e.id.startsWith('pl/')).map(asCalendarEvent);
    vi.useFakeTimers({ now: new Date('2024-01-01T09:00:00Z') });
    const first = calendarIcs(events, options);
    vi.setSystemTime(new Date('2031-07-15T23:59:00Z'));
    const second = calendarIcs([...events].reverse(), options);
    expect(second).toBe(first);
  });
});

describe('the calendar of all events of a language', () => {
  const events = readFixtureEvents().filter((e) => e.id.startsWith('pl/')).map(asCalendarEvent);
  const text = calendarIcs(events, { ...options, subscription: { name: 'Wydarzenia – Kraków, Równe Traktowanie', description: 'Opis' } });
  const parsed = parseIcs(text);

  it('names itself for subscription and asks to be refreshed daily', () => {
    // ical.js does not know these (RFC 7986 and vendor) properties and hands them back as
    // written, so the escaped TEXT is checked as written.
    expect(parsed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Wydarzenia – Kraków\\, Równe Traktowanie');
    expect(unfold(text)).toContain('\r\nNAME:Wydarzenia – Kraków\\, Równe Traktowanie\r\n');
    expect(unfold(text)).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:P1D\r\nX-PUBLISHED-TTL:P1D\r\n');
  });

  it('lists every event once, soonest first', () => {
    const uids = parsed.events.map((e) => e.uid);
    expect(uids.slice(0, 3)).toEqual(['test-overnight@rownosc.krakow.pl', 'test-one-day@rownosc.krakow.pl', 'test-several-months@rownosc.krakow.pl']);
    expect(new Set(uids).size).toBe(events.length);
    const starts = parsed.events.map((e) => e.startDate.toJSDate().getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives each zone used by a timed event one VTIMEZONE, covering the years of its events', () => {
    const vienna: CalendarEvent = {
      ...events[0]!,
      id: 'pl/test-vienna',
      span: eventSpan({ start: new Date('2027-03-27T00:00:00Z'), end: new Date('2027-03-28T00:00:00Z'), startTime: '20:00', endTime: '09:00', timeZone: 'Europe/Vienna' }),
    };
    const both = parseIcs(calendarIcs([...events, vienna], options));
    expect(both.calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Vienna', 'Europe/Warsaw']);
    const read = both.events.find((e) => e.uid.startsWith('test-vienna@'))!;
    expect(read.startDate.toJSDate().toISOString()).toBe('2027-03-27T19:00:00.000Z');
    expect(read.endDate.toJSDate().toISOString()).toBe('2027-03-28T07:00:00.000Z');
  });
});
