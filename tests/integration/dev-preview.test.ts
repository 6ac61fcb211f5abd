import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnv } from '../helpers/content';
import { startDevServer, type DevServer } from '../helpers/dev-server';
import { copyProject } from '../helpers/project-copy';

/**
 * What an editor sees in `npm run dev` and what a build makes of the same
 * files: a draft made by `npm run new` shows in the preview, marked, and never
 * in a build; a content mistake shows in the browser as the Polish list of
 * problems, and the page comes back when the file is fixed. Everything runs in
 * a copy of the project: a dev server sharing the project's `.astro/` with the
 * test runner's own Astro answered 500 in about one run in four
 * (tests/helpers/project-copy.ts).
 */
const scratch = mkdtempSync(join(tmpdir(), 'dev-preview-'));
const project = join(scratch, 'project');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(() => {
  copyProject(project);
  const made = spawnSync(process.execPath, ['scripts/new-entry.ts', 'page', 'Strona robocza'], { cwd: project, encoding: 'utf8' });
  expect(made.status, made.stdout + made.stderr).toBe(0);
});

describe('the dev preview', () => {
  let dev: DevServer;
  beforeAll(async () => {
    dev = await startDevServer(project);
  }, 120_000);
  afterAll(() => dev?.stop());

  it('shows a draft with a draft notice', async () => {
    const { status, html } = await dev.page('/strona-robocza/');
    expect(status, `${html.slice(0, 500)}\n${dev.log()}`).toBe(200);
    expect(html).toContain('Szkic — ta strona nie zostanie opublikowana');
    expect(html).toContain('<meta name="robots" content="noindex">');
  }, 90_000);

  it('shows a content mistake in the browser, in Polish, until the file is fixed', async () => {
    const file = join(project, 'content/networks/pl/icorn.mdx');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^title: ".*"$/m, 'title: ICORN: sieć miast'));
    try {
      const broken = await waitFor(dev, '/wspolpraca-miedzynarodowa/', (s) => s === 500);
      expect(broken.status).toBe(500);
      expect(broken.html).toMatch(/<html lang="pl(-PL)?">/);
      expect(broken.html).toContain('content/networks/pl/icorn.mdx, linia 2');
      expect(broken.html).toContain('dwukropek w wartości bez cudzysłowu');
      expect(broken.html).toContain('Jak poprawić: ujmij całą wartość w cudzysłów: title: &quot;ICORN: sieć miast&quot;');
    } finally {
      // A second save within a few milliseconds of the first can be merged into
      // it by the file watcher; an editor saves seconds apart.
      await new Promise((r) => setTimeout(r, 1000));
      writeFileSync(file, original);
    }
    const fixed = await waitFor(dev, '/wspolpraca-miedzynarodowa/', (s) => s === 200);
    expect(fixed.status).toBe(200);
    expect(fixed.html).toContain('ICORN');
    expect(dev.log()).toContain('Treść jest znów w porządku');
  }, 120_000);
});

/** The page once its status is what `done` wants: the check runs when the watcher sees the file. */
async function waitFor(dev: DevServer, path: string, done: (status: number) => boolean) {
  for (let tries = 0; ; tries++) {
    const answer = await dev.page(path);
    if (done(answer.status) || tries === 60) return answer;
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('a build', () => {
  it('leaves drafts out, and their sitemap entries', () => {
    const result = spawnSync('npx', ['astro', 'build'], { cwd: project, env: astroEnv({}), encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const dist = join(project, 'dist');
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(existsSync(join(project, 'content/pages/pl/strona-robocza.mdx'))).toBe(true);
    expect(existsSync(join(dist, 'strona-robocza'))).toBe(false);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('strona-robocza');
  });
});
