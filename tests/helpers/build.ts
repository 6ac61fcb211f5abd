import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { basename, join } from 'node:path';
import { astroEnv, contentDir, projectRoot } from './content';

/**
 * Real `astro build`s of the repository's content/ with fixture folders laid
 * over a copy of it. Builds must run one after the other: they share the
 * project's .astro/ folder (vitest runs files serially).
 */

/** `<folder>/content`: a copy of content/ with each overlay's files laid over it. */
export function contentWithOverlays(folder: string, overlays: ReadonlyArray<{ from: string; to?: string }>): string {
  const content = join(folder, 'content');
  cpSync(contentDir, content, { recursive: true });
  // A fixture folder's README.md describes the fixtures; it is not content (the
  // content check would rightly stop on a stray .md file).
  const notReadme = (path: string) => basename(path) !== 'README.md';
  for (const overlay of overlays) cpSync(overlay.from, join(content, overlay.to ?? ''), { recursive: true, filter: notReadme });
  return content;
}

export function buildContent(content: string, outDir: string, env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: astroEnv({ ...env, CONTENT_DIR: content }),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist: outDir };
}

/** Both at once, into `<folder>/dist`. */
export function buildWithContent(folder: string, overlays: ReadonlyArray<{ from: string; to?: string }>, outDir = join(folder, 'dist')) {
  return buildContent(contentWithOverlays(folder, overlays), outDir);
}
