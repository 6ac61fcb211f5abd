import { createReadStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { INDEXED_BODY } from '../lib/search/index.ts';
import type { CopiesSetup, FromCopies, ToCopies } from './search-copies.ts';

/**
 * Builds the search index in every production build (`astro build`, so
 * `npm run build`, `npm start` and `npm test` all get it), with Pagefind's
 * Node API rather than its CLI run as a separate build step:
 *
 * - it cannot be forgotten: any command that builds the site indexes it, into
 *   whatever `--outDir` that build used (the test fixtures build elsewhere);
 * - Pagefind reads a copy of each page that we prepare (in a temporary folder), so the
 *   `ł` folding and the weighted summary (src/lib/search/index-copy.ts) cost
 *   the published pages nothing;
 * - the copies are made while Astro renders, in a worker thread
 *   (./search-copies.ts), from the HTML each page is rendered to: no second
 *   read of the built site, and the work runs beside the rendering;
 * - Pagefind writes the index while the sitemap is made: the first
 *   integration (`indexing`) starts it, the second (`written`, placed after
 *   the sitemap) waits for it and reports;
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

export function searchIndex(): { indexing: AstroIntegration; written: AstroIntegration } {
  let outDir = '';
  let copies: PageCopies | undefined;
  let pagefindIndex: ReturnType<typeof pagefind.createIndex> | undefined;
  let writing: Promise<string> | undefined;
  const indexing: AstroIntegration = {
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
      'astro:build:start': async ({ setPrerenderer }) => {
        copies = await PageCopies.start();
        // Pagefind's own process starts now, beside the bundler, not after rendering.
        pagefindIndex = pagefind.createIndex({});
        setPrerenderer((rendering) => copyingPages(rendering, copies!));
      },
      'astro:build:done': ({ dir }) => {
        if (!copies || !pagefindIndex) throw new Error('search-index: no page was handed over for the index (astro:build:start did not run)');
        writing = writeSearchIndex(fileURLToPath(dir), copies, pagefindIndex);
        // Awaited by `written`; until then a failure is not yet anyone's to report.
        writing.catch(() => {});
      },
    },
  };
  const written: AstroIntegration = {
    name: 'search-index-written',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (writing) logger.info(await writing);
      },
    },
  };
  return { indexing, written };
}

/**
 * Astro's own prerenderer, handing each rendered HTML page to the copies as
 * well. The page Astro writes is the very text it rendered.
 */
export function copyingPages(rendering: AstroPrerenderer, copies: Pick<PageCopies, 'add'>): AstroPrerenderer {
  return {
    ...rendering,
    name: 'search-index',
    async render(request, options) {
      const result = await rendering.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (!response.headers.get('content-type')?.startsWith('text/html')) return result;
      // Bytes, not text: the worker decodes them, and Astro writes these very bytes.
      const page = Buffer.from(await response.arrayBuffer());
      // A quick look for the marker; the worker tells for sure (isIndexed).
      if (page.includes(INDEXED_BODY)) copies.add(builtFile(new URL(request.url).pathname), page);
      const same = new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? same : { ...result, response: same };
    },
  };
}

/** Where Astro writes a page of this path (`build.format: 'directory'`), from the site root. */
export function builtFile(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : `${path}.html`;
}

/** The worker that makes the copies (./search-copies.ts), and the folder they go to. */
class PageCopies {
  readonly #worker: Worker;
  readonly folder: string;

  private constructor(folder: string) {
    this.folder = folder;
    const setup: CopiesSetup = { copies: folder };
    this.#worker = new Worker(new URL('./search-copies.ts', import.meta.url), { workerData: setup });
    // Pages are sent as they are rendered; only a pending answer keeps the build waiting.
    this.#worker.unref();
  }

  static async start(): Promise<PageCopies> {
    return new PageCopies(await mkdtemp(join(tmpdir(), 'search-copies-')));
  }

  add(file: string, page: Uint8Array): void {
    this.#send({ type: 'page', file, page });
  }

  /** Waits for every copy; the number of pages per language. */
  async finish(): Promise<Map<string, number>> {
    const reply = await this.#ask({ type: 'finish' }, 'copied');
    if (reply.error) throw new Error(reply.error);
    return new Map(reply.perLanguage);
  }

  async writeWords(siteDir: string): Promise<void> {
    const reply = await this.#ask({ type: 'words', siteDir }, 'words-written');
    if (reply.error) throw new Error(reply.error);
  }

  /** Removes the copies (Pagefind has read them); the worker stays for the word lists until it is terminated. */
  async discard(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true });
  }

  async terminate(): Promise<void> {
    await this.#worker.terminate();
  }

  #send(message: ToCopies): void {
    this.#worker.postMessage(message);
  }

  #ask<T extends FromCopies['type']>(message: ToCopies, answer: T): Promise<Extract<FromCopies, { type: T }>> {
    return new Promise((resolve, reject) => {
      const settle = () => {
        this.#worker.off('message', onMessage).off('error', reject).unref();
      };
      const onMessage = (reply: FromCopies) => {
        if (reply.type !== answer) return;
        settle();
        resolve(reply as Extract<FromCopies, { type: T }>);
      };
      this.#worker.ref();
      this.#worker.on('message', onMessage).once('error', (error) => {
        settle();
        reject(error);
      });
      this.#send(message);
    });
  }
}

/**
 * Pagefind reads the copies from their folder in one request: its own parallel
 * reader, as its CLI does. Handing pages over one request each (addHTMLFile)
 * made indexing 2000 pages per language twice as slow, and the index would
 * depend on the order pages finish rendering in. The word lists are written
 * by the worker while Pagefind writes its files.
 */
async function writeSearchIndex(siteDir: string, copies: PageCopies, starting: ReturnType<typeof pagefind.createIndex>): Promise<string> {
  const { index, errors } = await starting;
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const perLanguage = await copies.finish();
    const indexed = await index.addDirectory({ path: copies.folder });
    const expected = [...perLanguage.values()].reduce((sum, n) => sum + n, 0);
    if (indexed.errors.length > 0 || indexed.page_count !== expected) {
      throw new Error(`Pagefind indexed ${indexed.page_count} of ${expected} pages: ${indexed.errors.join('; ')}`);
    }
    const bundle = join(siteDir, SEARCH_BUNDLE);
    await rm(bundle, { recursive: true, force: true });
    mkdirSync(bundle, { recursive: true });
    // Pagefind holds every page now: the copies go while it writes.
    const [written] = await Promise.all([index.writeFiles({ outputPath: bundle }), copies.writeWords(siteDir), copies.discard()]);
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    for (const name of readdirSync(bundle)) if (UNUSED_BUNDLES.test(name)) rmSync(join(bundle, name));
    const counts = [...perLanguage].map(([lang, n]) => `${lang}: ${n}`).join(', ');
    return `search index of ${counts} pages written to ${relative(process.cwd(), bundle) || bundle}`;
  } finally {
    await pagefind.close();
    await copies.discard();
    await copies.terminate();
  }
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
