import { describe, expect, it } from 'vitest';
import { buildTime, eventSpan, splitByTime } from '../../src/lib/events/index.ts';

/**
 * The line between upcoming and past events: an event is upcoming until its
 * last day has ended in its own time zone. The clock is a parameter here and
 * BUILD_TIME for a build (tests/integration/build-time.test.ts).
 */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const item = (name: string, start: string, end = start, timeZone = 'Europe/Warsaw') => ({
  name,
  span: eventSpan({ start: day(start), end: day(end), timeZone }),
});
const names = (split: { upcoming: Array<{ name: string }>; past: Array<{ name: string }> }) => ({
  upcoming: split.upcoming.map((i) => i.name),
  past: split.past.map((i) => i.name),
});

describe('upcoming and past, around midnight in Europe/Warsaw', () => {
  const forum = item('forum', '2023-05-15', '2023-05-16');

  it('keeps the Forum upcoming until 23:59:59 on its last day, Warsaw time (21:59:59 UTC in May)', () => {
    expect(names(splitByTime([forum], new Date('2023-05-16T21:59:59Z')))).toEqual({ upcoming: ['forum'], past: [] });
  });

  it('makes it past at midnight Warsaw time', () => {
    expect(names(splitByTime([forum], new Date('2023-05-16T22:00:00Z')))).toEqual({ upcoming: [], past: ['forum'] });
  });

  it('follows the event’s own time zone, not Warsaw’s', () => {
    const newYork = item('new-york', '2023-05-16', '2023-05-16', 'America/New_York');
    // 02:00 on 17 May in Warsaw is still 20:00 on 16 May in New York.
    expect(names(splitByTime([forum, newYork], new Date('2023-05-17T00:00:00Z')))).toEqual({ upcoming: ['new-york'], past: ['forum'] });
  });

  it('orders upcoming soonest first and past newest first', () => {
    const items = [item('b', '2024-03-01'), item('old', '2020-01-10'), item('a', '2024-02-01'), item('older', '2019-06-01'), item('newer', '2023-06-01')];
    expect(names(splitByTime(items, new Date('2023-12-31T12:00:00Z')))).toEqual({ upcoming: ['a', 'b'], past: ['newer', 'old', 'older'] });
  });
});

describe('BUILD_TIME', () => {
  const clock = () => new Date('2026-12-01T08:00:00Z');

  it('is the clock when unset or empty', () => {
    expect(buildTime({}, clock)).toEqual(clock());
    expect(buildTime({ BUILD_TIME: '' }, clock)).toEqual(clock());
  });

  it('replaces the clock with an ISO 8601 instant', () => {
    expect(buildTime({ BUILD_TIME: '2023-05-16T21:59:00Z' }, clock)).toEqual(new Date('2023-05-16T21:59:00Z'));
    expect(buildTime({ BUILD_TIME: '2023-05-16T23:59:00+02:00' }, clock)).toEqual(new Date('2023-05-16T21:59:00Z'));
  });

  it.each(['yesterday', '2023-05-16', '2023-05-16T25:00:00Z', '2023-05-16 21:59'])('stops on "%s" rather than guessing', (value) => {
    expect(() => buildTime({ BUILD_TIME: value }, clock)).toThrow(/BUILD_TIME/);
  });
});
