import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import type { Problem } from './check/problems.ts';
import { explainYamlError } from './check/yaml-errors.ts';

/*
 * The office's YAML files of facts (content/deklaracja-dostepnosci.yaml,
 * content/urzad.yaml): every field a value and whether the office confirmed it,
 * read and checked the same way, with the same Polish messages.
 */

/** The office's contact details and recordings (src/lib/content/office.ts). */
export const OFFICE_FILE = 'urzad.yaml';

/** One text for every language, or an object with a text per language code (every language of the site). */
export const localized = z.union([
  z.string().trim().min(1),
  z.object(Object.fromEntries(localeCodes.map((code) => [code, z.string().trim().min(1)])) as Record<Locale, z.ZodString>),
]);

/** A value (null until given) and whether the office has confirmed it. */
export const fact = <T extends z.ZodType>(value: T) => z.object({ value: value.nullable(), confirmed: z.boolean() });

const parsed = new Map<string, { stamp: string; value: unknown }>();

/**
 * Whether content/ can be taken as unchanged for the rest of the process: in a
 * production build it is (the content check has read it already), so what is
 * read from it for every page is read once — asking the file system on every
 * page cost ~0.2 s at 2000 pages. The dev server must see every edit.
 */
export function contentIsSettled(): boolean {
  return process.env.NODE_ENV === 'production';
}

/**
 * The file's text as YAML (CORE schema: dates stay the strings editors wrote), a
 * BOM accepted. Read once while the file is unchanged: every page's footer and
 * structured data ask for the office's details, and the dev server must still
 * see an edit.
 */
export function readFactsYaml(contentDir: string, fileName: string): unknown {
  const path = join(contentDir, fileName);
  const settled = parsed.get(path);
  if (settled && contentIsSettled()) return settled.value;
  const { mtimeMs, size } = statSync(path);
  const stamp = `${mtimeMs}:${size}`;
  const cached = parsed.get(path);
  if (cached?.stamp === stamp) return cached.value;
  const value = yaml.load(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { schema: yaml.CORE_SCHEMA });
  parsed.set(path, { stamp, value });
  return value;
}

/** The file checked against its schema: its data, or the problems that stop the build. */
export function checkFactsFile<T extends z.ZodType>(contentDir: string, fileName: string, contentPrefix: string, schema: T): { data: z.infer<T> } | { problems: Problem[] } {
  const file = `${contentPrefix}/${fileName}`;
  if (!existsSync(join(contentDir, fileName))) {
    return { problems: [{ severity: 'error', file, message: 'brak tego pliku', fix: 'przywróć go z historii repozytorium (git checkout -- ' + file + ')' }] };
  }
  const text = readFileSync(join(contentDir, fileName), 'utf8').replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mistake = explainYamlError(error, text.split(/\r?\n/));
    return { problems: [{ severity: 'error', file, line: mistake.index + 1, field: mistake.field, message: `nie da się odczytać pliku: ${mistake.message}`, fix: mistake.fix }] };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data };
  return {
    problems: result.error.issues.map((issue) => ({
      severity: 'error' as const,
      file,
      field: issue.path.join('.'),
      message: issue.message,
      fix: 'popraw wartość według opisu w komentarzu nad polem',
    })),
  };
}
