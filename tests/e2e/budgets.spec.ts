import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUDGET, pageWeights } from '../../scripts/page-weights.ts';
import { distFiles } from '../../scripts/dist-files.ts';
import { builtHtml, distDir, notFoundPaths, searchPaths, sitemapPaths } from './site';

/** HTML + CSS of every page, brotli, as `npm run size` weighs it. */
const weights = new Map(pageWeights(distDir).map((w) => [w.page, w.brotli]));

const isSearchPage = (path: string) => searchPaths.includes(path);
const contentPaths = () => [...sitemapPaths(), ...notFoundPaths].filter((path) => !isSearchPage(path));

test('the search pages are in the sitemap, so the checks below cover them', () => {
  expect(sitemapPaths()).toEqual(expect.arrayContaining([...searchPaths]));
});

for (const path of [...sitemapPaths(), ...notFoundPaths]) {
  test(`${path}: ${isSearchPage(path) ? 'only the search script' : 'no JavaScript'}, HTML + CSS within 14 KB brotli`, () => {
    const html = builtHtml(path);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => !/type="application\/ld\+json"/.test(m[1] ?? ''));
    // The search page is the one page allowed a script: its own module, which
    // loads Pagefind. Astro inlines it while it is small, links it once it grows.
    if (isSearchPage(path)) expect(scripts.map((m) => m[0])).toEqual([expect.stringMatching(/^<script type="module"( src="\/_astro\/[^"]+\.js")?>$/)]);
    else expect(scripts.map((m) => m[0])).toEqual([]);
    const size = weights.get(path);
    expect(size, `${path} is weighed`).toBeDefined();
    expect(size!, `${path} is ${size} B brotli`).toBeLessThanOrEqual(BUDGET);
  });
}

test('no web fonts: system fonts only', () => {
  const files = distFiles(distDir).map((f) => join(distDir, f));
  expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
  for (const file of files.filter((f) => /\.(html|css)$/.test(f))) expect(readFileSync(file, 'utf8'), file).not.toContain('@font-face');
});

test('content pages load no script and nothing of the search index', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || new URL(request.url()).pathname.startsWith('/pagefind/')) loaded.push(request.url());
  });
  for (const path of contentPaths()) {
    await page.goto(path);
    await page.locator('#header-search').focus();
    expect(loaded, path).toEqual([]);
  }
});

test('the search page loads the search index only once someone searches', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefind.push(new URL(request.url()).pathname);
  });
  await page.goto(searchPaths[0]!);
  await expect(page.locator('site-search form')).toBeVisible();
  expect(pagefind).toEqual([]);
  await page.getByLabel('Czego szukasz?').focus();
  await expect.poll(() => pagefind).toContain('/pagefind/pagefind.js');
});
