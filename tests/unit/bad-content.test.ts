import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDir, projectRoot } from '../helpers/content';

/**
 * Every editor mistake in tests/fixtures/bad-content/ must stop a real build
 * with a message that names the file and the field. Builds run one after the
 * other: they share the project's .astro/ folder.
 */
const fixtures = join(projectRoot, 'tests/fixtures/bad-content');
const scratch = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function buildWith(fixture: string): { status: number | null; output: string } {
  const content = join(scratch, fixture, 'content');
  cpSync(contentDir, content, { recursive: true });
  cpSync(join(fixtures, fixture), content, { recursive: true });
  const result = spawnSync('npx', ['astro', 'build', '--outDir', join(scratch, fixture, 'dist')], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: content, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a broken entry stops the build, naming file and field', () => {
  it.each([
    ['missing-title', /networks\/pl\/icorn\.mdx/, /title: brak tytułu/],
    ['malformed-date', /events\/pl\/empathic-cities-forum-2023\.mdx:\d+ — announced: "2023-02-30" nie jest prawdziwą datą/, /RRRR-MM-DD/],
    ['unknown-network', /events\/en\/empathic-cities-forum-2023\.mdx:\d+ — networks: nie ma sieci "icorm"/, /femcities, icorn, intercultural-cities/],
    ['image-without-alt', /networks\/pl\/femcities\.mdx/, /image\.alt: opisz obrazek/],
    ['duplicate-slug', /networks\/pl\/icorn\.mdx:\d+ — slug: adres \/wspolpraca-miedzynarodowa\/femcities\/ ma też .*networks\/pl\/femcities\.mdx/, /nadaj jednej ze stron inny slug/],
    ['end-before-start', /events\/pl\/empathic-cities-forum-2023\.mdx/, /end: koniec wydarzenia jest wcześniej niż jego początek/],
    ['unknown-time-zone', /events\/en\/empathic-cities-forum-2023\.mdx:8 — timeZone: nieznana strefa czasowa "Europe\/Cracow"/, /usuń to pole \(domyślnie Europe\/Warsaw\)/],
  ])('%s', (fixture, names, explains) => {
    const { status, output } = buildWith(fixture);
    expect(status, output).not.toBe(0);
    expect(output).toMatch(names);
    expect(output).toMatch(explains);
  });
});
