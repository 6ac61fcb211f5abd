/**
 * The site's languages. Everything language-specific (routing, `<html lang>`,
 * Intl formatting, hreflang, the language navigation) reads this one list.
 * Polish is the default and lives at `/`; every other language gets a prefix.
 */
export const locales = [
  {
    code: 'pl',
    /** Name of the language in itself, shown in the language navigation. */
    label: 'polski',
    /** BCP 47 tag for Intl formatting and Open Graph (`og:locale` uses `_`). */
    intl: 'pl-PL',
    dir: 'ltr',
  },
  {
    code: 'en',
    label: 'English',
    intl: 'en-GB',
    dir: 'ltr',
  },
] as const;

export type Locale = (typeof locales)[number]['code'];
export type LocaleInfo = (typeof locales)[number];

export const defaultLocale: Locale = 'pl';
// Marked pure so browser bundles that reach this module without using it drop it.
export const localeCodes: readonly Locale[] = /* @__PURE__ */ locales.map((l) => l.code);

export function isLocale(value: string): value is Locale {
  return (localeCodes as readonly string[]).includes(value);
}

export function localeInfo(code: Locale): LocaleInfo {
  const info = locales.find((l) => l.code === code);
  if (!info) throw new Error(`Unknown locale "${code}"`);
  return info;
}

/** URL prefix of a language: '' for the default language, '/en' for English. */
export function localePrefix(code: Locale): string {
  return code === defaultLocale ? '' : `/${code}`;
}

/** The other languages than `code`, in list order. */
export function otherLocales(code: Locale): Locale[] {
  return localeCodes.filter((c) => c !== code);
}
