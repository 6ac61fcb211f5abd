/** Every plural category of CLDR: i18next suffixes a key with the one it needs (`count_few`). */
export const pluralSuffixes = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralSuffix = (typeof pluralSuffixes)[number];

/** The plural categories a language needs (Polish: one, few, many, other; English: one, other). */
export function pluralCategories(intlLocale: string): PluralSuffix[] {
  return [...new Intl.PluralRules(intlLocale).resolvedOptions().pluralCategories].sort() as PluralSuffix[];
}
