import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, projectRoot } from './content';

/**
 * A real `astro build` of the repository's content/ with fixture folders laid
 * over a copy of it, into `<folder>/dist`. Builds must run one after the other:
 * they share the project's .astro/ folder (vitest runs files serially).
 */
export function buildWithContent(folder: string, overlays: ReadonlyArray<{ from: string; to?: string }>, outDir = join(folder, 'dist')) {
  const content = join(folder, 'content');
  cpSync(contentDir, content, { recursive: true });
  for (const overlay of overlays) cpSync(overlay.from, join(content, overlay.to ?? ''), { recursive: true });
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: content, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist: outDir };
}
