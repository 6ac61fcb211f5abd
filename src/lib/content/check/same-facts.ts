import { localeCodes } from '../../../i18n/locales.ts';
import { sameInEveryLanguage } from '../field-reference.ts';
import type { Problem } from './problems.ts';
import { lineOf, type RawEntry } from './read.ts';

/**
 * Every language has its own complete file (an editor in the forge's web editor
 * opens one file), so a fact such as an event's date is written once per
 * language. This check makes those copies one fact: the fields marked `same` in
 * the schemas must hold the same value in every translation, or the Polish and
 * English calendars would disagree. The file in the first language of the list
 * is the reference; each other file is told what it says there.
 */
export function checkSameFacts(entries: readonly RawEntry[]): Problem[] {
  const problems: Problem[] = [];
  const groups = Map.groupBy(entries, (e) => `${e.collection}/${e.name}`);
  for (const group of groups.values()) {
    const [reference, ...others] = [...group].sort((a, b) => localeCodes.indexOf(a.locale) - localeCodes.indexOf(b.locale));
    if (!reference) continue;
    for (const { path, fallback } of sameInEveryLanguage(reference.collection)) {
      const expected = valueAt(reference.rawData, path) ?? fallback;
      for (const other of others) {
        const actual = valueAt(other.rawData, path) ?? fallback;
        if (JSON.stringify(actual) === JSON.stringify(expected)) continue;
        problems.push({
          severity: 'error',
          file: other.file,
          line: lineOf(other, path.replace(/\[\]/g, '').split('.')),
          field: path,
          message: `tu jest ${shown(actual)}, a w ${reference.file} ${shown(expected)}; to fakt, który musi być taki sam w każdym języku`,
          fix: 'wpisz tę samą wartość w obu plikach',
        });
      }
    }
  }
  return problems;
}

/** The value at a field path; `programme[].start` gives the start of every item, as a list. */
function valueAt(data: unknown, path: string): unknown {
  const [key = '', ...rest] = path.split('.');
  const field = key.replace(/\[\]$/, '');
  let value = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>)[field] : undefined;
  if (value === null) value = undefined;
  if (key.endsWith('[]')) return Array.isArray(value) ? value.map((item) => valueAt(item, rest.join('.'))) : undefined;
  return rest.length === 0 ? value : valueAt(value, rest.join('.'));
}

function shown(value: unknown): string {
  if (value === undefined) return '(nic)';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? '(nic)' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v))).join(', ')}]`;
  return `„${String(value)}”`;
}
