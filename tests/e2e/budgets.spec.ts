import { brotliCompressSync, constants } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtHtml, distDir, notFoundPaths, sitemapPaths } from './site';

/** One TCP initial congestion window (10 × 1460 B) rounds to 14 KB. */
const BUDGET = 14 * 1024;

const brotli = (text: string) =>
  brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

for (const path of [...sitemapPaths(), ...notFoundPaths]) {
  test(`${path}: no JavaScript, HTML + CSS within 14 KB brotli`, () => {
    const html = builtHtml(path);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => !/type="application\/ld\+json"/.test(m[1] ?? ''));
    expect(scripts.map((m) => m[0])).toEqual([]);
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(distDir, m[1]!), 'utf8'));
    const size = brotli(html + css.join(''));
    expect(size, `${path} is ${size} B brotli`).toBeLessThanOrEqual(BUDGET);
  });
}

test('no web fonts: system fonts only', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  const files = walk(distDir);
  expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
  for (const file of files.filter((f) => /\.(html|css)$/.test(f))) expect(readFileSync(file, 'utf8'), file).not.toContain('@font-face');
});
