import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWithContent } from '../helpers/build';
import { projectRoot } from '../helpers/content';

/**
 * Every editor mistake in tests/fixtures/bad-content/ must stop a real build
 * with a message that names the file and the field.
 */
const fixtures = join(projectRoot, 'tests/fixtures/bad-content');
const scratch = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const buildWith = (fixture: string) => buildWithContent(join(scratch, fixture), [{ from: join(fixtures, fixture) }]);

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
