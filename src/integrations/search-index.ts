import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { indexedCopy, isIndexed } from '../lib/search/index.ts';

/**
 * Builds the search index at the end of every production build (`astro build`,
 * so `npm run build`, `npm start` and `npm test` all get it), with Pagefind's
 * Node API rather than its CLI run as a separate build step:
 *
 * - it cannot be forgotten: any command that builds the site indexes it, into
 *   whatever `--outDir` that build used (the test fixtures build elsewhere);
 * - Pagefind reads a copy of each page that we prepare (`addHTMLFile`), so the
 *   `ł` folding and the weighted summary (src/lib/search/index-copy.ts) cost
 *   the published pages nothing;
 * - we write only the files the search page's JS API uses, not Pagefind's
 *   three bundled UIs (about 400 KB that no page would load).
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
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const perLanguage = new Map<string, number>();
    for (const file of htmlFiles(siteDir)) {
      const html = readFileSync(file, 'utf8');
      if (!isIndexed(html)) continue;
      const path = relative(siteDir, file).split(sep).join('/');
      const added = await index.addHTMLFile({ url: `/${path.replace(/(^|\/)index\.html$/, '$1')}`, content: indexedCopy(html, path) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
      perLanguage.set(lang, (perLanguage.get(lang) ?? 0) + 1);
    }
    const { files, errors: writeErrors } = await index.getFiles();
    if (writeErrors.length > 0) throw new Error(`Pagefind could not write the index: ${writeErrors.join('; ')}`);
    const bundle = join(siteDir, SEARCH_BUNDLE);
    await rm(bundle, { recursive: true, force: true });
    for (const { path, content } of files) {
      if (UNUSED_BUNDLES.test(path)) continue;
      await mkdir(dirname(join(bundle, path)), { recursive: true });
      await writeFile(join(bundle, path), content);
    }
    const counts = [...perLanguage].map(([lang, n]) => `${lang}: ${n}`).join(', ');
    logger.info(`search index of ${counts} pages written to ${relative(process.cwd(), bundle) || bundle}`);
  } finally {
    await pagefind.close();
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === SEARCH_BUNDLE ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}
