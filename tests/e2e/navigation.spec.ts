import { expect, test } from '@playwright/test';
import { expectedLang, sitemapPaths } from './site';

const paths = sitemapPaths();

for (const path of paths) {
  test(`language link on ${path} lands on its counterpart and back`, async ({ page }) => {
    await page.goto(path);
    const other = expectedLang(path) === 'pl' ? 'en' : 'pl';
    const languageNav = page.getByRole('navigation', { name: expectedLang(path) === 'pl' ? 'Wybór języka' : 'Language' });
    await languageNav.locator(`a[hreflang="${other}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    const back = await page.locator(`.language-nav a[hreflang="${expectedLang(path)}"]`).getAttribute('href');
    expect(back).toBe(path);
  });
}

test('the main navigation marks the current page and section', async ({ page }) => {
  await page.goto('/wydarzenia/');
  await expect(page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Wydarzenia' })).toHaveAttribute('aria-current', 'page');
  await page.goto('/en/international-cooperation/icorn/');
  const nav = page.getByRole('navigation', { name: 'Main menu' });
  await expect(nav.getByRole('link', { name: 'International cooperation' })).toHaveAttribute('aria-current', 'true');
  await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current', /.*/);
});

test('breadcrumbs lead from home to the current page', async ({ page }) => {
  await page.goto('/wspolpraca-miedzynarodowa/icorn/');
  const crumbs = page.getByRole('navigation', { name: 'Ścieżka nawigacji' });
  await expect(crumbs.getByRole('link')).toHaveText(['Strona główna', 'Współpraca międzynarodowa']);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(/ICORN/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('pages, menus and the language link all work', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Współpraca międzynarodowa' }).click();
    await page.getByRole('link', { name: /Femcities/ }).first().click();
    await expect(page).toHaveURL(/\/wspolpraca-miedzynarodowa\/femcities\/$/);
    await page.locator('.language-nav a[hreflang="en"]').click();
    await expect(page).toHaveURL(/\/en\/international-cooperation\/femcities\/$/);
    await expect(page.locator('h1')).toHaveText('Femcities Network');
  });
});

test('on a host that redirects nothing, an old address still leads to its new page (the fallback page)', async ({ page }) => {
  // The Playwright static server knows neither nginx's redirects nor _redirects.
  await page.goto('/rowne_traktowanie/270649,artykul,forum_miast_empatycznych.html');
  await page.waitForURL(/\/wydarzenia\/forum-miast-empatycznych-2023\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Międzynarodowe Forum Miast Empatycznych');
});
