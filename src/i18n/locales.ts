/**
 * The site's languages: the one list that everything language-specific reads —
 * routing and addresses, `<html lang>` and `dir`, Intl formatting, hreflang, the
 * language navigation, the content folders (`content/<collection>/<code>/`), the
 * schemas, the editors' tools, the sitemap and the benchmark.
 *
 * The first language is the default and lives at `/`. Adding a language is one
 * entry here, its strings in `./locales/<code>/` (`translation.json` and
 * `statement.json`, with the same keys as Polish) and its content files;
 * `npm run i18n:status` lists what is still missing. tests/integration/third-locale.test.ts
 * builds the site with a Ukrainian entry added this way.
 */

/** The site's sections, each with an index page and a translated URL segment. */
export const sectionKeys = ['cooperation', 'events', 'statement', 'search', 'siteIndex'] as const;
export type Section = (typeof sectionKeys)[number];

/**
 * The kinds of event (an event's `kind` field), each with a list of its own
 * under a translated URL segment, as the sections have: /wydarzenia/konferencje/.
 */
export const eventKindKeys = ['conference', 'workshop', 'meeting', 'lecture', 'other'] as const;
export type EventKind = (typeof eventKindKeys)[number];

interface LocaleConfig {
  /** BCP 47 language code: `<html lang>`, hreflang, the content folder name. */
  readonly code: string;
  /** Name of the language in itself, shown in the language navigation. */
  readonly label: string;
  /** BCP 47 tag for Intl formatting and Open Graph (`og:locale` uses `_`). */
  readonly intl: string;
  /** Reading direction, for `<html dir>`. */
  readonly dir: 'ltr' | 'rtl';
  /** Path prefix of the language's pages: '' for the default language, else `/<code>`. */
  readonly prefix: '' | `/${string}`;
  /** The language's URL segment of each section: `/en/events/`. Lowercase ASCII. */
  readonly sections: Readonly<Record<Section, string>>;
  /** The URL segment of the list of each kind of event: `/en/events/conferences/`. Lowercase ASCII. */
  readonly eventKinds: Readonly<Record<EventKind, string>>;
  /**
   * The npm package of a Hunspell dictionary (`.aff` + `.dic`) from which the
   * build adds each indexed word's base forms to the search index
   * (src/lib/morphology/). Only for languages Pagefind cannot stem itself;
   * without it, search matches the words as written and their beginnings.
   */
  readonly lemmaDictionary?: string;
  /**
   * For a language Pagefind stems (English), the endings its stemmer removes:
   * search then trusts a match that differs from the query word only in them
   * (`writers` → `writer`), and still refuses a mere shared beginning (`lawyer` → `law`).
   */
  readonly stemmedEndings?: readonly string[];
}

export const locales = [
  {
    code: 'pl',
    label: 'polski',
    intl: 'pl-PL',
    dir: 'ltr',
    prefix: '',
    sections: { cooperation: 'wspolpraca-miedzynarodowa', events: 'wydarzenia', statement: 'deklaracja-dostepnosci', search: 'szukaj', siteIndex: 'spis-stron' },
    eventKinds: { conference: 'konferencje', workshop: 'warsztaty', meeting: 'spotkania', lecture: 'wyklady', other: 'inne' },
    lemmaDictionary: 'dictionary-pl',
  },
  {
    code: 'en',
    label: 'English',
    intl: 'en-GB',
    dir: 'ltr',
    prefix: '/en',
    sections: { cooperation: 'international-cooperation', events: 'events', statement: 'accessibility-statement', search: 'search', siteIndex: 'site-index' },
    eventKinds: { conference: 'conferences', workshop: 'workshops', meeting: 'meetings', lecture: 'lectures', other: 'other' },
    stemmedEndings: ['s', 'es', 'ies', 'y', 'ied', 'ed', 'd', 'ing', 'er', 'ers', 'est', 'ly', 'ily', 'ity', 'ities', 'ility', 'le', 'able', 'ible', 'ation', 'ations', 'ion', 'ions', 'ment', 'ments', 'ness', 'al', 'ally', 'ic', 'ical', 'ive', 'ful', 'ise', 'ize', 'e'],
  },
] as const satisfies readonly LocaleConfig[];

export type Locale = (typeof locales)[number]['code'];
export type LocaleInfo = (typeof locales)[number];

// Both marked pure so that browser bundles that reach this module without using
// them (the search script, through the page table) drop them and the list.
export const defaultLocale: Locale = /* @__PURE__ */ (() => locales[0].code)();
export const localeCodes: readonly Locale[] = /* @__PURE__ */ locales.map((l) => l.code);

export function localeInfo(code: Locale): LocaleInfo {
  const info = locales.find((l) => l.code === code);
  if (!info) throw new Error(`Unknown locale "${code}"`);
  return info;
}

/** URL prefix of a language: '' for the default language, '/en' for English. */
export function localePrefix(code: Locale): string {
  return localeInfo(code).prefix;
}

/** The language's URL segment of a section: 'wydarzenia', 'events'. */
export function sectionSegment(section: Section, code: Locale): string {
  return localeInfo(code).sections[section];
}

/** The other languages than `code`, in list order. */
export function otherLocales(code: Locale): Locale[] {
  return localeCodes.filter((c) => c !== code);
}

/** The language codes as one glob alternative, for the content loaders: `{pl,en}`. */
export function localeGlob(): string {
  return localeCodes.length === 1 ? String(localeCodes[0]) : `{${localeCodes.join(',')}}`;
}

/** The Hunspell dictionary package the build reads the language's base forms from, if it has one. */
export function lemmaDictionaryOf(code: Locale): string | undefined {
  const info: LocaleConfig = localeInfo(code);
  return info.lemmaDictionary;
}

/** The endings Pagefind's stemmer removes in the language (none when it does not stem it). */
export function stemmedEndingsOf(code: Locale): readonly string[] {
  const info: LocaleConfig = localeInfo(code);
  return info.stemmedEndings ?? [];
}

/** Whether a string (an `<html lang>`, a folder name) is one of the site's languages. */
export function isLocale(code: string): code is Locale {
  return (localeCodes as readonly string[]).includes(code);
}
