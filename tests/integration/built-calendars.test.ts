import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextDay } from '../../src/lib/events/index.ts';
import { useEventsBuild, built, buildWithTestEvents, strings, files, read, langOf, feedPath, calendarPath, eventPages, origin, canonical, shownTime, nodeOf } from '../helpers/built-events';
import { pick, textOf } from '../helpers/html';
import { lineProblems, parseIcs, unfold } from '../helpers/ical';
import { readFixtureEvents } from '../helpers/fixture-events';
import { readWithPython } from '../helpers/python-ics';
import { shownStatus } from '../helpers/built-events';

/** Calendar files of a real build, read with a calendar parser and compared with their pages. (tests/helpers/built-events.ts builds the site with the test events.) */
useEventsBuild();

describe('calendar files in the build', () => {
  it('one beside each event page, and one of all events per language', () => {
    const pages = eventPages();
    expect(pages, 'the test events were built too').toHaveLength(readFixtureEvents().length + 2);
    // …and one per network, beside the network's event list.
    const networks = files('index.html').filter((f) => /^\/(wspolpraca-miedzynarodowa|en\/international-cooperation)\/[a-z-]+\/index\.html$/.test(f));
    const networkCalendars = networks.map((f) => f.replace(/index\.html$/, langOf(f) === 'pl' ? 'wydarzenia.ics' : 'events.ics'));
    expect(networkCalendars).toHaveLength(6);
    expect(files('.ics')).toEqual([...pages.map((p) => p.replace(/\/$/, '.ics')), ...Object.values(calendarPath), ...networkCalendars].sort());
  });

  it('every file: CRLF, lines of at most 75 octets, no cut character, a complete calendar', () => {
    for (const path of files('.ics')) {
      expect(lineProblems(readFileSync(join(built.dist, path))), path).toEqual([]);
      const { calendar, events } = parseIcs(read(path));
      expect(['version', 'prodid', 'calscale', 'method'].map((p) => calendar.getFirstPropertyValue(p)?.toString()), path).toEqual([
        '2.0',
        expect.stringMatching(/^-\/\//),
        'GREGORIAN',
        'PUBLISH',
      ]);
      for (const event of events) {
        for (const property of ['uid', 'dtstamp', 'last-modified', 'dtstart', 'dtend', 'summary', 'description', 'location', 'url']) {
          expect(event.component.hasProperty(property), `${path}: ${event.uid} ${property}`).toBe(true);
        }
      }
    }
  });

  it('each event’s file says what its page says', () => {
    const host = new URL(origin()).host;
    for (const page of eventPages()) {
      const html = read(page);
      const { events } = parseIcs(read(page.replace(/\/$/, '.ics')));
      expect(events, page).toHaveLength(1);
      const [event] = events as [(typeof events)[number]];
      const { datetime } = shownTime(html);
      const endDate = String(nodeOf(html, 'Event')?.['endDate']);
      expect(event.uid, page).toMatch(new RegExp(`^[a-z0-9-]+@${host.replace(/\./g, '\\.')}$`));
      expect(event.component.getFirstPropertyValue('url'), page).toBe(canonical(html));
      const title = textOf(pick(html, /<h1[^>]*>([\s\S]*?)<\/h1>/, 'h1'));
      const status = shownStatus(html);
      // Calendar apps show a cancelled or postponed entry like any other: its title says so.
      const label = status === 'cancelled' || status === 'postponed' ? `${strings[langOf(page)].event.statusLabel[status]}: ` : '';
      expect(event.summary, page).toBe(`${label}${title}`);
      expect(event.component.getFirstPropertyValue('status'), page).toBe({ cancelled: 'CANCELLED', postponed: 'TENTATIVE' }[status] ?? 'CONFIRMED');
      expect(event.description, page).toContain(canonical(html));
      if (/T/.test(datetime)) {
        expect(event.startDate.toJSDate().getTime(), page).toBe(Date.parse(datetime));
        expect(event.endDate.toJSDate().getTime(), page).toBe(Date.parse(endDate));
      } else {
        expect([event.startDate.isDate, event.startDate.toString()], page).toEqual([true, datetime]);
        expect([event.endDate.isDate, event.endDate.toString()], page).toEqual([true, nextDay(endDate)]);
      }
    }
  });

  it('a second, independent reader (python3-icalendar) reads every file as ical.js does', () => {
    const paths = files('.ics');
    const python = readWithPython(paths.map((p) => join(built.dist, p)));
    for (const path of paths) {
      const byIcalJs = parseIcs(read(path)).events.map((e) => ({
        uid: e.uid,
        sequence: e.sequence,
        status: String(e.component.getFirstPropertyValue('status')),
        summary: e.summary,
        start: e.startDate.isDate ? e.startDate.toString() : e.startDate.toJSDate().toISOString().slice(0, 16) + 'Z',
      }));
      const byPython = python[join(built.dist, path)]!.map((e) => ({ uid: e.uid, sequence: e.sequence, status: e.status, summary: e.summary, start: e.start.date ?? e.start.utc }));
      expect(byPython, path).toEqual(byIcalJs);
    }
  });

  it('an event’s SEQUENCE is the same in both languages and rises with its last change', () => {
    const sequenceOf = (path: string) => parseIcs(read(path)).events[0]!.sequence;
    expect(sequenceOf('/wydarzenia/test-nowy-termin.ics')).toBe(44); // announced 1 April, changed 15 May 2027
    expect(sequenceOf('/en/events/test-rescheduled.ics')).toBe(44);
    expect(sequenceOf('/wydarzenia/test-hybrydowe.ics')).toBe(0); // unchanged since it was announced
  });

  it('one event is one UID in both languages: an app that gets both files keeps one entry', () => {
    const uidOf = (path: string) => parseIcs(read(path)).events[0]!.uid;
    expect(uidOf('/en/events/empathic-cities-forum-2023.ics')).toBe(uidOf('/wydarzenia/forum-miast-empatycznych-2023.ics'));
    const pl = parseIcs(read('/wydarzenia.ics')).events.map((e) => e.uid).sort();
    const en = parseIcs(read('/en/events.ics')).events.map((e) => e.uid).sort();
    expect(en.every((uid) => pl.includes(uid))).toBe(true);
  });

  it('the timed test event past midnight: TZID and a VTIMEZONE, read back as the right instants', () => {
    const text = read('/wydarzenia/test-przez-polnoc.ics');
    const { calendar, events } = parseIcs(text);
    expect(unfold(text)).toContain('\r\nDTSTART;TZID=Europe/Warsaw:20241026T220000\r\nDTEND;TZID=Europe/Warsaw:20241027T030000\r\n');
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Warsaw']);
    expect(events[0]!.uid).toBe('test-overnight@rownosc.krakow.pl');
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2024-10-26T20:00:00.000Z');
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2024-10-27T02:00:00.000Z');
  });

  it.each([
    ['/wydarzenia/forum-miast-empatycznych-2023.ics', '20230515', '20230517'],
    ['/wydarzenia/test-jeden-dzien.ics', '20250214', '20250215'],
    ['/wydarzenia/test-kilka-miesiecy.ics', '20251128', '20260103'],
    ['/en/events/empathic-cities-forum-2023.ics', '20230515', '20230517'],
  ])('all-day %s: VALUE=DATE, ending the day after the last day, no time zone', (path, start, end) => {
    const text = unfold(read(path));
    expect(text).toContain(`\r\nDTSTART;VALUE=DATE:${start}\r\nDTEND;VALUE=DATE:${end}\r\n`);
    expect(text).not.toContain('VTIMEZONE');
  });

  it('each language’s calendar holds exactly the events of that language’s files, and is named', () => {
    const vevents = (path: string) => [...unfold(read(path)).matchAll(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g)].map((m) => m[0]);
    for (const locale of ['pl', 'en'] as const) {
      const own = eventPages()
        .filter((p) => langOf(p) === locale)
        .flatMap((p) => vevents(p.replace(/\/$/, '.ics')));
      expect(vevents(calendarPath[locale]).sort(), locale).toEqual(own.sort());
      expect(parseIcs(read(calendarPath[locale])).calendar.getFirstPropertyValue('x-wr-calname')).toBe(strings[locale].calendar.name);
    }
  });

  it('two builds write the same bytes: calendars and feeds', () => {
    const secondDist = buildWithTestEvents('b');
    const written = [...files('.ics'), ...Object.values(feedPath)];
    expect(files('.ics', secondDist)).toEqual(files('.ics'));
    for (const path of written) expect(readFileSync(join(secondDist, path)).equals(readFileSync(join(built.dist, path))), path).toBe(true);
  }, 120_000);
});
