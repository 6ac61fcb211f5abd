import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { localeCodes, type Locale } from '../../../i18n/locales.ts';
import type { ContentCollection } from '../../site/index.ts';
import type { Problem } from './problems.ts';
import { explainYamlError } from './yaml-errors.ts';

/** A content file as written, before Astro touches it. */
export interface RawEntry {
  collection: ContentCollection;
  locale: Locale;
  /** File name without extension: pairs a page with its translation. */
  name: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** Absolute path. */
  path: string;
  /** Frontmatter the way Astro reads it (YAML dates become Date objects). */
  data: Record<string, unknown>;
  /** Frontmatter with every scalar as written (no date conversion). */
  rawData: Record<string, unknown>;
  /** Frontmatter lines, starting at file line 2. */
  frontmatterLines: string[];
  /** The whole file with the frontmatter blanked out, so body line numbers are file line numbers. */
  body: string;
  draft: boolean;
}

export const collections: readonly ContentCollection[] = ['networks', 'events', 'pages'];

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.mdx'))
    .sort();
}

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Every content file as written, and the files that cannot be read as an entry. */
export function readEntries(root: string, projectRoot: string): { entries: RawEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries: RawEntry[] = [];
  for (const collection of collections) {
    const base = join(root, collection);
    for (const path of listMdx(base)) {
      const absolute = join(base, path);
      const file = relative(projectRoot, absolute).split('\\').join('/');
      const [locale, ...rest] = path.split('/');
      if (!locale || !(localeCodes as readonly string[]).includes(locale) || rest.length === 0) {
        problems.push({
          severity: 'error',
          file,
          message: 'plik leży poza folderem języka',
          fix: `przenieś go do folderu swojego języka: ${localeCodes.map((code) => `content/${collection}/${code}/`).join(' albo ')}`,
        });
        continue;
      }
      const read = parseEntry(readFileSync(absolute, 'utf8'), { collection, locale: locale as Locale, name: rest.join('/').replace(/\.mdx$/, ''), file, path: absolute });
      if ('problem' in read) problems.push(read.problem);
      else entries.push(read.entry);
    }
  }
  return { entries, problems };
}

/** Where a content file is: what `parseEntry` cannot tell from its text. */
export type EntryPlace = Pick<RawEntry, 'collection' | 'locale' | 'name' | 'file' | 'path'>;

/** One content file's text as an entry, or the one problem that stops it being read. */
export function parseEntry(source: string, place: EntryPlace): { entry: RawEntry } | { problem: Problem } {
  const { file } = place;
  // Windows Notepad starts UTF-8 files with a byte order mark; it is not text.
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) {
    return {
      problem: {
        severity: 'error',
        file,
        line: 1,
        message: 'brak nagłówka (frontmatter) między liniami ---',
        fix: 'zacznij plik od linii ---, wpisz pola (title, summary, …) i zamknij je linią ---',
      },
    };
  }
  const frontmatter = match[1] ?? '';
  let data: unknown;
  let rawData: unknown;
  try {
    data = yaml.load(frontmatter);
    rawData = yaml.load(frontmatter, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mistake = explainYamlError(error, frontmatter.split('\n'));
    return {
      problem: { severity: 'error', file, line: mistake.index + 2, field: mistake.field, message: mistake.field ? mistake.message : `nagłówek: ${mistake.message}`, fix: mistake.fix },
    };
  }
  const blanked = match[0].replace(/[^\n]/g, '');
  return {
    entry: {
      ...place,
      data: asObject(data),
      rawData: asObject(rawData),
      frontmatterLines: frontmatter.split('\n'),
      body: blanked + text.slice(match[0].length),
      draft: asObject(data)['draft'] === true,
    },
  };
}

/**
 * File line of a frontmatter field given as a path (`venue.city`, `networks.1`):
 * each segment is looked for below the previous one. Falls back to the nearest
 * parent found, then to the first frontmatter line.
 */
export function lineOf(entry: RawEntry, path: ReadonlyArray<string | number>): number {
  let index = -1;
  let found = 1;
  for (const segment of path) {
    if (typeof segment === 'number') {
      // The item of a list written one item a line, just below its field: the n-th
      // "- " at the indent of the first item. A list on one line ([a, b]) stays on that line.
      const first = index + 1;
      if (!/^\s*- /.test(entry.frontmatterLines[first] ?? '')) continue;
      const indent = /^\s*/.exec(entry.frontmatterLines[first]!)![0];
      let item = first;
      for (let n = 0; n < segment; n++) {
        const next = entry.frontmatterLines.findIndex((line, i) => i > item && line.startsWith(`${indent}- `));
        if (next === -1) break;
        item = next;
      }
      // The item's own first field sits on its "- " line: look for the next field from just before it.
      index = item - 1;
      found = item + 2;
      continue;
    }
    const next = entry.frontmatterLines.findIndex((line, i) => i > index && new RegExp(`^\\s*(- )?${segment}\\s*:`).test(line));
    if (next === -1) break;
    index = next;
    found = next + 2;
  }
  return found;
}
