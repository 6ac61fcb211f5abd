import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWithOverlays } from '../helpers/build';
import { astroEnv, projectRoot } from '../helpers/content';

/**
 * BUILD_TIME moves the build's "now": the real site built a minute before and
 * a minute after midnight (Warsaw) at the end of the Forum's last day, 16 May
 * 2023, files the Forum under upcoming, then under past — and a past event is a
 * record: its registration link goes and its text is introduced as the
 * invitation published on the day it was announced. (The Forum is given a
 * registration link here; the real one pointed at the old site's article.)
 */
const scratch = mkdtempSync(join(tmpdir(), 'build-time-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const registration = 'https://example.org/rejestracja-na-forum';
const content = contentWithOverlays(join(scratch, 'site'), []);
for (const lang of ['pl', 'en']) {
  const file = join(content, `events/${lang}/empathic-cities-forum-2023.mdx`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^announced: /m, `registration:\n  url: "${registration}"\n  closes: 2023-05-16\nannounced: `));
}

function buildAt(instant: string) {
  const outDir = join(scratch, instant.replace(/:/g, ''));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: astroEnv({ BUILD_TIME: instant, CONTENT_DIR: content }),
    encoding: 'utf8',
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const read = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
  const index = read('wydarzenia');
  const pastAt = index.indexOf('Minione wydarzenia');
  const forumAt = index.indexOf('href="/wydarzenia/forum-miast-empatycznych-2023/"');
  expect(pastAt).toBeGreaterThan(0);
  expect(forumAt).toBeGreaterThan(0);
  const forum = read('wydarzenia/forum-miast-empatycznych-2023');
  return {
    listedAsPast: forumAt > pastAt,
    pageSaysPast: forum.includes('To wydarzenie już się odbyło.'),
    registration: forum.includes(registration),
    asPublished: forum.includes('Poniżej zaproszenie w brzmieniu z dnia ogłoszenia: 26 kwietnia 2023.'),
  };
}

describe('the build’s clock', () => {
  it('a minute before midnight in Warsaw on 16 May 2023: the Forum is upcoming', () => {
    expect(buildAt('2023-05-16T21:59:00Z')).toEqual({ listedAsPast: false, pageSaysPast: false, registration: true, asPublished: false });
  });

  it('a minute after: the Forum is past, on the list and on its page, a record without its registration call', () => {
    expect(buildAt('2023-05-16T22:01:00Z')).toEqual({ listedAsPast: true, pageSaysPast: true, registration: false, asPublished: true });
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
