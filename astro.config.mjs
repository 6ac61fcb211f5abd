// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import astroI18next from 'astro-i18next';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { drafts } from './src/integrations/drafts.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { readSitemapFacts } from './src/lib/seo/index.ts';
import { siteUrl } from './src/lib/site/index.ts';

/** The public address of the site (src/lib/site/site-url.ts; SITE_URL overrides it). */
const site = siteUrl;

/** Where the build writes, captured for the sitemap's hreflang reader. */
let outDir = new URL('./dist/', import.meta.url);

/** Pagefind writes the index while the sitemap is made (src/integrations/search-index.ts). */
const search = searchIndex();

export default defineConfig({
  site,
  // Broken-content fixtures (tests/integration/bad-content.test.ts) build from a
  // folder of their own; keep their content cache out of the real one.
  ...(process.env.CONTENT_DIR ? { cacheDir: `${process.env.CONTENT_DIR}/.astro-cache` } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages render a few at a time: while one waits for its file to be written
    // the next is rendered. Output is the same in any order (the byte-identical
    // rebuild test holds it to that).
    concurrency: 4,
    // Each page's CSS is small; inlining it saves a render-blocking request and
    // keeps a page's HTML and CSS inside one 14 KB initial congestion window.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  // Code blocks stay plain <pre><code>: Shiki colours them with style attributes,
  // which the pages' Content-Security-Policy (below) would refuse anyway.
  markdown: { syntaxHighlight: false },
  // Every page carries a <meta> Content-Security-Policy with the hashes of its own
  // inline <style> (and script) elements, so no inline style runs unless the build
  // wrote it. The HTTP header policy (src/lib/hosting/policy.ts) applies as well.
  security: {
    csp: {
      styleDirective: { resources: ["'self'"] },
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX output starts with "use astro:head-inject", and the bundler
        // says once per MDX file that it may not keep it: harmless (Astro handles
        // the directive itself) and a wall of noise in which editors would miss
        // the one line that matters. Every other warning is shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  i18n: {
    locales: locales.map((l) => l.code),
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    contentGuard(),
    drafts(),
    astroI18next({ configPath: 'src/i18n/astro-i18next.config.ts' }),
    mdx(),
    {
      name: 'capture-out-dir',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
        },
      },
    },
    search.indexing,
    sitemap({
      // 404 pages are not content: never list them for crawlers.
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(locales.map((l) => [l.code, l.intl])),
      },
      // The i18n option pairs pages by identical paths; ours have translated
      // slugs, so each entry takes its alternates (and lastmod) from the page's own head.
      serialize(item) {
        const { links, lastmod } = readSitemapFacts(item.url, outDir);
        return { ...item, ...(links.length > 0 ? { links } : {}), ...(lastmod ? { lastmod } : {}) };
      },
    }),
    search.written,
  ],
});
