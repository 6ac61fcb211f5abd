import ICAL from 'ical.js';

/**
 * Reading calendar files the way a calendar app does, with ical.js (the parser
 * Thunderbird maintains), plus the byte-level rules of RFC 5545 §3.1 that a
 * forgiving parser would not notice.
 */

export interface ParsedCalendar {
  calendar: ICAL.Component;
  events: ICAL.Event[];
}

/**
 * Parses a whole .ics text. Time zones come only from the file's own VTIMEZONE
 * components (ical.js has no time-zone database), so times that come out right
 * prove that the file's VTIMEZONE is right.
 */
export function parseIcs(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

const CRLF = Buffer.from('\r\n');

/**
 * Every way the file breaks the line rules: a line ended other than by CRLF,
 * a line longer than 75 octets, a line that is not valid UTF-8 on its own
 * (folding cut a character in two). Works on the bytes, as a client reads them.
 */
export function lineProblems(file: Buffer | string): string[] {
  const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
  if (!bytes.subarray(-2).equals(CRLF)) return ['the file does not end with CRLF'];
  const problems: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; start < bytes.length; line++) {
    const end = bytes.indexOf(CRLF, start);
    const content = bytes.subarray(start, end);
    if (content.includes(0x0d) || content.includes(0x0a)) problems.push(`line ${line} has a bare CR or LF`);
    if (content.length > 75) problems.push(`line ${line} has ${content.length} octets`);
    try {
      decoder.decode(content);
    } catch {
      problems.push(`line ${line} cuts a character`);
    }
    start = end + CRLF.length;
  }
  return problems;
}

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab disappears. */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}
