import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../src/lib/events/index.ts';
import { serializeIcs } from '../../src/lib/events/index.ts';
import { vtimezone } from '../../src/lib/events/index.ts';
import { parseIcs } from '../helpers/ical';

/** The observances of a VTIMEZONE, as its lines say them. */
function observances(zone: string, from: number, to: number) {
  const text = serializeIcs(vtimezone(zone, from, to));
  return [...text.matchAll(/BEGIN:(STANDARD|DAYLIGHT)\r\nDTSTART:(\w+)\r\nTZOFFSETFROM:([+-]\d{4})\r\nTZOFFSETTO:([+-]\d{4})\r\n/g)].map(
    (m) => `${m[1]} ${m[2]} ${m[3]}→${m[4]}`,
  );
}

/** The zone as a calendar app knows it after reading our VTIMEZONE, and nothing else. */
function zoneReadBack(zone: string, from: number, to: number): ICAL.Timezone {
  parseIcs(serializeIcs({ name: 'VCALENDAR', properties: [], components: [vtimezone(zone, from, to)] }));
  return ICAL.TimezoneService.get(zone)!;
}

/** A wall-clock time in that zone, as the UTC instant the app computes. */
function instantIn(zone: ICAL.Timezone, date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new ICAL.Time({ year, month, day, hour, minute, second: 0, isDate: false }, zone).toJSDate().toISOString();
}

describe('VTIMEZONE from the time-zone database', () => {
  it('Europe/Warsaw: winter time, summer time from the last Sunday of March, back on the last Sunday of October', () => {
    expect(observances('Europe/Warsaw', 2024, 2024)).toEqual([
      'STANDARD 20240101T000000 +0100→+0100',
      'DAYLIGHT 20240331T020000 +0100→+0200',
      'STANDARD 20241027T030000 +0200→+0100',
    ]);
  });

  it('America/New_York: its own dates (second Sunday of March, first of November) and negative offsets', () => {
    expect(observances('America/New_York', 2025, 2025)).toEqual([
      'STANDARD 20250101T000000 -0500→-0500',
      'DAYLIGHT 20250309T020000 -0500→-0400',
      'STANDARD 20251102T020000 -0400→-0500',
    ]);
  });

  it('lists every change in a span of years', () => {
    expect(observances('Europe/Warsaw', 2023, 2026)).toHaveLength(1 + 2 * 4);
  });

  it('a zone without summer time has one observance', () => {
    expect(observances('Asia/Tokyo', 2024, 2024)).toEqual(['STANDARD 20240101T000000 +0900→+0900']);
  });

  it.each(['Europe/Warsaw', 'America/New_York', 'Europe/London'])(
    '%s: a calendar app reading the component places every day of a year where the site does',
    (zone) => {
      const read = zoneReadBack(zone, 2024, 2024);
      for (let day = new Date('2024-01-01T00:00:00Z'); day.getUTCFullYear() === 2024; day.setUTCDate(day.getUTCDate() + 1)) {
        const date = day.toISOString().slice(0, 10);
        for (const time of ['00:30', '12:00', '23:30']) {
          expect(instantIn(read, date, time), `${date} ${time}`).toBe(zonedInstant({ date, time }, zone).toISOString());
        }
      }
    },
  );
});
