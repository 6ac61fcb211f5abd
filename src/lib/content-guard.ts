import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { localeCodes, type Locale } from '../i18n/locales';
import { buildSitePages, SPECIAL_PAGES, type ContentCollection, type EntrySummary } from './site-pages';

/**
 * Checks over the content folder that Astro's per-entry schemas cannot make:
 * dates exactly as written (YAML silently turns 2023-02-30 into 2 March),
 * references between entries, addresses that collide, required pages, and
 * missing translations. Runs before Astro reads the content, on every build.
 *
 * Every problem names the file, the line, the field, what is wrong and how to
 * fix it, in Polish: the people who meet these messages are the office's editors.
 */

export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the project, e.g. content/events/pl/forum.mdx. */
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  message: string;
  fix: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? `${p.field}: ` : '';
  return `${where} — ${field}${p.message} — ${p.fix}`;
}

const collections: readonly ContentCollection[] = ['networks', 'events', 'pages'];

/** Frontmatter fields that hold a calendar date, per collection. */
const dateFields: Record<ContentCollection, readonly string[]> = {
  networks: ['updated'],
  events: ['updated', 'start', 'end', 'announced'],
  pages: ['updated'],
};

interface RawEntry {
  collection: ContentCollection;
  locale: Locale;
  name: string;
  file: string;
  /** Frontmatter as written: dates stay strings (YAML core schema, no timestamps). */
  data: Record<string, unknown>;
  frontmatter: string;
  /** Line number of the first frontmatter line in the file. */
  firstLine: number;
}

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/** Line of `field:` (top level or nested, first match) within the file. */
function lineOf(entry: RawEntry, field: string): number | undefined {
  const key = field.split('.').at(-1) ?? field;
  const index = entry.frontmatter.split('\n').findIndex((l) => new RegExp(`^\\s*${key}\\s*:`).test(l));
  return index === -1 ? undefined : entry.firstLine + index;
}

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function readEntries(root: string, projectRoot: string, problems: Problem[]): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const collection of collections) {
    const base = join(root, collection);
    for (const path of listMdx(base)) {
      const file = relative(projectRoot, join(base, path)).split('\\').join('/');
      const [locale, ...rest] = path.split('/');
      if (!locale || !(localeCodes as readonly string[]).includes(locale) || rest.length === 0) {
        problems.push({
          severity: 'error',
          file,
          message: 'plik leży poza folderem języka',
          fix: `przenieś go do ${collection}/pl/ albo ${collection}/en/`,
        });
        continue;
      }
      const text = readFileSync(join(base, path), 'utf8').replace(/\r\n/g, '\n');
      const match = /^---\n([\s\S]*?)\n---(\n|$)/.exec(text);
      if (!match) {
        problems.push({
          severity: 'error',
          file,
          line: 1,
          message: 'brak nagłówka (frontmatter) między liniami ---',
          fix: 'zacznij plik od linii ---, wpisz pola (title, summary, …) i zamknij je linią ---',
        });
        continue;
      }
      const frontmatter = match[1] ?? '';
      let data: unknown;
      try {
        data = yaml.load(frontmatter, { schema: yaml.CORE_SCHEMA });
      } catch (error) {
        const mark = (error as { mark?: { line?: number } }).mark;
        problems.push({
          severity: 'error',
          file,
          line: mark?.line !== undefined ? mark.line + 2 : undefined,
          message: `nagłówek (frontmatter) nie jest poprawnym YAML: ${(error as { reason?: string }).reason ?? String(error)}`,
          fix: 'sprawdź wcięcia, dwukropki i cudzysłowy w tej linii',
        });
        continue;
      }
      entries.push({
        collection,
        locale: locale as Locale,
        name: rest.join('/').replace(/\.mdx$/, ''),
        file,
        data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
        frontmatter,
        firstLine: 2,
      });
    }
  }
  return entries;
}

function checkDates(entry: RawEntry, problems: Problem[]): void {
  for (const field of dateFields[entry.collection]) {
    const value = entry.data[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || !isCalendarDate(value)) {
      problems.push({
        severity: 'error',
        file: entry.file,
        line: lineOf(entry, field),
        field,
        message: `"${String(value)}" nie jest prawdziwą datą`,
        fix: 'wpisz datę jako RRRR-MM-DD, np. 2023-05-15 (bez cudzysłowu)',
      });
    }
  }
}

function checkNetworkReferences(entry: RawEntry, networkNames: Map<Locale, Set<string>>, problems: Problem[]): void {
  const value = entry.data['networks'];
  if (!Array.isArray(value)) return;
  const known = networkNames.get(entry.locale) ?? new Set<string>();
  for (const ref of value) {
    if (typeof ref === 'string' && known.has(ref)) continue;
    problems.push({
      severity: 'error',
      file: entry.file,
      line: lineOf(entry, 'networks'),
      field: 'networks',
      message: `nie ma sieci "${String(ref)}" w content/networks/${entry.locale}/`,
      fix: `wpisz nazwę pliku sieci bez .mdx, jedną z: ${[...known].sort().join(', ') || '(brak sieci)'}`,
    });
  }
}

function checkAddresses(entries: readonly RawEntry[], problems: Problem[]): void {
  const summaries: EntrySummary[] = [];
  for (const entry of entries) {
    const slug = typeof entry.data['slug'] === 'string' ? entry.data['slug'] : undefined;
    const special = entry.collection === 'pages' && Object.values(SPECIAL_PAGES).includes(entry.name as never);
    if (!slug && !special) {
      problems.push({
        severity: 'error',
        file: entry.file,
        line: 2,
        field: 'slug',
        message: 'brak adresu strony',
        fix: 'dodaj pole slug z małymi literami bez polskich znaków, np. slug: moja-strona',
      });
      continue;
    }
    summaries.push({ collection: entry.collection, id: `${entry.locale}/${entry.name}`, title: '', slug });
  }
  const pages = buildSitePages(summaries, { pl: { events: '', search: '' }, en: { events: '', search: '' } });
  const byPath = new Map<string, string[]>();
  for (const page of pages) {
    if (!page.entry) continue;
    const entry = entries.find((e) => `${e.locale}/${e.name}` === page.entry?.id && e.collection === page.entry.collection);
    if (!entry) continue;
    byPath.set(page.path, [...(byPath.get(page.path) ?? []), entry.file]);
  }
  for (const [path, files] of byPath) {
    if (files.length < 2) continue;
    for (const file of files) {
      const entry = entries.find((e) => e.file === file);
      problems.push({
        severity: 'error',
        file,
        line: entry ? lineOf(entry, 'slug') : undefined,
        field: 'slug',
        message: `adres ${path} ma też ${files.filter((f) => f !== file).join(', ')}`,
        fix: 'nadaj jednej ze stron inny slug',
      });
    }
  }
  // Indexes and the slugs of sections are reserved by the site itself.
  for (const page of pages) {
    if (page.kind !== 'page') continue;
    const clash = pages.find((p) => p !== page && p.path === page.path && p.kind !== 'page');
    if (clash) {
      problems.push({
        severity: 'error',
        file: entries.find((e) => `${e.locale}/${e.name}` === page.entry?.id && e.collection === 'pages')?.file ?? page.path,
        field: 'slug',
        message: `adres ${page.path} jest zajęty przez dział serwisu`,
        fix: 'wybierz inny slug',
      });
    }
  }
}

function checkRequiredPages(root: string, projectRoot: string, entries: readonly RawEntry[], problems: Problem[]): void {
  for (const locale of localeCodes) {
    for (const name of Object.values(SPECIAL_PAGES)) {
      if (entries.some((e) => e.collection === 'pages' && e.locale === locale && e.name === name)) continue;
      problems.push({
        severity: 'error',
        file: relative(projectRoot, join(root, 'pages', locale, `${name}.mdx`)).split('\\').join('/'),
        message: 'brak wymaganej strony',
        fix: 'utwórz ten plik (skopiuj odpowiednik z drugiego języka i przetłumacz go)',
      });
    }
  }
}

function checkTranslations(entries: readonly RawEntry[], problems: Problem[]): void {
  for (const entry of entries) {
    for (const other of localeCodes) {
      if (other === entry.locale) continue;
      const paired = entries.some((e) => e.collection === entry.collection && e.locale === other && e.name === entry.name);
      if (paired) continue;
      problems.push({
        severity: 'warning',
        file: entry.file,
        message: `brak tłumaczenia (${other})`,
        fix: `dodaj content/${entry.collection}/${other}/${entry.name}.mdx; do tego czasu link językowy prowadzi do spisu działu`,
      });
    }
  }
}

/** All problems in the content folder at `root`. Errors must stop the build. */
export function checkContent(root: string, projectRoot: string): Problem[] {
  const problems: Problem[] = [];
  const entries = readEntries(root, projectRoot, problems).filter((e) => e.data['draft'] !== true);
  const networkNames = new Map<Locale, Set<string>>(
    localeCodes.map((locale) => [
      locale,
      new Set(entries.filter((e) => e.collection === 'networks' && e.locale === locale).map((e) => e.name)),
    ]),
  );
  for (const entry of entries) {
    checkDates(entry, problems);
    if (entry.collection === 'events') checkNetworkReferences(entry, networkNames, problems);
  }
  checkAddresses(entries, problems);
  checkRequiredPages(root, projectRoot, entries, problems);
  checkTranslations(entries, problems);
  return problems;
}
