import { localeCodes, localePrefix } from '../../i18n/locales.ts';
import { sectionPath } from '../site/index.ts';

/**
 * The site's HTTP policy, once: the headers every response carries, which paths
 * may compile WebAssembly, and how long each kind of file may be cached. Both
 * deploy/nginx.conf (its generated blocks, `npm run deploy:policy`) and
 * dist/_headers (src/pages/[headers].ts) are written from this table, so the
 * two hosts cannot drift apart.
 */

/** The same on every response, errors included. */
export const securityHeaders = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/**
 * Content Security Policy. No third party anywhere; no inline script anywhere
 * (JSON-LD is data, not script, and CSP does not apply to it). Astro inlines each
 * page's stylesheet (one round trip for HTML and CSS), whose hash changes with
 * every CSS change, so this header — the same for every page and written into
 * deploy/nginx.conf — lets inline <style> through, and each page's own
 * <meta http-equiv="content-security-policy"> (Astro's security.csp, in
 * astro.config.mjs) allows only the hashes of the styles the build wrote. A
 * browser enforces both policies, so the effective one has no 'unsafe-inline'
 * (tests/e2e/hosting/privacy.spec.ts injects a style and sees it refused).
 */
export function contentSecurityPolicy({ wasm }: { wasm: boolean }): string {
  return [
    "default-src 'none'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // The Polish Sign Language film and its captions (src/pages/pjm/), from this site only.
    "media-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * Folders whose responses may compile WebAssembly (Pagefind's search engine):
 * the search page of every language, and Pagefind's own files (its web worker
 * runs under the policy of its own response).
 */
export function wasmFolders(): string[] {
  return [...localeCodes.map((code) => sectionPath('search', code)), '/pagefind/'];
}

const YEAR = 'public, max-age=31536000, immutable';
const HOUR = 'public, max-age=3600';
const DAY = 'public, max-age=86400';

export interface CacheRule {
  /** What the rule is for, in the generated files' comments. */
  what: string;
  /** Paths it applies to, as a regular expression (PCRE in nginx, the same in JavaScript). */
  pattern: string;
  /** The same paths in the _headers file's splat syntax. */
  headersPaths: string[];
  value: string;
  /** Paths the rule must decide, checked in both renderings by tests/unit/hosting-policy.test.ts. */
  examples: string[];
}

/** Everything not listed: revalidated on every use (HTML above all). */
export const defaultCache = 'no-cache';

/** First match wins, as in nginx's map. Files whose names carry a content hash never change. */
export const cacheRules: readonly CacheRule[] = [
  {
    what: 'build assets with a content hash in the name',
    pattern: '^/_astro/',
    headersPaths: ['/_astro/*'],
    value: YEAR,
    examples: ['/_astro/SiteSearch.CFoyvmAh.js', '/_astro/mapa.B1x2y3.webp'],
  },
  {
    what: "Pagefind's chunks, named by their content hash",
    pattern: '^/pagefind/.*\\.pf_(fragment|index|meta)$',
    headersPaths: ['/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/*.pf_meta'],
    value: YEAR,
    examples: ['/pagefind/fragment/pl_1a2b3c.pf_fragment', '/pagefind/index/en_4d5e6f.pf_index', '/pagefind/pagefind.pl_7a8b9c.pf_meta'],
  },
  {
    what: "the rest of Pagefind (its entry file, scripts and WebAssembly keep their names)",
    pattern: '^/pagefind/',
    headersPaths: ['/pagefind/*'],
    value: HOUR,
    examples: ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.pl.pagefind'],
  },
  {
    what: 'calendars, feeds and sitemaps',
    pattern: '\\.(ics|xml)$',
    headersPaths: ['/*.ics', '/*.xml'],
    value: HOUR,
    examples: ['/wydarzenia.ics', '/wydarzenia/rss.xml', '/sitemap-index.xml'],
  },
  {
    what: 'pictures outside the build assets (the favicon)',
    pattern: '\\.(svg|png|jpe?g|webp|avif|ico)$',
    headersPaths: ['/*.svg', '/*.png', '/*.jpg', '/*.jpeg', '/*.webp', '/*.avif', '/*.ico'],
    value: DAY,
    examples: ['/favicon.svg'],
  },
];

/** Paths that get the default, for the tests of both renderings. */
export const defaultCacheExamples = ['/', '/wydarzenia/', '/robots.txt', '/manifest.webmanifest'];

/** The "page not found" of each language but the default one, by path prefix. */
export function notFoundPages(): Array<{ prefix: string; page: string }> {
  return localeCodes.slice(1).map((code) => ({ prefix: `${localePrefix(code)}/`, page: `${localePrefix(code)}/404/index.html` }));
}
