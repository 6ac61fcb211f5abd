import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsDate, icsLocalDateTime, icsUtcDateTime, nextDay, serializeIcs } from '../../src/lib/events/index.ts';
import { lineProblems, parseIcs, unfold } from '../helpers/ical';

/** A minimal calendar with one event whose SUMMARY is `summary`, escaped. */
const calendarWith = (summary: string) =>
  serializeIcs({
    name: 'VCALENDAR',
    properties: [
      { name: 'VERSION', value: '2.0' },
      { name: 'PRODID', value: '-//test//EN' },
    ],
    components: [
      {
        name: 'VEVENT',
        properties: [
          { name: 'UID', value: 'a@test' },
          { name: 'DTSTAMP', value: '20261120T000000Z' },
          { name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20230515' },
          { name: 'SUMMARY', value: escapeText(summary) },
        ],
      },
    ],
  });

describe('TEXT escaping (RFC 5545 §3.3.11)', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('round-trips through a parser', () => {
    const text = 'Forum; Kraków, 15–16 maja\nC:\\ścieżka, "cytat"';
    expect(parseIcs(calendarWith(text)).events[0]!.summary).toBe(text);
  });
});

describe('line folding (RFC 5545 §3.1)', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Forum')).toBe('SUMMARY:Forum');
  });

  it('folds ASCII at 75 octets, continuation lines starting with a space', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(line);
    const lengths = folded.split('\r\n').map((l) => Buffer.byteLength(l));
    expect(lengths).toEqual([75, 75, 64]); // 212 octets: 75, then 74 + a space, then 63 + a space
    expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it.each([
    ['two-octet Polish letters', `SUMMARY:X${'ą'.repeat(80)}`],
    ['three-octet dashes', `SUMMARY:${'–'.repeat(60)}`],
    ['four-octet characters (surrogate pairs in JavaScript)', `SUMMARY:${'🙂'.repeat(40)}`],
    ['mixed text', `LOCATION:${'Pałac Żółwi, Łąka Źdźbeł i Ćmy – '.repeat(6)}`],
  ])('never cuts a character in two: %s', (_, line) => {
    const folded = `${foldLine(line)}\r\n`;
    expect(lineProblems(folded)).toEqual([]);
    expect(unfold(folded)).toBe(`${line}\r\n`);
    // Every break must fall where the next character no longer fits.
    for (const physical of folded.slice(0, -2).split('\r\n').slice(0, -1)) expect(Buffer.byteLength(physical)).toBeGreaterThan(71);
  });

  it('sees a line that is too long or cut mid-character (the checker itself can fail)', () => {
    expect(lineProblems(`${'x'.repeat(76)}\r\n`)).toEqual(['line 1 has 76 octets']);
    expect(lineProblems(Buffer.concat([Buffer.from('SUMMARY:'), Buffer.from('ą').subarray(0, 1), Buffer.from('\r\n')]))).toEqual([
      'line 1 cuts a character',
    ]);
    expect(lineProblems('A\nB\r\n')).toEqual(['line 1 has a bare CR or LF']);
  });
});

describe('serialised calendar', () => {
  it('ends every line with CRLF and nests components', () => {
    const text = calendarWith('Forum');
    expect(lineProblems(text)).toEqual([]);
    expect(text.split('\r\n').filter((l) => /^(BEGIN|END):/.test(l))).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('quotes a parameter value that holds a colon, semicolon or comma', () => {
    const text = serializeIcs({ name: 'X', properties: [{ name: 'LOCATION', params: { ALTREP: 'https://a.example/b,c' }, value: 'x' }] });
    expect(text).toContain('LOCATION;ALTREP="https://a.example/b,c":x\r\n');
  });
});

describe('date values', () => {
  it('writes DATE, local DATE-TIME and UTC DATE-TIME', () => {
    expect(icsDate('2023-05-15')).toBe('20230515');
    expect(icsLocalDateTime('2024-10-26', '22:00')).toBe('20241026T220000');
    expect(icsUtcDateTime(new Date('2026-11-20T00:00:00Z'))).toBe('20261120T000000Z');
  });

  it.each([
    ['2023-05-16', '2023-05-17'],
    ['2023-05-31', '2023-06-01'],
    ['2025-12-31', '2026-01-01'],
    ['2024-02-28', '2024-02-29'],
    ['2024-02-29', '2024-03-01'],
    ['2023-02-28', '2023-03-01'],
    ['2023-03-25', '2023-03-26'],
  ])('the day after %s is %s', (date, after) => {
    expect(nextDay(date)).toBe(after);
  });
});
