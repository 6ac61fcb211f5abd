import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroEnv, projectRoot } from '../helpers/content';

/**
 * BUILD_TIME moves the build's "now": the real site built a minute before and
 * a minute after midnight (Warsaw) at the end of the Forum's last day, 16 May
 * 2023, files the Forum under upcoming, then under past.
 */
const scratch = mkdtempSync(join(tmpdir(), 'build-time-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function buildAt(instant: string) {
  const outDir = join(scratch, instant.replace(/:/g, ''));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: astroEnv({ BUILD_TIME: instant }),
    encoding: 'utf8',
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const read = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
  const index = read('wydarzenia');
  const pastAt = index.indexOf('Minione wydarzenia');
  const forumAt = index.indexOf('href="/wydarzenia/forum-miast-empatycznych-2023/"');
  expect(pastAt).toBeGreaterThan(0);
  expect(forumAt).toBeGreaterThan(0);
  return { listedAsPast: forumAt > pastAt, pageSaysPast: read('wydarzenia/forum-miast-empatycznych-2023').includes('To wydarzenie już się odbyło.') };
}

describe('the build’s clock', () => {
  it('a minute before midnight in Warsaw on 16 May 2023: the Forum is upcoming', () => {
    expect(buildAt('2023-05-16T21:59:00Z')).toEqual({ listedAsPast: false, pageSaysPast: false });
  });

  it('a minute after: the Forum is past, on the list and on its page', () => {
    expect(buildAt('2023-05-16T22:01:00Z')).toEqual({ listedAsPast: true, pageSaysPast: true });
  });

  it('stops the build on a BUILD_TIME it cannot read', () => {
    const result = spawnSync('npx', ['astro', 'build', '--outDir', join(scratch, 'bad')], {
      cwd: projectRoot,
      env: astroEnv({ BUILD_TIME: 'wczoraj' }),
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('BUILD_TIME="wczoraj"');
  });
});
