import { distance } from 'fastest-levenshtein';
import { fieldPaths } from '../field-reference.ts';
import type { Problem } from './problems.ts';
import { lineOf, type RawEntry } from './read.ts';

/**
 * A field the schema does not know would be dropped without a word ("tittle:"
 * next to "title:", "registrationURL:" for "registrationUrl:"): name it, and
 * the field the editor most likely meant.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** The known field closest to `name`, if it is close enough to be a slip: letter case, or about one typo in four letters. */
export function nearestField(name: string, known: readonly string[]): string | undefined {
  const scored = known.map((candidate) => ({ candidate, cost: distance(name.toLowerCase(), candidate.toLowerCase()) }));
  const best = scored.sort((a, b) => a.cost - b.cost)[0];
  return best && best.cost <= Math.max(1, Math.floor(best.candidate.length / 4)) ? best.candidate : undefined;
}

const known = new Map<RawEntry['collection'], Set<string>>();

export function checkUnknownFields(entry: RawEntry): Problem[] {
  let allowed = known.get(entry.collection);
  if (!allowed) known.set(entry.collection, (allowed = new Set(fieldPaths(entry.collection))));
  const fields = allowed;
  const problems: Problem[] = [];
  // `prefix` is the schema's path ('programme[].'), `at` where the value is ('programme.2.'): messages name the item.
  const visit = (data: Record<string, unknown>, prefix: string, at: string) => {
    const siblings = [...fields].filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('.')).map((p) => p.slice(prefix.length));
    for (const [key, value] of Object.entries(data)) {
      const path = `${prefix}${key}`;
      if (fields.has(path)) {
        if (isRecord(value)) visit(value, `${path}.`, `${at}${key}.`);
        // A list of groups (programme, materials): each item's fields are checked as a group's.
        else if (Array.isArray(value)) value.forEach((item, index) => isRecord(item) && visit(item, `${path}[].`, `${at}${key}.${index}.`));
        continue;
      }
      const meant = nearestField(key, siblings);
      const where = `${at}${key}`;
      problems.push({
        severity: 'error',
        file: entry.file,
        line: lineOf(entry, where.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))),
        field: where,
        message: `nieznane pole „${key}” — strona by go nie pokazała`,
        fix: meant ? `czy chodziło o „${meant}”? Popraw nazwę (wielkość liter się liczy)` : `usuń je albo popraw nazwę; tu można wpisać: ${siblings.join(', ')}`,
      });
    }
  };
  visit(entry.data, '', '');
  return problems;
}
