import { expect, test } from '@playwright/test';
import { expectedLang, notFoundPaths, sitemapPaths } from './site';
import { decodeEntities } from '../helpers/html';

const paths = sitemapPaths();

test('the sitemap lists every page in both languages', () => {
  expect(paths.filter((p) => expectedLang(p) === 'pl').length).toBeGreaterThanOrEqual(7);
  expect(paths.filter((p) => expectedLang(p) === 'en').length).toBe(paths.filter((p) => expectedLang(p) === 'pl').length);
});

for (const path of [...paths, ...notFoundPaths]) {
  test(`${path} answers with its language, title and one h1`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', expectedLang(path));
    const h1 = page.locator('h1');
    await expect(h1).toHaveCount(1);
    const heading = (await h1.innerText()).trim();
    expect(heading.length).toBeGreaterThan(0);
    expect(await page.title()).toContain(heading);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^[\s\S]{20,160}$/);
  });
}

test('titles fit a search result (at most 70 characters) and never name Kraków twice', async ({ request }) => {
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const title = decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
    expect(title.length, `${path}: ${title}`).toBeLessThanOrEqual(70);
    expect(title.match(/Krak[oó]w/gi)?.length ?? 0, `${path}: ${title}`).toBeLessThanOrEqual(1);
  }
});

test('titles and descriptions are unique across the site', async ({ request }) => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(titles.get(title), `title of ${path}`).toBeUndefined();
    expect(descriptions.get(description), `description of ${path}`).toBeUndefined();
    titles.set(title, path);
    descriptions.set(description, path);
  }
});

test('canonical URLs are absolute and hreflang links are reciprocal', async ({ request }) => {
  const alternatesOf = new Map<string, Map<string, string>>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical, path).toBeDefined();
    expect(new URL(canonical!).pathname).toBe(path);
    expect(canonical).toMatch(/^https:\/\//);
    const links = new Map([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(m[2]!).pathname]));
    alternatesOf.set(path, links);
  }
  for (const [path, links] of alternatesOf) {
    expect([...links.keys()].sort(), path).toEqual(['en', 'pl', 'x-default']);
    expect(links.get(expectedLang(path)), `${path} lists itself`).toBe(path);
    expect(links.get('x-default')).toBe(links.get('pl'));
    for (const [lang, target] of links) {
      if (lang === 'x-default') continue;
      expect(alternatesOf.get(target)?.get(expectedLang(path)), `${target} links back to ${path}`).toBe(path);
    }
  }
});

test('an unknown address gets the 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/nie-ma-takiej-strony/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Nie znaleziono strony');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('robots.txt names the sitemap', async ({ request }) => {
  const body = await (await request.get('/robots.txt')).text();
  expect(body).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
});

test('the sitemap carries hreflang alternates between translated slugs', async ({ request }) => {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  const entry = /<url><loc>[^<]*\/wspolpraca-miedzynarodowa\/femcities\/<\/loc>(.*?)<\/url>/.exec(xml)?.[1] ?? '';
  expect(entry).toContain('hreflang="en" href="https://rownosc.krakow.pl/en/international-cooperation/femcities/"');
  expect(xml).not.toContain('/404');
});

test('every sitemap entry carries the page’s last change as lastmod', async ({ request }) => {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  const entries = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]!);
  expect(entries.length).toBe(paths.length);
  for (const entry of entries) expect(entry, entry).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T00:00:00\.000Z<\/lastmod>/);
  const html = await (await request.get('/wspolpraca-miedzynarodowa/icorn/')).text();
  const modified = /<meta name="dcterms\.modified" content="([^"]+)"/.exec(html)?.[1];
  expect(xml).toMatch(new RegExp(`<loc>[^<]*/wspolpraca-miedzynarodowa/icorn/</loc>.*?<lastmod>${modified}T`));
});

test('the site name reads as two parts without CSS (text browsers, reader modes, copy and paste)', async ({ request }) => {
  for (const [path, expected] of [
    ['/', 'Miasto Kraków: Kraków – Równe Traktowanie'],
    ['/en/', 'City of Kraków: Kraków – Equal Treatment'],
  ] as const) {
    const html = await (await request.get(path)).text();
    const link = /<a class="site-name"[^>]*>([\s\S]*?)<\/a>/.exec(html)?.[1] ?? '';
    expect(decodeEntities(link.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim(), path).toBe(expected);
  }
});

for (const [path, line, file] of [
  ['/tekst-latwy-do-czytania/', 'Sieć miast to grupa miast, które ze sobą współpracują.', '/tekst-latwy-do-czytania.txt'],
  ['/en/easy-read/', 'A city network is a group of cities that work together.', '/en/easy-read.txt'],
] as const) {
  test(`${path}: one sentence a line, and the same text as a plain text file`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    expect(html).toContain(`${line}<br>`);
    await page.goto(path);
    await expect(page.getByRole('link', { name: /TXT/ })).toHaveAttribute('href', file);
    const text = await (await request.get(file)).text();
    expect(text).toContain(`${line}\n`);
    const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
    const headings = [...main.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => decodeEntities(m[1]!.replace(/<[^>]+>/g, '')));
    expect(headings.length).toBeGreaterThan(2);
    for (const heading of headings) {
      expect(text, heading).toContain(`${heading}\n`);
    }
    expect(text).not.toMatch(/<[a-z]/);
  });
}

test('other pages join a paragraph’s lines as usual', async ({ request }) => {
  expect(await (await request.get('/wspolpraca-miedzynarodowa/')).text()).not.toMatch(/<p>[^<]*<br>/);
});

test('with no contact detail confirmed by the office, no page shows a contact block or a "no data" text', async ({ request }) => {
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain('<address');
    expect(/<footer[\s\S]*<\/footer>/.exec(html)?.[0], path).not.toMatch(/brak danych|no details/i);
  }
});
