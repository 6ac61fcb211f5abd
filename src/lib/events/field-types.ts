import { z } from 'astro/zod';

/**
 * The kinds of value an event's fields hold, each with its Polish message, so
 * every date, time and address field reads and fails alike. `field` prefixes
 * the message ("registration.opens: …"): the content check shows it once.
 */

const prefix = (field: string | undefined) => (field ? `${field}: ` : '');

/** A wall-clock time written "HH:MM". */
export function clockTime(field?: string) {
  return z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${prefix(field)}godzinę podaj w cudzysłowie jako GG:MM, np. "10:00"` });
}

/** A calendar day written YYYY-MM-DD (YAML hands it over as a Date). */
export function calendarDay(field: string) {
  return z.date({ error: `${field}: podaj datę jako RRRR-MM-DD, np. 2023-05-10` });
}

/** A web address readers can open: http(s) and a real domain (z.url() alone takes htp:// and javascript:). */
export function webAddress(field: string) {
  return z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: `${field}: podaj pełny adres zaczynający się od https://` });
}
