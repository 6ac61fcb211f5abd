/** The plural categories a language needs (pl: one, few, many, other; en: one, other). */
export function pluralCategories(intlLocale: string): string[] {
  return [...new Intl.PluralRules(intlLocale).resolvedOptions().pluralCategories].sort();
}
