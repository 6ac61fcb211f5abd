/**
 * A small iCalendar (RFC 5545) writer: components, properties, text escaping and
 * line folding. It knows nothing of events or of this site; event-calendar.ts
 * maps events onto it. Written here rather than taken from npm because the
 * format needed is small and every rule it follows is tested
 * (tests/unit/ics.test.ts), and because the output must be byte-identical from
 * one build to the next.
 */

export interface IcsProperty {
  name: string;
  /** Parameters such as VALUE=DATE or TZID=Europe/Warsaw, in the order given. */
  params?: Readonly<Record<string, string>>;
  /** The value as it is written: escape TEXT values with `escapeText` first. */
  value: string;
}

export interface IcsComponent {
  name: string;
  properties: readonly IcsProperty[];
  components?: readonly IcsComponent[];
}

/** RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, line break excluded. */
const MAX_OCTETS = 75;
const CRLF = '\r\n';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 §3.2: a parameter value with `:`, `;` or `,` is quoted; it may not hold a quote. */
function paramValue(value: string): string {
  const clean = value.replace(/"/g, "'");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const utf8 = new TextEncoder();

/**
 * Folds a content line into lines of at most 75 UTF-8 octets; each continuation
 * starts with a space (which counts). Splits only between code points, so a
 * Polish letter (two octets) is never cut in half.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

function propertyLine({ name, params = {}, value }: IcsProperty): string {
  const head = [name, ...Object.entries(params).map(([key, v]) => `${key}=${paramValue(v)}`)].join(';');
  return `${head}:${value}`;
}

function componentLines(component: IcsComponent): string[] {
  return [
    `BEGIN:${component.name}`,
    ...component.properties.map(propertyLine),
    ...(component.components ?? []).flatMap(componentLines),
    `END:${component.name}`,
  ];
}

/** The whole iCalendar stream: folded lines, each ended by CRLF. */
export function serializeIcs(calendar: IcsComponent): string {
  return componentLines(calendar).map(foldLine).join(CRLF) + CRLF;
}

/** '2023-05-15' → '20230515' (DATE). */
export function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** '2023-05-15', '20:00' → '20230515T200000' (local DATE-TIME, read with a TZID). */
export function icsLocalDateTime(date: string, time: string): string {
  return `${icsDate(date)}T${time.replace(':', '')}00`;
}

/** An instant as UTC DATE-TIME: '20261120T000000Z'. */
export function icsUtcDateTime(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** The calendar day after `date` (YYYY-MM-DD): the exclusive end of an all-day event. */
export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
