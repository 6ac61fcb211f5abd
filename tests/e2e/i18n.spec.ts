import { expect, test } from '@playwright/test';
import { expectedLang, notFoundPaths, sitemapPaths, uiStrings } from './site';

/**
 * Guards astro-i18next's known failure (a dropped config makes `t()` return
 * its keys) and strings of the wrong language. Text inside an element that
 * declares the other language (`lang="en"` on a Polish page) is allowed.
 */
const strings = { pl: uiStrings('pl'), en: uiStrings('en') };
const keys = [...strings.pl.keys()].map((k) => k.replace(/_(one|few|many|other)$/, ''));

/** Fixed parts of the other language's strings long enough to be telling. */
function fragments(locale: 'pl' | 'en'): string[] {
  const own = new Set([...strings[locale === 'pl' ? 'en' : 'pl'].values()]);
  return [...strings[locale].values()]
    .filter((text) => !own.has(text))
    .flatMap((text) => text.split(/\{\{[^}]+\}\}/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 6);
}

for (const path of [...sitemapPaths(), ...notFoundPaths]) {
  test(`${path} shows no raw key and no UI string of the other language`, async ({ page }) => {
    await page.goto(path);
    const lang = expectedLang(path);
    const text = await page.evaluate((pageLang) => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      for (const el of clone.querySelectorAll('[lang]')) if (el.getAttribute('lang') !== pageLang && el !== clone) el.remove();
      // Code is not text: the search page's inline script says URLSearchParams.
      for (const el of clone.querySelectorAll('script, style')) el.remove();
      const attrs = [...clone.querySelectorAll('[aria-label],[title],[alt],meta[content]')].map((el) =>
        ['aria-label', 'title', 'alt', 'content'].map((a) => el.getAttribute(a) ?? '').join(' '),
      );
      return `${clone.querySelector('head title')?.textContent ?? ''}\n${clone.querySelector('body')?.innerText ?? ''}\n${attrs.join('\n')}`;
    }, lang);
    for (const key of keys) expect(text, `raw key ${key}`).not.toContain(key);
    for (const fragment of fragments(lang === 'pl' ? 'en' : 'pl')) expect(text, `"${fragment}"`).not.toContain(fragment);
  });
}
