import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/**
 * One language's Pagefind index, in a worker thread of its own (see
 * ./search-index.ts). Pagefind's Node API runs one Pagefind process per
 * thread, and that process answers one request at a time, building an index
 * on one core: a thread per language lets the languages be built side by
 * side. Pagefind's process starts as soon as the thread does, long before the
 * pages are ready.
 *
 * Loaded by Node itself, not by the build's bundler: it imports only Node and Pagefind.
 */

export type ToLanguageIndex =
  /** Index the copies in `copies` (paths as in the site) and write the index to `output`. */
  { type: 'index'; copies: string; output: string };

export type FromLanguageIndex = { type: 'indexed'; pageCount: number; errors: string[] };

const starting = pagefind.createIndex({});

async function indexLanguage(copies: string, output: string): Promise<FromLanguageIndex> {
  const { index, errors } = await starting;
  if (!index) return { type: 'indexed', pageCount: 0, errors: [`Pagefind could not start: ${errors.join('; ')}`] };
  const added = await index.addDirectory({ path: copies });
  if (added.errors.length > 0) return { type: 'indexed', pageCount: added.page_count, errors: added.errors };
  const written = await index.writeFiles({ outputPath: output });
  return { type: 'indexed', pageCount: added.page_count, errors: written.errors };
}

parentPort?.on('message', (message: ToLanguageIndex) => {
  void indexLanguage(message.copies, message.output)
    .catch((error: unknown): FromLanguageIndex => ({ type: 'indexed', pageCount: 0, errors: [error instanceof Error ? error.message : String(error)] }))
    .then(async (reply) => {
      await pagefind.close();
      parentPort?.postMessage(reply);
    });
});
