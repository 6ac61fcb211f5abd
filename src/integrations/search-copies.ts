import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { isLocale } from '../i18n/locales.ts';
import { lemmatizerFor } from '../lib/morphology/index.ts';
import { countWords, formsLookup, formsPath, indexedCopy, indexedText, isIndexed, restoreFromIndex, vocabularyList, vocabularyPath } from '../lib/search/index.ts';

/**
 * A worker thread that prepares what Pagefind reads (./search-index.ts) while
 * Astro is still rendering the rest of the site: each indexed page's copy
 * (folding, weighted summary, base forms glued on) written to a folder of
 * copies, and each language's words counted. On a two-core machine the
 * rendering keeps one core and this work takes the other, instead of both
 * running one after the other at the end of the build.
 *
 * Loaded by Node itself, not by the build's bundler, so it imports only
 * modules Node can run as they are (explicit `.ts` paths, no `astro:` modules).
 */

export interface CopiesSetup {
  /** The folder that receives the copies: `<lang>/` and below it each indexed page at its path in the site. */
  copies: string;
}

export type ToCopies =
  /** A rendered page (UTF-8); `file` is its path under the site root, as Astro writes it. */
  | { type: 'page'; file: string; page: Uint8Array }
  /** Every page has been sent: answer with `copied` once the last copy is written. */
  | { type: 'finish' }
  /** Write each language's word list and forms lookup into the built site. */
  | { type: 'words'; siteDir: string };

export type FromCopies =
  | { type: 'copied'; perLanguage: Array<[string, number]>; error?: string }
  | { type: 'words-written'; error?: string };

const { copies } = workerData as CopiesSetup;
const perLanguage = new Map<string, number>();
/** Per language: each word of the indexed pages, and on how many pages it is (for "did you mean"). */
const vocabularies = new Map<string, Map<string, number>>();
/** The first problem met; later pages are skipped, and the build stops with this message. */
let failure: string | undefined;

async function copyPage(file: string, html: string): Promise<void> {
  if (failure || !isIndexed(html)) return;
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
  const lemmasOf = isLocale(lang) ? await lemmatizerFor(lang) : undefined;
  const copy = indexedCopy(html, file, lemmasOf);
  // One folder per language: each language has a Pagefind of its own (./search-index.ts).
  const path = join(copies, lang, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, copy);
  const words = vocabularies.get(lang) ?? new Map<string, number>();
  countWords(restoreFromIndex(indexedText(copy)), words);
  vocabularies.set(lang, words);
  perLanguage.set(lang, (perLanguage.get(lang) ?? 0) + 1);
}

async function writeWords(siteDir: string): Promise<void> {
  for (const [lang, words] of vocabularies) {
    writeFileSync(join(siteDir, vocabularyPath(lang)), JSON.stringify(vocabularyList(words)));
    const lemmatizer = isLocale(lang) ? await lemmatizerFor(lang) : undefined;
    if (!lemmatizer) continue;
    for (const [key, forms] of formsLookup(words.keys(), lemmatizer, lemmatizer.formsOf)) {
      const path = join(siteDir, decodeURIComponent(formsPath(lang, key)));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify(forms));
    }
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// One message at a time, in the order sent: a page waits for the dictionary to load.
let queue = Promise.resolve();
parentPort?.on('message', (message: ToCopies) => {
  queue = queue.then(async () => {
    if (message.type === 'page') {
      try {
        await copyPage(message.file, Buffer.from(message.page.buffer, message.page.byteOffset, message.page.byteLength).toString('utf8'));
      } catch (error) {
        failure ??= messageOf(error);
      }
    } else if (message.type === 'finish') {
      const reply: FromCopies = { type: 'copied', perLanguage: [...perLanguage], ...(failure ? { error: failure } : {}) };
      parentPort?.postMessage(reply);
    } else {
      let reply: FromCopies = { type: 'words-written' };
      try {
        await writeWords(message.siteDir);
      } catch (error) {
        reply = { type: 'words-written', error: messageOf(error) };
      }
      parentPort?.postMessage(reply);
    }
  });
});
