import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { explainYamlError } from './check/yaml-errors.ts';
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import type { Problem } from './check/problems.ts';

/**
 * The facts of the accessibility statement, from the one file editors fill in:
 * content/deklaracja-dostepnosci.yaml. Nothing here is invented: a value the
 * office has not confirmed is shown as such and reported on every build.
 */

export const STATEMENT_FILE = 'deklaracja-dostepnosci.yaml';

/** One text for every language, or an object with a text per language code (every language of the site). */
const localized = z.union([
  z.string().trim().min(1),
  z.object(Object.fromEntries(localeCodes.map((code) => [code, z.string().trim().min(1)])) as Record<Locale, z.ZodString>),
]);
const fact = <T extends z.ZodType>(value: T) => z.object({ value: value.nullable(), confirmed: z.boolean() });
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
  // CORE schema keeps dates as the strings editors wrote.
  const raw = yaml.load(readFileSync(join(contentDir, STATEMENT_FILE), 'utf8').replace(/^\uFEFF/, ''), { schema: yaml.CORE_SCHEMA });
  return statementSchema.parse(raw);
}

/** A localized value in one language (a single text serves every language). */
export function inLanguage(value: string | Record<Locale, string> | null, locale: Locale): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value : value[locale];
}

/** Errors in the file, and a warning for every value the office has not confirmed. */
export function checkStatementFacts(contentDir: string, contentPrefix: string): Problem[] {
  const file = `${contentPrefix}/${STATEMENT_FILE}`;
  let raw: unknown;
  const text = readFileSync(join(contentDir, STATEMENT_FILE), 'utf8').replace(/^\uFEFF/, '');
  try {
    raw = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mistake = explainYamlError(error, text.split(/\r?\n/));
    return [{ severity: 'error', file, line: mistake.index + 1, field: mistake.field, message: `nie da się odczytać pliku: ${mistake.message}`, fix: mistake.fix }];
  }
  const result = statementSchema.safeParse(raw);
  if (!result.success) {
    return result.error.issues.map((issue) => ({
      severity: 'error' as const,
      file,
      field: issue.path.join('.'),
      message: issue.message,
      fix: 'popraw wartość według opisu w komentarzu nad polem',
    }));
  }
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
