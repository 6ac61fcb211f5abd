import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { distFiles } from '../../scripts/dist-files.ts';
import { projectRoot } from './content';
import { copyProject } from './project-copy';

/**
 * A copy of the project with one more language, made the way the README tells
 * a developer to add one: an entry in the locale list, the language's string
 * files, its content. Nothing else in src/ changes; `changedSourceFiles`
 * proves it. See tests/fixtures/third-locale/README.md.
 */

export const fixture = join(projectRoot, 'tests/fixtures/third-locale');

export interface LocaleEntry {
  code: string;
  label: string;
  intl: string;
  prefix: string;
  sections: Record<'cooperation' | 'events' | 'statement' | 'search' | 'siteIndex', string>;
  eventKinds: Record<'conference' | 'workshop' | 'meeting' | 'lecture' | 'other', string>;
}

export const thirdLocale = JSON.parse(readFileSync(join(fixture, 'locale.json'), 'utf8')) as LocaleEntry;

const listFile = 'src/i18n/locales.ts';
const listEnd = '] as const satisfies readonly LocaleConfig[];';

export function projectWithThirdLocale(folder: string): void {
  copyProject(folder);

  // 1. One entry in the list.
  const list = readFileSync(join(folder, listFile), 'utf8');
  if (!list.includes(listEnd)) throw new Error(`${listFile} no longer ends its list with "${listEnd}": update this helper`);
  writeFileSync(join(folder, listFile), list.replace(listEnd, `  ${JSON.stringify(thirdLocale)},\n${listEnd}`));

  // 2. The language's strings.
  const strings = join(folder, 'src/i18n/locales', thirdLocale.code);
  mkdirSync(strings, { recursive: true });
  for (const file of ['translation.json', 'statement.json']) cpSync(join(fixture, 'i18n', file), join(strings, file));

  // 3. Its content, and its value of the statement's per-language facts.
  cpSync(join(fixture, 'content'), join(folder, 'content'), { recursive: true });
  const factsFile = join(folder, 'content/deklaracja-dostepnosci.yaml');
  const facts = yaml.load(readFileSync(factsFile, 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, { value: unknown }>;
  const values = JSON.parse(readFileSync(join(fixture, 'statement-facts.json'), 'utf8')) as Record<string, string>;
  for (const [field, text] of Object.entries(values)) {
    const value = facts[field]?.value;
    if (!value || typeof value !== 'object') throw new Error(`${field} is not a per-language value in the statement file`);
    (value as Record<string, string>)[thirdLocale.code] = text;
  }
  writeFileSync(factsFile, yaml.dump(facts, { schema: yaml.CORE_SCHEMA }));
}

/** Files of src/ that differ between the project and the copy, or exist in only one. */
export function changedSourceFiles(folder: string): string[] {
  const files = (root: string) => distFiles(join(root, 'src')).map((f) => `src${f}`);
  const ours = new Set(files(projectRoot));
  const theirs = new Set(files(folder));
  return [...new Set([...ours, ...theirs])]
    .filter((path) => !ours.has(path) || !theirs.has(path) || !readFileSync(join(projectRoot, path)).equals(readFileSync(join(folder, path))))
    .map((path) => relative('.', path))
    .sort();
}
