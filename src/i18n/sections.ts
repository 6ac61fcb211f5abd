import type { Locale } from './locales';

/**
 * Translated URL segments of the site's sections. Each section has an index page
 * and (for `cooperation` and `events`) one page per content entry below it:
 * `/wspolpraca-miedzynarodowa/femcities/` ↔ `/en/international-cooperation/femcities/`.
 *
 * This table is the single source of section URLs: the route builder
 * (`src/lib/site/site-pages.ts`) and astro-i18next's `routes` (for `localizePath`) both read it.
 */
export const sections = {
  cooperation: { pl: 'wspolpraca-miedzynarodowa', en: 'international-cooperation' },
  events: { pl: 'wydarzenia', en: 'events' },
  statement: { pl: 'deklaracja-dostepnosci', en: 'accessibility-statement' },
  /** The search page; it has no pages below it. */
  search: { pl: 'szukaj', en: 'search' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Section = keyof typeof sections;
