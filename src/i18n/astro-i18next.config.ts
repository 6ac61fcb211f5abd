import type { AstroI18nextConfig } from 'astro-i18next';

/*
 * astro-i18next configuration. It must stay a `.ts` file: the library's loader
 * silently ignores `.mjs`/`.js` configs on Node ≥ 22.12 (see README, "i18n").
 * Keep `locales` in step with `./locales.ts` and `routes` with `./sections.ts`;
 * tests/unit/i18n.test.ts fails if they drift. (The loader `require()`s this
 * file on its own, so it cannot import those modules.)
 */
const config: AstroI18nextConfig = {
  defaultLocale: 'pl',
  locales: ['pl', 'en'],
  // UI strings live in src/i18n/locales/<lang>/translation.json, not in public/:
  // the path is resolved from public/, and nothing here needs to be published.
  resourcesBasePath: '../src/i18n/locales',
  // Translated section segments, used by localizePath('/wydarzenia/', 'en').
  routes: {
    en: {
      'wspolpraca-miedzynarodowa': 'international-cooperation',
      wydarzenia: 'events',
      'deklaracja-dostepnosci': 'accessibility-statement',
      szukaj: 'search',
    },
  },
  i18nextServer: {
    // Missing keys must show up as themselves so the built-site test catches them.
    returnNull: false,
    interpolation: { escapeValue: false },
  },
};

export default config;
