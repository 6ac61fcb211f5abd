import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { searchFor, shownFor, word } from './search-helpers';
import { comparable } from '../../src/lib/search/index.ts';
import { builtHtml, expectedLang, searchPaths, sitemapPaths } from './site';

const [PL, EN] = ['/szukaj/', '/en/search/'];

test('the search pages are /szukaj/ and /en/search/', () => {
  expect([...searchPaths].sort()).toEqual([EN, PL].sort());
});

test('równość and rownosc find the same pages', async ({ page }) => {
  const exact = await searchFor(page, PL, 'równość');
  const folded = await searchFor(page, PL, 'rownosc');
  expect(exact.urls).toContain('/wspolpraca-miedzynarodowa/femcities/');
  expect([...folded.urls].sort()).toEqual([...exact.urls].sort());
  expect(folded.marks.map(word)).toContain('równości');
});

test('a stemmed form finds the other forms of a word', async ({ page }) => {
  const { marks } = await searchFor(page, PL, 'miasta');
  expect(marks.map(word)).toEqual(expect.arrayContaining(['miast', 'miasto']));
});

test('a word with ł is found typed with l, and shown with its ł', async ({ page }) => {
  const typed = await searchFor(page, PL, 'współpraca');
  const withoutL = await searchFor(page, PL, 'wspolpraca');
  const mixed = await searchFor(page, PL, 'WSPÓŁpraca');
  expect(typed.urls).toContain('/wspolpraca-miedzynarodowa/');
  expect([...withoutL.urls].sort()).toEqual([...typed.urls].sort());
  expect([...mixed.urls].sort()).toEqual([...typed.urls].sort());
  expect(withoutL.marks.map(word)).toContain('współpraca');
  await expect(page.locator('site-search')).not.toContainText(/[ḻḺ]/);

  const joined = await searchFor(page, PL, 'dolaczyl');
  expect(joined.urls).toContain('/wspolpraca-miedzynarodowa/miasta-miedzykulturowe/');
  expect(joined.marks.map(word)).toContain('dołączył');
});

test('a word in a title ranks above the same word in body text', async ({ page }) => {
  const { urls } = await searchFor(page, EN, 'network');
  // "Femcities Network" and "… Cities of Refuge Network"; the others say "network" in their text only.
  expect(urls.slice(0, 2).sort()).toEqual(['/en/international-cooperation/femcities/', '/en/international-cooperation/icorn/']);
  expect(urls.length).toBeGreaterThan(2);
});

test('each language searches only its own pages', async ({ page }) => {
  const english = await searchFor(page, EN, 'Kraków');
  expect(english.urls.length).toBeGreaterThan(3);
  for (const url of english.urls) expect(expectedLang(url), url).toBe('en');
  const polish = await searchFor(page, PL, 'Kraków');
  expect(polish.urls.length).toBeGreaterThan(3);
  for (const url of polish.urls) expect(expectedLang(url), url).toBe('pl');
});

/** Whether a word starting like `query` is in the part of a built page that Pagefind indexes. */
function inIndexedText(path: string, query: string): boolean {
  const main = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(builtHtml(path))?.[1] ?? '';
  const start = comparable(query).slice(0, 5);
  return main.replace(/<[^>]+>/g, ' ').split(/\s+/).some((w) => comparable(w).startsWith(start));
}

test('header, footer, the 404 page and the search page itself are not indexed', async ({ page }) => {
  // Words of the skip link, the header field, the footer, the 404 page and the search page:
  // a page may only be found by one if its own content says it.
  for (const query of ['przejdź', 'serwisie', 'skróty', 'poprawnie', 'javascriptem', 'wyszukiwarka']) {
    const { urls } = await searchFor(page, PL, query);
    for (const url of urls) {
      expect(searchPaths.includes(url) || url.includes('404'), `${query}: ${url}`).toBe(false);
      expect(inIndexedText(url, query), `${query} found ${url}, whose content does not say it`).toBe(true);
    }
  }
});

test('a query in ?q= runs on load, and the address follows what is typed', async ({ page }) => {
  const shown = await searchFor(page, EN, 'ICORN');
  await expect(page.getByLabel('What are you looking for?')).toHaveValue('ICORN');
  // The network's own page first; other pages that mention it may follow.
  expect(shown.urls[0]).toBe('/en/international-cooperation/icorn/');
  expect(shown.status).toBe(`${shown.urls.length} ${shown.urls.length === 1 ? 'result' : 'results'} for “ICORN”.`);

  await page.getByLabel('What are you looking for?').fill('refuge');
  const typed = await shownFor(page, 'refuge');
  await expect(page).toHaveURL(/\/en\/search\/\?q=refuge$/);
  expect(typed.urls).toContain('/en/international-cooperation/icorn/');
});

test('results can be narrowed to events of a year, and the address keeps the filters', async ({ page }) => {
  await searchFor(page, PL, 'Kraków');
  const year = page.getByLabel('Rok wydarzenia');
  await expect(year).toBeHidden();
  await page.getByRole('radio', { name: 'Wydarzenia' }).check();
  await expect(page).toHaveURL(/type=event/);
  await expect(page.locator('.results .kind')).toHaveText(['Wydarzenie · 2023']);
  await year.selectOption('2023');
  await expect(page).toHaveURL(/\?q=Krak%C3%B3w&type=event&year=2023$/);
  await expect(page.locator('.results h2 a')).toHaveText(['Międzynarodowe Forum Miast Empatycznych']);

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Wydarzenia' })).toBeChecked();
  await expect(year).toHaveValue('2023');
  await expect(page.locator('.results h2 a')).toHaveText(['Międzynarodowe Forum Miast Empatycznych']);
  await page.getByRole('radio', { name: 'Sieci miast' }).check();
  await expect(page.locator('.results .kind').first()).toHaveText('Sieć miast');
  await expect(year).toBeHidden();
});

test('Tab and Enter reach and open a result', async ({ page }) => {
  await searchFor(page, EN, 'refugee');
  const first = page.locator('.results h2 a').first();
  const target = await first.getAttribute('href');
  await page.getByLabel('What are you looking for?').focus();
  for (let presses = 0; presses < 10 && !(await first.evaluate((a) => a === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
});

for (const [path, query] of [
  [PL, 'Kraków'],
  [EN, 'Kraków'],
] as const) {
  test(`axe finds no violations on ${path} with results and filters shown`, async ({ page }) => {
    await searchFor(page, path, query);
    await page.locator('input[name="type"][value="event"]').check();
    await expect(page.locator('select[name="year"]')).toBeVisible();
    await expect(page.locator('.results li')).not.toHaveCount(0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the header field of any page searches the site in its language', async ({ page }) => {
  await page.goto('/en/international-cooperation/femcities/');
  await page.getByRole('search', { name: 'Search this site' }).getByRole('searchbox').fill('refuge');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=refuge$/);
  expect((await shownFor(page, 'refuge')).urls).toContain('/en/international-cooperation/icorn/');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header field still leads to the search page with the query', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('search', { name: 'Szukaj w serwisie' }).getByRole('searchbox').fill('równość');
    await page.getByRole('search', { name: 'Szukaj w serwisie' }).getByRole('button', { name: 'Szukaj' }).click();
    await expect(page).toHaveURL(/\/szukaj\/\?q=r%C3%B3wno%C5%9B%C4%87$/);
  });

  for (const path of [PL, EN]) {
    test(`${path} says search needs JavaScript and leads to a site index that lists every page of its language`, async ({ page }) => {
      await page.goto(`${path}?q=Krak%C3%B3w`);
      await expect(page.locator('site-search [data-needs-js]')).toBeVisible();
      // Not merely hidden (text browsers ignore `hidden`): the controls are not in the page at all.
      for (const control of ['form', '[role="status"]', 'ol', 'button', 'input', 'select']) {
        await expect(page.locator(`site-search ${control}`)).toHaveCount(0);
      }
      await page.locator('main a[href$="/spis-stron/"], main a[href$="/site-index/"]').click();
      const index = new URL(page.url()).pathname;
      // Every part of the index, by its own links to its parts.
      const parts = [index, ...(await page.locator('nav[aria-labelledby="site-index-parts"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))];
      const listed = new Set<string>();
      for (const part of new Set(parts)) {
        await page.goto(part);
        for (const href of await page.locator('main section a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) listed.add(href);
      }
      const expected = sitemapPaths().filter((p) => expectedLang(p) === expectedLang(path) && p !== path && !p.startsWith(index));
      expect([...listed].sort()).toEqual(expected.sort());
    });
  }
});
