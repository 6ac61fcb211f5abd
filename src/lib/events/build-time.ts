/**
 * When the build runs, for the line between upcoming and past events. A build
 * takes the clock; `BUILD_TIME` (an ISO 8601 instant with its offset or Z,
 * e.g. 2023-05-16T21:59:00Z) replaces it, so that a test or a rebuild of an old
 * state can say what "now" is. Anything else in `BUILD_TIME` stops the build
 * rather than being read as "now".
 */
export function buildTime(env: Record<string, string | undefined>, clock: () => Date = () => new Date()): Date {
  const value = env['BUILD_TIME'];
  if (value === undefined || value === '') return clock();
  const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? new Date(value) : undefined;
  if (!instant || Number.isNaN(instant.getTime())) {
    throw new Error(`BUILD_TIME="${value}" is not an ISO 8601 instant such as 2023-05-16T21:59:00Z`);
  }
  return instant;
}
