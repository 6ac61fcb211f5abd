import { z } from 'astro/zod';
import type { Locale } from '../../i18n/locales.ts';
import type { Problem } from './check/problems.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkFactsFile, fact, localized, readFactsYaml } from './facts-file.ts';
import { OFFICE_FILE, officeSchema } from './office.ts';

/**
 * The facts of the accessibility statement, from the one file editors fill in:
 * content/deklaracja-dostepnosci.yaml. Nothing here is invented: a value the
 * office has not confirmed is shown as such and reported on every build.
 */

export const STATEMENT_FILE = 'deklaracja-dostepnosci.yaml';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'data w postaci RRRR-MM-DD' });

export const statementSchema = z.object({
  entity: fact(localized),
  published: fact(day),
  updated: fact(day),
  prepared: fact(day),
  reviewed: fact(day),
  contactPerson: fact(localized),
  email: fact(z.email({ error: 'nieprawidłowy adres e-mail' })),
  phone: fact(z.string().regex(/^\+?[\d ]{7,}$/, { error: 'numer telefonu z cyframi, np. +48 12 000 00 00' })),
  architecture: fact(localized),
  mobileApps: fact(localized),
});

export type StatementFacts = z.infer<typeof statementSchema>;
export type StatementField = keyof StatementFacts;

export function readStatementFacts(contentDir: string): StatementFacts {
  return withOfficeContact(statementSchema.parse(readFactsYaml(contentDir, STATEMENT_FILE)), contentDir);
}

/**
 * The office's e-mail and phone are kept once, in content/urzad.yaml: the
 * statement takes them from there unless its own file gives an accessibility
 * contact of its own.
 */
function withOfficeContact(facts: StatementFacts, contentDir: string): StatementFacts {
  if (!existsSync(join(contentDir, OFFICE_FILE))) return facts; // reported by the office file's own check
  const office = officeSchema.safeParse(readFactsYaml(contentDir, OFFICE_FILE));
  if (!office.success) return facts;
  return {
    ...facts,
    email: facts.email.value === null ? office.data.email : facts.email,
    phone: facts.phone.value === null ? office.data.phone : facts.phone,
  };
}

/** A localized value in one language (a single text serves every language). */
export function inLanguage(value: string | Record<Locale, string> | null, locale: Locale): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value : value[locale];
}

/** Errors in the file, and a warning for every value the office has not confirmed. */
export function checkStatementFacts(contentDir: string, contentPrefix: string): Problem[] {
  const file = `${contentPrefix}/${STATEMENT_FILE}`;
  const checked = checkFactsFile(contentDir, STATEMENT_FILE, contentPrefix, statementSchema);
  if ('problems' in checked) return checked.problems;
  const result = { data: withOfficeContact(checked.data, contentDir) };
  // One summary line per kind, not one per field: the line that matters must not drown.
  const fields = Object.entries(result.data) as Array<[StatementField, { value: unknown; confirmed: boolean }]>;
  const missing = fields.filter(([, f]) => f.value === null).map(([name]) => name);
  const unconfirmed = fields.filter(([, f]) => f.value !== null && !f.confirmed).map(([name]) => name);
  const fix = 'wpisz dane urzędu i ustaw confirmed: true';
  // The e-mail address is also the contact of /.well-known/security.txt, which is not published without it.
  const security = (fields: string[]) => (fields.includes('email') ? ' (bez potwierdzonego email nie powstanie też /.well-known/security.txt)' : '');
  return [
    ...(missing.length > 0
      ? [{ severity: 'warning' as const, file, message: `deklaracja dostępności: brak danych w polach ${missing.join(', ')}${security(missing)}`, fix }]
      : []),
    ...(unconfirmed.length > 0
      ? [{ severity: 'warning' as const, file, message: `deklaracja dostępności: wartości niepotwierdzone w polach ${unconfirmed.join(', ')}${security(unconfirmed)}`, fix }]
      : []),
  ];
}
