import { describe, expect, it } from 'vitest';
import { formatEventDates, formatPartialDate, isUpcoming, todayIn } from '../../src/lib/events/index.ts';
import { eventSpan, timingProblems, zonedInstant, zonedIso, type EventTimingInput } from '../../src/lib/events/index.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const span = (input: Partial<EventTimingInput> & { start: Date }) => eventSpan({ timeZone: 'Europe/Warsaw', ...input });
const both = (input: Partial<EventTimingInput> & { start: Date }) => ({
  pl: formatEventDates(span(input), 'pl-PL'),
  en: formatEventDates(span(input), 'en-GB'),
});

describe('event dates in both languages', () => {
  it('one all-day day', () => {
    expect(both({ start: day('2023-05-15') })).toEqual({ pl: '15 maja 2023', en: '15 May 2023' });
  });

  it('several days in one month (the Forum)', () => {
    expect(both({ start: day('2023-05-15'), end: day('2023-05-16') })).toEqual({ pl: '15–16 maja 2023', en: '15–16 May 2023' });
  });

  it('across months', () => {
    expect(both({ start: day('2023-05-30'), end: day('2023-06-02') })).toEqual({
      pl: '30 maja – 2 czerwca 2023',
      en: '30 May – 2 June 2023',
    });
  });

  it('across years', () => {
    expect(both({ start: day('2023-12-30'), end: day('2024-01-02') })).toEqual({
      pl: '30 grudnia 2023 – 2 stycznia 2024',
      en: '30 December 2023 – 2 January 2024',
    });
  });

  it('timed, within one day', () => {
    expect(both({ start: day('2023-05-15'), startTime: '10:00', endTime: '16:30' })).toEqual({
      pl: '15 maja 2023, 10:00–16:30',
      en: '15 May 2023, 10:00–16:30',
    });
  });

  it('timed, across midnight', () => {
    const { pl, en } = both({ start: day('2023-05-15'), end: day('2023-05-16'), startTime: '20:00', endTime: '02:00' });
    expect(pl).toBe('15 maja 2023 20:00 – 16 maja 2023 02:00');
    expect(en).toBe('15 May 2023 at 20:00 – 16 May 2023 at 02:00');
  });

  it('timed, across months and across years (each end names its own month and year)', () => {
    expect(both({ start: day('2023-05-31'), end: day('2023-06-01'), startTime: '20:00', endTime: '02:00' })).toEqual({
      pl: '31 maja 2023 20:00 – 1 czerwca 2023 02:00',
      en: '31 May 2023 at 20:00 – 1 June 2023 at 02:00',
    });
    expect(both({ start: day('2023-12-31'), end: day('2024-01-01'), startTime: '22:00', endTime: '01:00' })).toEqual({
      pl: '31 grudnia 2023 22:00 – 1 stycznia 2024 01:00',
      en: '31 December 2023 at 22:00 – 1 January 2024 at 01:00',
    });
  });

  it('a network joined in a year, a month or on a day', () => {
    expect(formatPartialDate('2022', 'pl-PL')).toBe('2022');
    expect(formatPartialDate('2022-09', 'pl-PL')).toBe('wrzesień 2022');
    expect(formatPartialDate('2022-09', 'en-GB')).toBe('September 2022');
    expect(formatPartialDate('2011-05-25', 'pl-PL')).toBe('25 maja 2011');
    expect(formatPartialDate('2011-05-25', 'en-GB')).toBe('25 May 2011');
  });
});

describe('Europe/Warsaw time', () => {
  it('uses summer time in May and winter time in January', () => {
    expect(zonedIso({ date: '2023-05-15', time: '10:00' }, 'Europe/Warsaw')).toBe('2023-05-15T10:00:00+02:00');
    expect(zonedIso({ date: '2024-01-10', time: '10:00' }, 'Europe/Warsaw')).toBe('2024-01-10T10:00:00+01:00');
    expect(zonedInstant({ date: '2023-05-15', time: '10:00' }, 'Europe/Warsaw').toISOString()).toBe('2023-05-15T08:00:00.000Z');
  });

  it('keeps all-day dates as plain dates', () => {
    expect(zonedIso({ date: '2023-05-15' }, 'Europe/Warsaw')).toBe('2023-05-15');
  });

  it('computes the calendar day in Warsaw, not in UTC', () => {
    expect(todayIn('Europe/Warsaw', new Date('2023-05-15T22:30:00Z'))).toBe('2023-05-16');
  });

  it('keeps an event upcoming through its last day', () => {
    const forum = span({ start: day('2023-05-15'), end: day('2023-05-16') });
    expect(isUpcoming(forum, new Date('2023-05-16T21:00:00Z'))).toBe(true);
    expect(isUpcoming(forum, new Date('2023-05-16T22:30:00Z'))).toBe(false);
  });
});

describe('timing problems', () => {
  it('rejects an end before the start', () => {
    expect(timingProblems({ start: day('2023-05-16'), end: day('2023-05-15'), timeZone: 'Europe/Warsaw' })).toEqual([
      ['end', expect.stringContaining('wcześniej')],
    ]);
  });

  it('rejects an end time before the start time on one day', () => {
    expect(timingProblems({ start: day('2023-05-15'), startTime: '16:00', endTime: '10:00', timeZone: 'Europe/Warsaw' })).toEqual([
      ['endTime', expect.stringContaining('wcześniej')],
    ]);
  });

  it('accepts a timed event across midnight', () => {
    expect(
      timingProblems({ start: day('2023-05-15'), end: day('2023-05-16'), startTime: '20:00', endTime: '02:00', timeZone: 'Europe/Warsaw' }),
    ).toEqual([]);
  });

  it('asks for both times or none', () => {
    expect(timingProblems({ start: day('2023-05-15'), startTime: '10:00', timeZone: 'Europe/Warsaw' })).toEqual([
      ['endTime', expect.stringContaining('obie godziny')],
    ]);
  });
});
