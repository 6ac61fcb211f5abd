import { pluralSuffixes } from './plural.ts';

/**
 * Comparing the UI string files of the languages (src/i18n/locales/<lang>/translation.json).
 * Plural keys carry a suffix per form (`count_one`, `count_few`…); each language
 * has its own set of forms, so keys are compared without the suffix.
 */

export type StringTree = { [key: string]: string | StringTree };

const PLURAL_SUFFIX = new RegExp(`_(${pluralSuffixes.join('|')})$`);

/** key → text, with nested keys joined by dots. */
export function flattenStrings(tree: StringTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flattenStrings(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

export function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

export function pluralForm(key: string): string | undefined {
  return PLURAL_SUFFIX.exec(key)?.[1];
}

/** For each language, the (plural-free) keys another language has and it lacks. */
export function missingKeys(trees: Record<string, StringTree>): Record<string, string[]> {
  const keysOf = (lang: string) => new Set([...flattenStrings(trees[lang] ?? {}).keys()].map(baseKey));
  const all = new Set(Object.keys(trees).flatMap((lang) => [...keysOf(lang)]));
  return Object.fromEntries(
    Object.keys(trees).map((lang) => {
      const own = keysOf(lang);
      return [lang, [...all].filter((k) => !own.has(k)).sort()];
    }),
  );
}
