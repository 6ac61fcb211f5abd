import type { AstroI18nextConfig } from 'astro-i18next';
import { defaultLocale, localeCodes } from './locales.ts';

/*
 * astro-i18next configuration. It must stay a `.ts` file: the library's loader
 * silently ignores `.mjs`/`.js` configs on Node ≥ 22.12 (see README, "i18n").
 * Its loader transpiles this file and the modules it imports with their `.ts`
 * extension, so the languages come from the one list in ./locales.ts. Addresses
 * are not translated here: the page table (src/lib/site/) builds every one.
 */
const config: AstroI18nextConfig = {
  defaultLocale,
  locales: [...localeCodes],
  // UI strings live in src/i18n/locales/<lang>/translation.json, not in public/:
  // the path is resolved from public/, and nothing here needs to be published.
  resourcesBasePath: '../src/i18n/locales',
  i18nextServer: {
    // Missing keys must show up as themselves so the built-site test catches them.
    returnNull: false,
    interpolation: { escapeValue: false },
  },
};

export default config;
