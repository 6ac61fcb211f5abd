import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildWithContent } from '../helpers/build';
import { contentDir, projectRoot } from '../helpers/content';

/**
 * The site has no pictures yet; fixture pages prove how they will ship: a
 * frontmatter picture (tests/fixtures/with-image) and a 6000×4000 camera photo
 * in a page's body, made here (a photo-like JPEG of about 3.6 MB).
 */
const scratch = mkdtempSync(join(tmpdir(), 'images-'));
const photoPage = join(scratch, 'photo');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let dist = '';
beforeAll(async () => {
  const pages = join(photoPage, 'pages/pl');
  mkdirSync(pages, { recursive: true });
  const page = readFileSync(join(contentDir, 'pages/pl/international-cooperation.mdx'), 'utf8');
  writeFileSync(join(pages, 'international-cooperation.mdx'), `${page}\n![Kolorowy szum: zdjęcie próbne](./zdjecie.jpg)\n`);
  // Blurred noise scaled up has detail at every scale and compresses like a photo.
  const [w, h] = [1500, 1000];
  const noise = Buffer.from(Array.from({ length: w * h * 3 }, () => Math.floor(Math.random() * 256)));
  const small = await sharp(noise, { raw: { width: w, height: h, channels: 3 } }).blur(1.2).png().toBuffer();
  await sharp(small).resize(6000, 4000).jpeg({ quality: 90 }).toFile(join(pages, 'zdjecie.jpg'));

  const built = buildWithContent(scratch, [{ from: join(projectRoot, 'tests/fixtures/with-image') }, { from: photoPage }]);
  expect(built.status, built.output).toBe(0);
  dist = built.dist;
}, 180_000);

const firstImg = (path: string) => /<img\b[^>]*>/.exec(readFileSync(join(dist, path, 'index.html'), 'utf8'))?.[0] ?? '';

it('a frontmatter picture ships through astro:assets: width, height, modern format, several sizes, its alt text', () => {
  const img = firstImg('wspolpraca-miedzynarodowa/femcities');
  expect(img).toMatch(/\balt="Niebieski prostokąt: obrazek próbny"/);
  expect(img).toMatch(/\bwidth="\d+"/);
  expect(img).toMatch(/\bheight="\d+"/);
  expect(img).toMatch(/\bsrc="\/_astro\/[^"]+\.webp"/);
  expect(img).toMatch(/\bsrcset="[^"]*320w[^"]*640w[^"]*960w"/);
  expect(img).toMatch(/\bloading="lazy"/);
  const files = readdirSync(join(dist, '_astro'));
  expect(files.filter((f) => f.endsWith('.png'))).toEqual([]);
});

it('a camera photo in a body comes out in the column’s sizes, none over 600 KB, the original not published', () => {
  const img = firstImg('wspolpraca-miedzynarodowa');
  expect(img).toMatch(/\balt="Kolorowy szum: zdjęcie próbne"/);
  expect(img).toMatch(/\bsrcset="[^"]*320w, [^"]*640w, [^"]*960w, [^"]*1344w"/);
  expect(img).toMatch(/\bsizes="\(min-width: 42rem\) 42rem, 100vw"/);
  expect(img).toMatch(/\bwidth="960" height="640"/);
  const pictures = readdirSync(join(dist, '_astro')).filter((f) => /\.(webp|jpe?g|png|avif)$/.test(f));
  expect(pictures.filter((f) => f.startsWith('zdjecie'))).toHaveLength(4);
  expect(pictures.filter((f) => f.endsWith('.jpg'))).toEqual([]);
  const tooBig = pictures.filter((f) => statSync(join(dist, '_astro', f)).size > 600 * 1024);
  expect(tooBig).toEqual([]);
});
