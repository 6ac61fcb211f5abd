import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distFiles } from '../../scripts/dist-files.ts';
import { serveStatic } from '../../scripts/static-server.mjs';
import { TEST_EVENTS_NOW } from '../helpers/test-events-now';
import { axeViolations } from './axe';
import { cspFalsePositive, validate } from './nu-checker';
import { projectRoot } from './site';

/**
 * What the real content does not show yet — a status notice, registration in
 * each phase, the online link's note, the accessibility list, a programme,
 * materials with a photo, a series and its page, long event lists — built from
 * content/ plus the test events (tests/fixtures/events/) at their fixed "now",
 * and held to the same law as the real pages: axe and the Nu checker.
 */
test.describe.configure({ mode: 'serial' });

const scratch = mkdtempSync(join(tmpdir(), 'event-fixture-'));
const dist = join(scratch, 'dist');
let site: Awaited<ReturnType<typeof serveStatic>> | undefined;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  const content = join(scratch, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  cpSync(join(projectRoot, 'tests/fixtures/events'), join(content, 'events'), { recursive: true, filter: (f) => !f.endsWith('README.md') });
  const build = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: content, BUILD_TIME: TEST_EVENTS_NOW, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 140_000,
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  site = await serveStatic(dist);
});

test.afterAll(async () => {
  await site?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** The test events' pages (those with a calendar file beside them) and every event list, in both languages. */
function eventAndListPages(): string[] {
  const html = distFiles(dist, ['pagefind']).filter((f) => f.endsWith('/index.html'));
  const isEvent = (f: string) => /^\/(wydarzenia|en\/events)\/[^/]+\/index\.html$/.test(f) && existsSync(join(dist, f.replace(/\/index\.html$/, '.ics')));
  const isList = (f: string) => readFileSync(join(dist, f), 'utf8').includes('id="browse-events"');
  return html.filter((f) => isEvent(f) || isList(f)).map((f) => f.replace(/index\.html$/, ''));
}

test('axe finds no violations on any event page or event list of the test events', async ({ page }) => {
  test.setTimeout(300_000);
  const paths = eventAndListPages();
  expect(paths.length).toBeGreaterThan(30);
  for (const path of paths) {
    await page.goto(`${site!.origin}${path}`);
    expect(await axeViolations(page), path).toEqual([]);
  }
});

test('the Nu checker finds no errors and no warnings on them', () => {
  const files = eventAndListPages().map((p) => join(dist, p, 'index.html'));
  const messages = validate(files).filter((m) => m.type !== 'info' || (m.subType === 'warning' && !cspFalsePositive(m)));
  expect(messages.map((m) => `${m.url.replace(/^.*\/dist/, '')}:${m.lastLine ?? ''} ${m.message}`)).toEqual([]);
});
