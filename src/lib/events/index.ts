// The events domain's public surface: when an event happens, how its dates
// read, its calendar files and the addresses of its calendars and feeds. See README.md.
export * from './timing.ts';
export * from './dates.ts';
export * from './build-time.ts';
export * from './venue.ts';
export * from './ics.ts';
export * from './ics-timezone.ts';
export * from './calendar.ts';
export * from './file-paths.ts';
export * from './lifecycle.ts';
export * from './event-state.ts';
export * from './calendar-entry.ts';
export * from './programme.ts';
export * from './materials.ts';
