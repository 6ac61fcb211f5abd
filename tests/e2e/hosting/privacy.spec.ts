import { expect, test } from '@playwright/test';
import { searchFor } from '../search-helpers';
import { notFoundPaths, sitemapPaths } from '../site';

/**
 * Behind the real nginx and its Content-Security-Policy: no page logs a CSP
 * violation, requests another origin or sets a cookie.
 */
for (const path of [...sitemapPaths(), ...notFoundPaths]) {
  test(`${path}: no CSP violation, no other origin, no cookie; an inline style the build did not write is blocked`, async ({ page, context, baseURL }) => {
    const violations: string[] = [];
    const foreign: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(path.replace(/^\/404\.html$/, '/strona-ktorej-nie-ma/').replace(/^\/en\/404\/$/, '/en/page-that-does-not-exist/'));
    expect(response?.status()).toBe(path.includes('404') ? 404 : 200);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);

    // The effective policy (the nginx header and the page's own <meta>, both
    // enforced) allows the page's hashed <style> only: an injected one is refused.
    const injected = await page.evaluate(async () => {
      const refused = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true }));
      const style = document.createElement('style');
      style.textContent = 'html { --injected: yes; }';
      document.head.append(style);
      const directive = await Promise.race([refused, new Promise<string>((r) => setTimeout(() => r('none'), 2000))]);
      return { directive, applied: getComputedStyle(document.documentElement).getPropertyValue('--injected') };
    });
    expect(injected).toEqual({ directive: 'style-src-elem', applied: '' });
  });
}

for (const [searchPage, query, expected] of [
  ['/szukaj/', 'rownosc', '/wspolpraca-miedzynarodowa/'],
  ['/en/search/', 'refugee', '/en/international-cooperation/icorn/'],
] as const) {
  test(`searching on ${searchPage} works under the CSP: Pagefind's WebAssembly runs, nothing is blocked`, async ({ page, baseURL }) => {
    const violations: string[] = [];
    const foreign: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|WebAssembly/i.test(message.text())) violations.push(message.text());
    });
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(baseURL!).origin) foreign.push(request.url());
    });
    const wasm: string[] = [];
    page.on('response', (response) => {
      if (/\/pagefind\/wasm\.\w+\.pagefind$/.test(response.url())) wasm.push(response.url());
    });
    const shown = await searchFor(page, searchPage, query);
    expect(shown.urls).toContain(expected);
    expect(wasm.length).toBe(1);
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
}
