import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnv } from '../helpers/content';
import { copyProject } from '../helpers/project-copy';

/**
 * A draft made by `npm run new` shows in the dev preview, marked, and never in
 * a build. Both run in a copy of the project: a dev server sharing the
 * project's `.astro/` with the test runner's own Astro answered 500 in about
 * one run in four (tests/helpers/project-copy.ts).
 */
const scratch = mkdtempSync(join(tmpdir(), 'drafts-'));
const project = join(scratch, 'project');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(() => {
  copyProject(project);
  const made = spawnSync(process.execPath, ['scripts/new-entry.ts', 'page', 'Strona robocza'], { cwd: project, encoding: 'utf8' });
  expect(made.status, made.stdout + made.stderr).toBe(0);
});

describe('drafts', () => {
  it('are shown by the dev preview with a draft notice', async () => {
    const port = 4390 + Math.floor(Math.random() * 9);
    const server = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: project,
      env: astroEnv({}),
      detached: true,
    });
    let log = '';
    server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      // Wait for the server to say it is listening, then for the page (the
      // first request compiles it, which takes a while on a busy machine).
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`astro dev did not start\n${log}`)), 90_000);
        server.stdout.on('data', () => {
          if (log.includes(`127.0.0.1:${port}`)) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      const response = await fetch(`http://127.0.0.1:${port}/strona-robocza/`, { signal: AbortSignal.timeout(60_000) });
      const html = await response.text();
      expect(response.status, `${html.slice(0, 500)}\n${log}`).toBe(200);
      expect(html).toContain('Szkic — ta strona nie zostanie opublikowana');
      expect(html).toContain('<meta name="robots" content="noindex">');
    } finally {
      process.kill(-server.pid!, 'SIGTERM');
    }
  }, 180_000);

  it('are left out of the production build and its sitemap', () => {
    const result = spawnSync('npx', ['astro', 'build'], { cwd: project, env: astroEnv({}), encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const dist = join(project, 'dist');
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(existsSync(join(project, 'content/pages/pl/strona-robocza.mdx'))).toBe(true);
    expect(existsSync(join(dist, 'strona-robocza'))).toBe(false);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('strona-robocza');
  });
});
