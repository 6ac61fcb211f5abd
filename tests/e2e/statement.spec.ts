import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { expectedLang, notFoundPaths, projectRoot, sitemapPaths } from './site';

/** The accessibility statement and the easy-to-read page, as Polish law asks. */
const statement = { pl: '/deklaracja-dostepnosci/', en: '/en/accessibility-statement/' } as const;
const easyRead = { pl: '/tekst-latwy-do-czytania/', en: '/en/easy-read/' } as const;
const facts = yaml.load(readFileSync(join(projectRoot, 'content/deklaracja-dostepnosci.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<
  string,
  { value: unknown; confirmed: boolean }
>;

const ids = [
  'a11y-wstep', 'a11y-podmiot', 'a11y-url', 'a11y-data-publikacja', 'a11y-data-aktualizacja', 'a11y-status',
  'a11y-data-sporzadzenie', 'a11y-data-przeglad', 'a11y-kontakt', 'a11y-osoba', 'a11y-email', 'a11y-telefon',
  'a11y-procedura', 'a11y-architektura', 'a11y-aplikacje',
];

for (const lang of ['pl', 'en'] as const) {
  test(`${statement[lang]} carries every element the checkers look for`, async ({ page }) => {
    await page.goto(statement[lang]);
    for (const id of ids) await expect(page.locator(`#${id}`), id).toHaveCount(1);
    for (const [id, field] of [
      ['a11y-data-publikacja', 'published'],
      ['a11y-data-aktualizacja', 'updated'],
      ['a11y-data-sporzadzenie', 'prepared'],
      ['a11y-data-przeglad', 'reviewed'],
    ] as const) {
      const time = page.locator(`time#${id}`);
      await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
      await expect(time).toHaveAttribute('datetime', String(facts[field]!.value));
    }
    await expect(page.locator('#a11y-url')).toHaveAttribute('href', /^https:\/\/.+\/$/);
  });

  test(`${statement[lang]} claims only partial compliance and marks every unconfirmed fact`, async ({ page }) => {
    await page.goto(statement[lang]);
    await expect(page.locator('#a11y-status')).toContainText(lang === 'pl' ? 'częściowo zgodna' : 'partially compliant');
    const unconfirmed = Object.values(facts).filter((f) => !f.confirmed || f.value === null).length;
    const markers = await page.locator('.unconfirmed').count();
    const missing = await page.getByText(lang === 'pl' ? 'brak danych — do uzupełnienia przez urząd' : 'no details yet — to be completed by the office').count();
    expect(markers + missing).toBe(unconfirmed);
  });

  test(`${statement[lang]} names the missing Polish Sign Language film, and no page offers one`, async ({ page }) => {
    // content/urzad.yaml has no film yet (tests/integration/office.test.ts builds one that has).
    await page.goto(statement[lang]);
    await expect(page.locator('li', { hasText: lang === 'pl' ? 'w polskim języku migowym (PJM)' : 'in Polish Sign Language (PJM)' })).toHaveCount(1);
    await page.goto(easyRead[lang]);
    await expect(page.locator('#pjm, video')).toHaveCount(0);
    await expect(page.locator('footer a[href$="#pjm"]')).toHaveCount(0);
  });
}

for (const path of [...sitemapPaths(), ...notFoundPaths]) {
  test(`${path} links the statement and the easy-read page from its footer and announces the statement`, async ({ page }) => {
    await page.goto(path);
    const lang = expectedLang(path);
    const footer = page.locator('footer');
    await expect(footer.locator(`a[href="${statement[lang]}"]`)).toHaveCount(1);
    await expect(footer.locator(`a[href="${easyRead[lang]}"]`)).toHaveCount(1);
    await expect(page.locator('meta[name="deklaracja-dostępności"]')).toHaveAttribute('content', new RegExp(`^https://[^/]+${statement[lang]}$`));
  });
}
