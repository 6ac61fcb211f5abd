import { expect, test, type Page } from '@playwright/test';

/**
 * The search page's own behaviour where the real index cannot be made to act:
 * Pagefind failing to load, a result's file failing, more than one page of
 * results, and a slow answer arriving after a newer one. A stand-in Pagefind is
 * served at /pagefind/pagefind.js; its behaviour follows the query:
 *   many → 25 results; slow → 1 result after 800 ms; broken → its data fails;
 *   anything else → 1 result at once.
 */
const standIn = `
const result = (query, i) => ({
  data: async () => {
    if (query === 'broken') throw new Error('fragment failed');
    return { url: '/wynik-' + query + '-' + i + '/', content: query, locations: [], excerpt: 'o <mark>' + query + '</mark>',
             meta: { title: 'Wynik ' + query + ' ' + i }, filters: { type: ['page'] } };
  },
});
export async function options() {}
export async function init() {}
export async function search(term) {
  if (term === 'slow') await new Promise((resolve) => setTimeout(resolve, 800));
  const count = term === 'many' ? 25 : 1;
  return { results: Array.from({ length: count }, (_, i) => result(term, i + 1)) };
}
`;

async function withStandIn(page: Page): Promise<void> {
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ contentType: 'text/javascript', body: standIn }));
}

const results = (page: Page) => page.locator('.results h2 a');
const status = (page: Page) => page.getByRole('status');

test('when Pagefind does not load, the page says search is unavailable, and the next search tries again', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.abort());
  await page.goto('/szukaj/?q=krakow');
  await expect(status(page)).toHaveText(/Wyszukiwarka jest chwilowo niedostępna/);
  await expect(results(page)).toHaveCount(0);
  await page.unroute('**/pagefind/pagefind.js');
  await withStandIn(page);
  await page.getByLabel('Czego szukasz?').fill('krakow');
  await page.getByRole('button', { name: 'Szukaj', exact: true }).last().click();
  await expect(results(page)).toHaveText(['Wynik krakow 1']);
});

test('when a result fails to arrive, no older answer stays on screen', async ({ page }) => {
  await withStandIn(page);
  await page.goto('/szukaj/?q=krakow');
  await expect(results(page)).toHaveText(['Wynik krakow 1']);
  await page.getByLabel('Czego szukasz?').fill('broken');
  await page.getByLabel('Czego szukasz?').press('Enter');
  await expect(status(page)).toHaveText(/Wyszukiwarka jest chwilowo niedostępna/);
  await expect(results(page)).toHaveCount(0);
});

test('"show more" adds the next ten, moves focus to the first of them, and goes when all are shown', async ({ page }) => {
  await withStandIn(page);
  await page.goto('/szukaj/?q=many');
  await expect(results(page)).toHaveCount(10);
  await expect(status(page)).toHaveText(/25/);
  const more = page.getByRole('button', { name: 'Pokaż więcej wyników' });
  await more.click();
  await expect(results(page)).toHaveCount(20);
  await expect(results(page).nth(10)).toBeFocused();
  await more.click();
  await expect(results(page)).toHaveCount(25);
  await expect(more).toBeHidden();
});

test('a slow answer to an older query never replaces the answer to a newer one', async ({ page }) => {
  await withStandIn(page);
  await page.goto('/szukaj/');
  const field = page.getByLabel('Czego szukasz?');
  await field.fill('slow');
  await field.press('Enter');
  await field.fill('fast');
  await field.press('Enter');
  await expect(page.locator('site-search')).toHaveAttribute('data-results-for', 'fast');
  await page.waitForTimeout(1200); // the slow answer has arrived by now
  await expect(results(page)).toHaveText(['Wynik fast 1']);
  await expect(page.locator('site-search')).toHaveAttribute('data-results-for', 'fast');
});
