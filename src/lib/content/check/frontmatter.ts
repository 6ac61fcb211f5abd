import { z } from 'astro/zod';
import { contentSchemas } from '../schemas.ts';
import { resolveImage } from './files.ts';
import type { Problem } from './problems.ts';
import { lineOf, type RawEntry } from './read.ts';
import { yamlSilentLosses } from './yaml-errors.ts';

/** Frontmatter fields that hold a calendar date, per collection. */
const dateFields = {
  networks: ['updated'],
  events: ['updated', 'start', 'end', 'announced', 'previousStart', 'onlineUrlFrom', 'registration.opens', 'registration.closes', 'assistance.by'],
  pages: ['updated'],
} as const;

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Years the office's pages can be about: from 1990 (before any of its networks)
 * to five years ahead. 2203 for 2023 or 0223 is a typing slip, not a plan.
 */
export function plausibleYear(year: number, now = new Date()): boolean {
  return year >= 1990 && year <= now.getUTCFullYear() + 5;
}

const yearProblem = (entry: RawEntry, field: string, path: string[], value: string): Problem => ({
  severity: 'error',
  file: entry.file,
  line: lineOf(entry, path),
  field,
  message: `rok ${value.slice(0, 4)} wygląda na pomyłkę (spodziewany rok od 1990 do ${new Date().getUTCFullYear() + 5})`,
  fix: 'sprawdź cyfry roku',
});

/** YAML turns 2023-02-30 into 2 March without a word; check dates as written. */
function checkDates(entry: RawEntry, problems: Problem[]): Set<string> {
  const bad = new Set<string>();
  const joined = (entry.rawData['joined'] as { date?: unknown } | undefined)?.date;
  if (entry.collection === 'networks' && typeof joined === 'string' && /^\d{4}/.test(joined) && !plausibleYear(Number(joined.slice(0, 4)))) {
    bad.add('joined.date');
    problems.push(yearProblem(entry, 'joined.date', ['joined', 'date'], joined));
  }
  for (const field of dateFields[entry.collection]) {
    const path = field.split('.');
    const value = path.reduce<unknown>((data, key) => (data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined), entry.rawData);
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && isCalendarDate(value)) {
      if (!plausibleYear(Number(value.slice(0, 4)))) {
        bad.add(field);
        problems.push(yearProblem(entry, field, path, value));
      }
      continue;
    }
    bad.add(field);
    problems.push({
      severity: 'error',
      file: entry.file,
      line: lineOf(entry, path),
      field,
      message: `„${String(value)}” nie jest prawdziwą datą`,
      fix: 'wpisz datę jako RRRR-MM-DD bez cudzysłowu, np. 2023-05-15',
    });
  }
  return bad;
}

/**
 * Astro's image() outside Astro: a file beside the entry, its name spelled with
 * the same letter case (a laptop's file system forgives a wrong case; the
 * build server's does not), told the same way as a picture in a body.
 */
function imageStandIn(entry: RawEntry, projectRoot: string) {
  return () =>
    z.string({ error: 'podaj ścieżkę do pliku obrazka, np. ./zdjecie.jpg' }).superRefine((src, ctx) => {
      const found = resolveImage(src, entry, projectRoot);
      if ('problem' in found) ctx.addIssue({ code: 'custom', message: `${found.problem}: ${found.fix}` });
    });
}

export function checkFrontmatter(entry: RawEntry, projectRoot = process.cwd()): Problem[] {
  const problems: Problem[] = yamlSilentLosses(entry.frontmatterLines).map((m) => ({
    severity: 'error',
    file: entry.file,
    line: m.index + 2,
    field: m.field,
    message: m.message,
    fix: m.fix,
  }));
  const badDates = checkDates(entry, problems);
  const schema = contentSchemas[entry.collection](imageStandIn(entry, projectRoot));
  const result = schema.safeParse(entry.data);
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    // List items keep their numbers: lineOf finds the n-th item (programme.1.title).
    const path = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
    const field = path.join('.') || undefined;
    if (field && badDates.has(field)) continue;
    const [message, fix] = splitFix(issue.message, field);
    problems.push({ severity: 'error', file: entry.file, line: lineOf(entry, path), field, message, fix });
  }
  return problems;
}

/**
 * Schema messages say what is wrong and how to fix it in one sentence, after a
 * colon or a "field:" prefix; split them for the `— fix` part of the report.
 */
function splitFix(message: string, field: string | undefined): [string, string] {
  if (/otrzymano undefined$/.test(message)) return ['brak wymaganego pola', `dodaj je; opis i przykład w docs/pola.md`];
  // Messages name a list item's field without its number ("programme.title" for programme.1.title).
  const named = [field, field?.replace(/\.\d+(?=\.|$)/g, '')].find((f) => f && message.startsWith(`${f}: `));
  const withoutField = named ? message.slice(named.length + 2) : message;
  const colon = withoutField.indexOf(': ');
  if (colon > 0) return [withoutField.slice(0, colon), withoutField.slice(colon + 2)];
  return [withoutField, 'popraw wartość zgodnie z opisem pola w docs/pola.md'];
}
