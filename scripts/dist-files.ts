import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file below `dir` as a root-relative path ('/en/index.html'), sorted;
 * folders named in `skip` are not entered. The one walker over dist/ that
 * `npm run size` and the tests share.
 */
export function distFiles(dir: string, skip: readonly string[] = []): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) return skip.includes(entry.name) ? [] : walk(full);
      return [`/${relative(dir, full).split('\\').join('/')}`];
    });
  return walk(dir).sort();
}
