import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { isLocale } from '../i18n/index.ts';
import { lemmatizerFor } from '../lib/morphology/index.ts';
import { countWords, formsLookup, formsPath, indexedCopy, indexedText, isIndexed, restoreFromIndex, vocabularyList, vocabularyPath } from '../lib/search/index.ts';

/**
 * Builds the search index at the end of every production build (`astro build`,
 * so `npm run build`, `npm start` and `npm test` all get it), with Pagefind's
 * Node API rather than its CLI run as a separate build step:
 *
 * - it cannot be forgotten: any command that builds the site indexes it, into
 *   whatever `--outDir` that build used (the test fixtures build elsewhere);
 * - Pagefind reads a copy of each page that we prepare (in a temporary folder), so the
 *   `ł` folding and the weighted summary (src/lib/search/index-copy.ts) cost
 *   the published pages nothing;
 * - we write only the files the search page's JS API uses, not Pagefind's
 *   three bundled UIs (about 400 KB that no page would load), plus each
 *   language's word list for "did you mean" (src/lib/search/vocabulary.ts);
 * - words carry their base forms in languages with a lemma dictionary
 *   (src/lib/morphology/, src/lib/search/word-forms.ts).
 *
 * `astro dev` has no index of its own: it serves the one in dist/ from the last
 * build, and says so when it starts.
 */

/** Where the index lives, under the site root: the search page loads `/pagefind/pagefind.js`. */
export const SEARCH_BUNDLE = 'pagefind';

/** Pagefind's ready-made UIs and highlighter; the search page has its own markup. */
const UNUSED_BUNDLES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export function searchIndex(): AstroIntegration {
  let outDir = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, SEARCH_BUNDLE);
        if (existsSync(join(bundle, 'pagefind.js'))) {
          logger.info(`search uses the index of the last build (${relative(process.cwd(), bundle)}); run npm run build to refresh it`);
        } else {
          logger.warn('search has no index yet: run npm run build once, then the search page works here too');
        }
        server.middlewares.use(`/${SEARCH_BUNDLE}/`, (req, res, next) => {
          const file = resolve(bundle, `.${decodeURIComponent((req.url ?? '/').split('?')[0]!)}`);
          if (!file.startsWith(bundle + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export async function buildSearchIndex(siteDir: string, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<void> {
  // Pagefind reads our copies of the pages from a folder of their own, in one
  // request: its own parallel reader, as its CLI does. Handing pages over one
  // request each (addHTMLFile), and taking the written index back through the
  // same pipe (getFiles), made indexing 2000 pages per language twice as slow.
  const copies = await mkdtemp(join(tmpdir(), 'search-copies-'));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const perLanguage = new Map<string, number>();
    /** Per language: each word of the indexed pages, and on how many pages it is (for "did you mean"). */
    const vocabularies = new Map<string, Map<string, number>>();
    for (const file of htmlFiles(siteDir)) {
      const html = readFileSync(file, 'utf8');
      if (!isIndexed(html)) continue;
      const path = relative(siteDir, file);
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
      const lemmasOf = isLocale(lang) ? await lemmatizerFor(lang) : undefined;
      const copy = indexedCopy(html, path.split(sep).join('/'), lemmasOf);
      mkdirSync(dirname(join(copies, path)), { recursive: true });
      writeFileSync(join(copies, path), copy);
      const words = vocabularies.get(lang) ?? new Map<string, number>();
      countWords(restoreFromIndex(indexedText(copy)), words);
      vocabularies.set(lang, words);
      perLanguage.set(lang, (perLanguage.get(lang) ?? 0) + 1);
    }
    const indexed = await index.addDirectory({ path: copies });
    const expected = [...perLanguage.values()].reduce((sum, n) => sum + n, 0);
    if (indexed.errors.length > 0 || indexed.page_count !== expected) {
      throw new Error(`Pagefind indexed ${indexed.page_count} of ${expected} pages: ${indexed.errors.join('; ')}`);
    }
    const bundle = join(siteDir, SEARCH_BUNDLE);
    await rm(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    for (const name of readdirSync(bundle)) if (UNUSED_BUNDLES.test(name)) rmSync(join(bundle, name));
    for (const [lang, words] of vocabularies) {
      writeFileSync(join(siteDir, vocabularyPath(lang)), JSON.stringify(vocabularyList(words)));
      const lemmatizer = isLocale(lang) ? await lemmatizerFor(lang) : undefined;
      if (!lemmatizer) continue;
      for (const [key, forms] of formsLookup(words.keys(), lemmatizer, lemmatizer.formsOf)) {
        const file = join(siteDir, decodeURIComponent(formsPath(lang, key)));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(forms));
      }
    }
    const counts = [...perLanguage].map(([lang, n]) => `${lang}: ${n}`).join(', ');
    logger.info(`search index of ${counts} pages written to ${relative(process.cwd(), bundle) || bundle}`);
  } finally {
    await pagefind.close();
    await rm(copies, { recursive: true, force: true });
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === SEARCH_BUNDLE ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}
