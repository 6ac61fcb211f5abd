/**
 * The site's one door to translation. Pages and components import from here,
 * never from astro-i18next or i18next directly, so the library can be swapped
 * without touching them.
 *
 * astro-i18next initialises i18next for every page (its `page-ssr` script, fed
 * by ./astro-i18next.config.ts, loading ./locales/<lang>/translation.json).
 * We take a translator bound to one language (`getFixedT`) instead of switching
 * the global language, so no page depends on another page's render order.
 */
import i18next from 'i18next';
import config from './astro-i18next.config';
import type uiStrings from './locales/pl/translation.json';
import { localeInfo, type Locale } from './locales';
import type { PluralSuffix } from './plural.ts';

export * from './locales';
export type { PluralSuffix } from './plural.ts';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** Every UI string key, checked at compile time against the Polish strings. */
export type UiKey = WithoutPlural<Leaves<typeof uiStrings>>;

export type Translate = (key: UiKey, options?: Record<string, unknown>) => string;

/** The UI strings of every language, as astro-i18next loads them for pages. */
const resources = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: object }>('./locales/*/translation.json', { eager: true })).map(([path, module]) => [
    path.split('/')[2],
    { translation: module.default },
  ]),
);

/**
 * astro-i18next initialises i18next from a script it adds to pages only. An
 * endpoint (calendar files, feeds) may run first — and then the page table,
 * which is built once, would carry no strings — so it initialises from the
 * same files and options when nothing has yet.
 */
function ensureInitialised(): void {
  if (i18next.isInitialized) return;
  void i18next.init({
    ...config.i18nextServer,
    resources,
    supportedLngs: config.locales,
    fallbackLng: config.locales,
    initImmediate: false,
  });
}

const translators = new Map<Locale, Translate>();

/**
 * The UI strings of a language. A string without placeholders is looked up once
 * per build, not once per page: every page asks for the same few dozen, and
 * i18next's lookup was a measurable part of rendering 2000 pages.
 */
export function useTranslations(locale: Locale): Translate {
  ensureInitialised();
  let t = translators.get(locale);
  if (!t) {
    const translate = i18next.getFixedT(locale);
    const plain = new Map<string, string>();
    t = (key, options) => {
      if (options) return String(translate(key, options));
      let text = plain.get(key);
      if (text === undefined) {
        text = String(translate(key, {}));
        plain.set(key, text);
      }
      return text;
    };
    translators.set(locale, t);
  }
  return t;
}

/**
 * A UI string as written in translation.json, placeholders and all, for code
 * that fills it in the browser (the search results count). Plural forms are
 * asked for by their full key: 'search.results_few'.
 */
export function uiTemplate(locale: Locale, key: UiKey | `${UiKey}_${PluralSuffix}`): string {
  return String(i18next.getResource(locale, 'translation', key) ?? key);
}

/**
 * A sentence split around one of its placeholders, for markup that wraps the
 * value (a link, a name in another language): "Napisz do {{contact}}" gives
 * ["Napisz do ", ""]. The other placeholders are filled in as usual.
 */
export function textAround(t: Translate, key: UiKey, placeholder: string, values: Record<string, unknown> = {}): [string, string] {
  const [before = '', after = ''] = t(key, { ...values, [placeholder]: '\u0000' }).split('\u0000');
  return [before, after];
}

/** Intl helpers bound to a language. */
export function formatters(locale: Locale) {
  const intl = localeInfo(locale).intl;
  return {
    date: (date: Date) =>
      new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date),
    languageName: (code: string) => new Intl.DisplayNames([intl], { type: 'language' }).of(code) ?? code,
    list: (items: string[]) => new Intl.ListFormat(intl, { style: 'long', type: 'conjunction' }).format(items),
    number: (value: number) => new Intl.NumberFormat(intl).format(value),
  };
}
