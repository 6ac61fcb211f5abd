import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildWithContent } from '../helpers/build';
import { projectRoot } from '../helpers/content';

/** The site has no pictures yet; a fixture page with one proves how they will ship. */
const scratch = mkdtempSync(join(tmpdir(), 'images-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('a picture ships through astro:assets: width, height, modern format, several sizes, its alt text', () => {
  const { status, output, dist } = buildWithContent(scratch, [{ from: join(projectRoot, 'tests/fixtures/with-image') }]);
  expect(status, output).toBe(0);
  const html = readFileSync(join(dist, 'wspolpraca-miedzynarodowa/femcities/index.html'), 'utf8');
  const img = /<img\b[^>]*>/.exec(html)?.[0] ?? '';
  expect(img).toMatch(/\balt="Niebieski prostokąt: obrazek próbny"/);
  expect(img).toMatch(/\bwidth="\d+"/);
  expect(img).toMatch(/\bheight="\d+"/);
  expect(img).toMatch(/\bsrc="\/_astro\/[^"]+\.webp"/);
  expect(img).toMatch(/\bsrcset="[^"]*320w[^"]*640w[^"]*960w"/);
  expect(img).toMatch(/\bloading="lazy"/);
  const files = readdirSync(join(dist, '_astro'));
  expect(files.filter((f) => f.endsWith('.webp')).length).toBeGreaterThanOrEqual(3);
  expect(files.filter((f) => f.endsWith('.png'))).toEqual([]);
}, 120_000);
