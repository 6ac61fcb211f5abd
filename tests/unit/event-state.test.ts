import { describe, expect, it } from 'vitest';
import { calendarSequence, eventSpan, onlineLinkShown, registrationPhase } from '../../src/lib/events/index.ts';

/** A two-day event in Warsaw, 10–11 June 2027. */
const span = eventSpan({ start: new Date('2027-06-10'), end: new Date('2027-06-11'), timeZone: 'Europe/Warsaw' });
const at = (instant: string) => new Date(instant);
const day = (date: string) => new Date(`${date}T00:00:00Z`);

describe('registration on the day of the build', () => {
  const window = { opens: day('2027-05-01'), closes: day('2027-06-05') };

  it.each([
    ['before it opens', '2027-04-30T12:00:00Z', 'opensLater'],
    ['on the day it opens, in Warsaw (still 30 April in UTC)', '2027-04-30T22:30:00Z', 'open'],
    ['on its last day', '2027-06-05T21:59:00Z', 'open'],
    ['the next day in Warsaw', '2027-06-05T22:01:00Z', 'closed'],
  ])('%s', (_, now, phase) => {
    expect(registrationPhase(window, 'scheduled', span, at(now))).toBe(phase);
  });

  it('without a closing day, closes when the event begins', () => {
    expect(registrationPhase({}, 'scheduled', span, at('2027-06-09T12:00:00Z'))).toBe('open');
    expect(registrationPhase({}, 'scheduled', span, at('2027-06-10T12:00:00Z'))).toBe('open');
    expect(registrationPhase({}, 'scheduled', span, at('2027-06-11T12:00:00Z'))).toBe('closed');
  });

  it('never asks anyone to register for a past, cancelled or postponed event', () => {
    expect(registrationPhase(window, 'scheduled', span, at('2027-06-12T12:00:00Z'))).toBeUndefined();
    expect(registrationPhase(window, 'cancelled', span, at('2027-05-10T12:00:00Z'))).toBeUndefined();
    expect(registrationPhase(window, 'postponed', span, at('2027-05-10T12:00:00Z'))).toBeUndefined();
    expect(registrationPhase(window, 'rescheduled', span, at('2027-05-10T12:00:00Z'))).toBe('open');
  });
});

describe('the online link', () => {
  it('shows from its day until the event is over, and never for a cancelled event', () => {
    expect(onlineLinkShown(day('2027-06-09'), 'scheduled', span, at('2027-06-08T12:00:00Z'))).toBe(false);
    expect(onlineLinkShown(day('2027-06-09'), 'scheduled', span, at('2027-06-09T12:00:00Z'))).toBe(true);
    expect(onlineLinkShown(undefined, 'movedOnline', span, at('2027-05-01T12:00:00Z'))).toBe(true);
    expect(onlineLinkShown(undefined, 'scheduled', span, at('2027-06-12T12:00:00Z'))).toBe(false);
    expect(onlineLinkShown(undefined, 'cancelled', span, at('2027-06-01T12:00:00Z'))).toBe(false);
  });
});

describe('calendar SEQUENCE', () => {
  it('counts the days from the announcement to the last change, so every later change raises it', () => {
    expect(calendarSequence('2027-04-01', '2027-04-01')).toBe(0);
    expect(calendarSequence('2027-04-01', '2027-05-15')).toBe(44);
    expect(calendarSequence('2027-04-01', '2027-05-16')).toBeGreaterThan(calendarSequence('2027-04-01', '2027-05-15'));
    // Across the change to summer time: whole days, not 23-hour ones.
    expect(calendarSequence('2027-03-27', '2027-03-29')).toBe(2);
    expect(calendarSequence('2027-04-01', '2027-03-01')).toBe(0);
  });
});
