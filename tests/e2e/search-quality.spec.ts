import { expect, test } from '@playwright/test';
import { report, runQueries } from '../../scripts/search-quality.mjs';
import { searchFor } from './search-helpers';

const [PL, EN] = ['/szukaj/', '/en/search/'];

/**
 * Issue 12's thresholds on the resident query set (tests/search-quality/),
 * through the real search page of the built site: the same run as
 * `npm run bench:search`, which prints the table per category.
 */
test('the resident query set: top-1 at least 95%, zero results at most 3%, no false results', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const { text, total } = report(await runQueries(browser, baseURL));
  const finding = total.finding;
  expect(finding + total.nothing).toBeGreaterThanOrEqual(80);
  expect(total.top1 / finding, text).toBeGreaterThanOrEqual(0.95);
  expect(total.zero / finding, text).toBeLessThanOrEqual(0.03);
  expect(total.falseResults, text).toBe(0);
});

test('a typo with one clearly meant word shows its results and says what was searched', async ({ page }) => {
  const { urls, status } = await searchFor(page, PL, 'femcitis');
  expect(urls[0]).toBe('/wspolpraca-miedzynarodowa/femcities/');
  expect(status).toContain('Nie znaleziono słowa „femcitis”, więc szukamy „femcities”.');
});

test('a word the site does not have is left out and named; the rest is found', async ({ page }) => {
  const { urls, status } = await searchFor(page, PL, 'Muzeum Krakowa bilety');
  expect(urls[0]).toBe('/wydarzenia/forum-miast-empatycznych-2023/');
  expect(status).toContain('Pominięto słowa, których nie ma w serwisie: „bilety”.');
  const english = await searchFor(page, EN, 'ICORN writers shelter');
  expect(english.urls[0]).toBe('/en/international-cooperation/icorn/');
});

test('words no page has together: the last is dropped and named', async ({ page }) => {
  const { urls, status } = await searchFor(page, PL, 'wolność słowa');
  expect(urls[0]).toBe('/wspolpraca-miedzynarodowa/icorn/');
  expect(status).toContain('pominięto: „słowa”');
});

test('a base form finds the page that has only other forms, and results show no glued forms', async ({ page }) => {
  const { urls, marks } = await searchFor(page, PL, 'Wiedeń');
  expect(urls[0]).toBe('/wspolpraca-miedzynarodowa/femcities/');
  expect(marks.join(' ')).toMatch(/Wiedni/);
  await expect(page.locator('site-search')).not.toContainText('~~');
  const inflected = await searchFor(page, PL, 'międzykulturowa integracja');
  expect(inflected.urls[0]).toBe('/wspolpraca-miedzynarodowa/miasta-miedzykulturowe/');
  expect(inflected.status).not.toContain('szukamy');
});

test('no prefix guess: prawnik and Karta Krakowska find nothing', async ({ page }) => {
  for (const query of ['prawnik', 'Karta Krakowska']) {
    const { urls, status } = await searchFor(page, PL, query);
    expect(urls, query).toEqual([]);
    expect(status).toContain(`Nic nie znaleziono dla zapytania „${query}”.`);
  }
});

test('several words as near are offered as links, not chosen', async ({ page }) => {
  // One letter from both "Kraków" and "krajów" on this site.
  const { urls, status } = await searchFor(page, PL, 'krayów');
  expect(urls).toEqual([]);
  expect(status).toContain('Czy chodziło Ci o: kraków, krajów?');
  await page.getByRole('status').getByRole('link', { name: 'kraków' }).click();
  const chosen = await searchFor(page, PL, 'kraków');
  expect(chosen.urls.length).toBeGreaterThan(0);
});
