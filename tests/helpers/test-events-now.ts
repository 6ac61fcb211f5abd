/**
 * "Now" for every build of the test events (tests/fixtures/events/):
 * registration windows, online links and the split into upcoming and past are
 * read at this instant, so the tests say the same on any day they run.
 */
export const TEST_EVENTS_NOW = '2027-05-20T10:00:00Z';
