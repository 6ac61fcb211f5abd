import { expect, test } from '@playwright/test';
import { notFoundPaths, sitemapPaths } from './site';

test('no link on the site leads to a missing page or anchor', async ({ page, request }) => {
  const targets = new Map<string, string>(); // target → first page linking to it
  for (const path of [...sitemapPaths(), ...notFoundPaths]) {
    await page.goto(path);
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) {
        expect(url.protocol, `${href} on ${path}`).toBe('https:');
        continue;
      }
      if (!targets.has(url.pathname + url.hash)) targets.set(url.pathname + url.hash, path);
    }
  }
  expect(targets.size).toBeGreaterThan(10);
  const checkedPages = new Map<string, string>();
  for (const [target, from] of targets) {
    const [pathname, hash] = target.split('#') as [string, string | undefined];
    if (!checkedPages.has(pathname)) {
      const response = await request.get(pathname, { maxRedirects: 0 });
      expect(response.status(), `${pathname} (linked from ${from})`).toBe(200);
      checkedPages.set(pathname, await response.text());
    }
    if (hash) expect(checkedPages.get(pathname), `#${hash} on ${pathname} (linked from ${from})`).toMatch(new RegExp(`id="${hash}"`));
  }
});
