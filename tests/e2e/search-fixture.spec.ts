import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../scripts/static-server.mjs';
import { searchFor, word } from './search-helpers';
import { projectRoot } from './site';

/**
 * `lodz` must find `Łódź` and `zolw` must find `żółw` (issue 3). The real content
 * has neither word, so this builds the site once more from a copy of content/
 * plus tests/fixtures/search-content/ (the way tests/integration/bad-content.test.ts
 * builds its fixtures) and searches that build.
 */
test.describe.configure({ mode: 'serial' });

// Made in beforeAll: every process that loads this file (the runner, each worker)
// would otherwise leave an empty folder behind.
let scratch = '';
let site: Awaited<ReturnType<typeof serveStatic>> | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  scratch = mkdtempSync(join(tmpdir(), 'search-content-'));
  const content = join(scratch, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  cpSync(join(projectRoot, 'tests/fixtures/search-content'), content, { recursive: true });
  const build = spawnSync('npx', ['astro', 'build', '--outDir', join(scratch, 'dist')], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: content, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 110_000,
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  site = await serveStatic(join(scratch, 'dist'));
});

test.afterAll(async () => {
  await site?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const fixturePage = '/proba-wyszukiwarki/';

for (const [query, shown] of [
  ['lodz', 'łódź'],
  ['Łodz', 'łódź'],
  ['łódź', 'łódź'],
  ['zolw', 'żółw'],
  ['michal', 'michał'],
] as const) {
  test(`"${query}" finds the page that says "${shown}", and highlights it as written`, async ({ page }) => {
    const { urls, marks } = await searchFor(page, `${site!.origin}/szukaj/`, query);
    expect(urls[0]).toBe(fixturePage);
    expect(marks.map(word)).toContain(shown);
    await expect(page.locator('.results h2 a').first()).toHaveText('Próba wyszukiwarki: Łódź i żółw');
  });
}
