/** The plural categories a language needs (Polish: one, few, many, other; English: one, other). */
export function pluralCategories(intlLocale: string): string[] {
  return [...new Intl.PluralRules(intlLocale).resolvedOptions().pluralCategories].sort();
}
