import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Joins indexes that Pagefind wrote one language at a time into the one
 * folder the search page loads. Each language's output holds its own files
 * (index chunks, fragments, filters, its `.pf_meta` and wasm) and files common
 * to every language (the loader, its worker, the fallback wasm);
 * `pagefind-entry.json` lists the languages. Moving every file into one folder
 * and listing every language in one entry gives what a single Pagefind run
 * over all languages writes (the real site's index is byte-identical).
 */
export function mergeLanguageIndexes(outputs: readonly string[], bundle: string, skip: (name: string) => boolean): void {
  let entry: PagefindEntry | undefined;
  for (const output of outputs) {
    for (const file of filesBelow(output)) {
      const name = relative(output, file);
      if (skip(name)) continue;
      if (name === ENTRY) {
        const own = JSON.parse(readFileSync(file, 'utf8')) as PagefindEntry;
        entry = entry ? { ...entry, languages: { ...entry.languages, ...own.languages } } : own;
        continue;
      }
      const target = join(bundle, name);
      if (existsSync(target)) {
        // A file common to every language: the same bytes from each run, or the runs disagree.
        if (!readFileSync(target).equals(readFileSync(file))) throw new Error(`Pagefind wrote two different ${name} for two languages`);
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      move(file, target);
    }
  }
  if (!entry) throw new Error(`Pagefind wrote no ${ENTRY}`);
  // Pagefind lists languages in code order.
  const languages = Object.fromEntries(Object.keys(entry.languages).sort().map((code) => [code, entry.languages[code]]));
  writeFileSync(join(bundle, ENTRY), JSON.stringify({ ...entry, languages }));
}

const ENTRY = 'pagefind-entry.json';

interface PagefindEntry {
  languages: Record<string, unknown>;
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A rename where the temporary folder and the site share a disk; a copy where they do not. */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
    unlinkSync(from);
  }
}
