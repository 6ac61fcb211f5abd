import { execFileSync } from 'node:child_process';

let lastChange: Map<string, string> | undefined;

/**
 * Every file's last commit date, from one `git log` over the whole history
 * (newest first, so the first date seen for a path is its last change). One
 * process per build rather than one per page: a site of thousands of pages
 * without `updated` fields would otherwise start thousands of git processes.
 */
function readHistory(): Map<string, string> {
  const dates = new Map<string, string>();
  let log = '';
  try {
    log = execFileSync('git', ['log', '--format=@%cs', '--name-only'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return dates; // no git, or no history (a source archive)
  }
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) date = line.slice(1);
    else if (line && !dates.has(line)) dates.set(line, date);
  }
  return dates;
}

/**
 * Date (YYYY-MM-DD) of the last commit that changed `file` (a path from the
 * repository root), for pages whose frontmatter has no `updated`. Undefined for
 * files not yet committed or where there is no git history: the page then
 * shows no date.
 */
export function gitLastModified(file: string): string | undefined {
  lastChange ??= readHistory();
  return lastChange.get(file);
}
