import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file below `dir` as a path from it ('/en/index.html'), sorted; folders
 * named in `skip` are not entered. The one folder walker of `npm run size` and
 * the tests (over dist/ mostly, also over src/).
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
