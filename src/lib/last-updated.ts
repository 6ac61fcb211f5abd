import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | undefined>();

/**
 * Date (YYYY-MM-DD) of the last commit that changed `file`, for pages whose
 * frontmatter has no `updated`. Undefined for files not yet committed or
 * where there is no git history (a source archive): the page then shows no date.
 */
export function gitLastModified(file: string): string | undefined {
  if (!cache.has(file)) {
    let date: string | undefined;
    try {
      date = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
    } catch {
      date = undefined;
    }
    cache.set(file, date);
  }
  return cache.get(file);
}
