import { createReadStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { localeCodes } from '../i18n/locales.ts';
import { INDEXED_BODY } from '../lib/search/index.ts';
import { mergeLanguageIndexes } from './merge-language-indexes.ts';
import { MessageWorker } from './message-worker.ts';
import type { CopiesSetup, FromCopies, ToCopies } from './search-copies.ts';
import type { FromLanguageIndex, ToLanguageIndex } from './search-language-index.ts';

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
 * - each language is indexed by a Pagefind process of its own
 *   (./search-language-index.ts), side by side, and the outputs are joined
 *   (./merge-language-indexes.ts); Pagefind builds one index on one core;
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
  let indexes: LanguageIndexes | undefined;
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
        // Pagefind's processes start now, beside the bundler, not after rendering.
        indexes = new LanguageIndexes(localeCodes);
        setPrerenderer((rendering) => copyingPages(rendering, copies!));
      },
      'astro:build:done': ({ dir }) => {
        if (!copies || !indexes) throw new Error('search-index: no page was handed over for the index (astro:build:start did not run)');
        writing = writeSearchIndex(fileURLToPath(dir), copies, indexes);
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

/** The worker that makes the copies (./search-copies.ts), and the folder they go to (one folder per language). */
class PageCopies {
  readonly #worker: MessageWorker<ToCopies, FromCopies>;
  readonly folder: string;

  private constructor(folder: string) {
    this.folder = folder;
    const setup: CopiesSetup = { copies: folder };
    this.#worker = new MessageWorker(new URL('./search-copies.ts', import.meta.url), setup);
  }

  static async start(): Promise<PageCopies> {
    const folder = await mkdtemp(join(tmpdir(), 'search-copies-'));
    // A build that fails while rendering ends without its last hooks: the copies go anyway.
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    return new PageCopies(folder);
  }

  add(file: string, page: Uint8Array): void {
    this.#worker.send({ type: 'page', file, page });
  }

  /** Waits for every copy; the number of pages per language. */
  async finish(): Promise<Map<string, number>> {
    const reply = await this.#worker.ask({ type: 'finish' }, 'copied');
    if (reply.error) throw new Error(reply.error);
    return new Map(reply.perLanguage);
  }

  async writeWords(siteDir: string): Promise<void> {
    const reply = await this.#worker.ask({ type: 'words', siteDir }, 'words-written');
    if (reply.error) throw new Error(reply.error);
  }

  /** Removes the copies; the worker stays for the word lists until it is terminated. */
  async discard(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true });
  }

  async terminate(): Promise<void> {
    await this.#worker.terminate();
  }
}

/** A Pagefind process per language (./search-language-index.ts), started with the build. */
class LanguageIndexes {
  readonly #workers = new Map<string, MessageWorker<ToLanguageIndex, FromLanguageIndex>>();

  constructor(languages: readonly string[]) {
    for (const language of languages) this.#start(language);
  }

  /** Indexes one language's copies into `output`; the number of pages indexed. */
  async index(language: string, copies: string, output: string): Promise<number> {
    const worker = this.#workers.get(language) ?? this.#start(language);
    const reply = await worker.ask({ type: 'index', copies, output }, 'indexed');
    if (reply.errors.length > 0) throw new Error(`Pagefind could not index ${language}: ${reply.errors.join('; ')}`);
    return reply.pageCount;
  }

  async terminate(): Promise<void> {
    await Promise.all([...this.#workers.values()].map((worker) => worker.terminate()));
  }

  #start(language: string) {
    const worker = new MessageWorker<ToLanguageIndex, FromLanguageIndex>(new URL('./search-language-index.ts', import.meta.url));
    this.#workers.set(language, worker);
    return worker;
  }
}

/**
 * Each language's Pagefind reads its copies from their folder in one request:
 * its own parallel reader, as its CLI does. Handing pages over one request
 * each (addHTMLFile) made indexing 2000 pages per language twice as slow, and
 * the index would depend on the order pages finish rendering in. The word
 * lists are written by the copies' worker while Pagefind works.
 */
async function writeSearchIndex(siteDir: string, copies: PageCopies, indexes: LanguageIndexes): Promise<string> {
  const staging = await mkdtemp(join(tmpdir(), 'search-index-'));
  try {
    const perLanguage = await copies.finish();
    const languages = [...perLanguage.keys()].sort();
    const bundle = join(siteDir, SEARCH_BUNDLE);
    await rm(bundle, { recursive: true, force: true });
    mkdirSync(bundle, { recursive: true });
    const [indexed] = await Promise.all([
      Promise.all(languages.map((language) => indexes.index(language, join(copies.folder, language), join(staging, language)))),
      copies.writeWords(siteDir),
    ]);
    languages.forEach((language, i) => {
      if (indexed[i] !== perLanguage.get(language)) throw new Error(`Pagefind indexed ${indexed[i]} of ${perLanguage.get(language)} pages in ${language}`);
    });
    mergeLanguageIndexes(
      languages.map((language) => join(staging, language)),
      bundle,
      (name) => UNUSED_BUNDLES.test(name),
    );
    const counts = [...perLanguage].map(([lang, n]) => `${lang}: ${n}`).join(', ');
    return `search index of ${counts} pages written to ${relative(process.cwd(), bundle) || bundle}`;
  } finally {
    await Promise.all([indexes.terminate(), copies.discard(), rm(staging, { recursive: true, force: true })]);
    await copies.terminate();
  }
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
