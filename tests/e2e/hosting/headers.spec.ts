import { expect, test } from '@playwright/test';
import { cacheRules } from '../../../src/lib/hosting/index.ts';
import { distFiles } from '../../../scripts/dist-files.ts';
import { distDir } from '../site';

/** Response headers of the shipped nginx configuration (deploy/nginx.conf). */

const security = {
  'strict-transport-security': /^max-age=\d{8,}; includeSubDomains$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
};

function cspDirectives(header: string | undefined): Map<string, string[]> {
  return new Map((header ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

test('HTML pages: strict CSP, security headers, revalidated caching', async ({ request }) => {
  for (const path of ['/', '/en/', '/wydarzenia/', '/en/international-cooperation/icorn/']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    for (const [name, pattern] of Object.entries(security)) expect(headers[name], `${path} ${name}`).toMatch(pattern);
    const csp = cspDirectives(headers['content-security-policy']);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['cache-control']).toBe('no-cache');
    expect(headers['set-cookie']).toBeUndefined();
  }
});

test('every caching rule of the policy, on a real file of the build', async ({ request }) => {
  const files = distFiles(distDir);
  for (const [index, rule] of cacheRules.entries()) {
    // A file this rule decides: it matches, and no earlier rule does (nginx: first match wins).
    const earlier = cacheRules.slice(0, index).map((r) => new RegExp(r.pattern));
    const path = files.find((f) => new RegExp(rule.pattern).test(f) && !earlier.some((e) => e.test(f)));
    expect(path, `a built file for "${rule.what}"`).toBeDefined();
    const response = await request.get(path!);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(rule.value);
  }
  expect((await request.get('/favicon.svg')).headers()['content-type']).toBe('image/svg+xml');
});

test('the 404 page comes with status 404, in the right language, with the same headers', async ({ request }) => {
  const pl = await request.get('/nie-ma-takiej-strony/');
  expect(pl.status()).toBe(404);
  expect(await pl.text()).toContain('<html lang="pl"');
  expect(pl.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const en = await request.get('/en/no-such-page/');
  expect(en.status()).toBe(404);
  expect(await en.text()).toContain('<html lang="en"');
});

test('the other hosts’ header and redirect files, and nginx’s redirect file, are not served', async ({ request }) => {
  for (const path of ['/_headers', '/_redirects', '/_redirects.nginx']) expect((await request.get(path)).status(), path).toBe(404);
});

test('an old address of the office’s former site leads to its new page with a permanent redirect', async ({ request }) => {
  // content/events/pl/empathic-cities-forum-2023.mdx: oldAddresses
  const old = '/rowne_traktowanie/270649,artykul,forum_miast_empatycznych.html';
  const response = await request.get(old, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/wydarzenia/forum-miast-empatycznych-2023/');
  const followed = await request.get(old);
  expect(followed.url()).toMatch(/\/wydarzenia\/forum-miast-empatycznych-2023\/$/);
  expect(await followed.text()).toMatch(/<h1[^>]*>Międzynarodowe Forum Miast Empatycznych<\/h1>/);
});

test('a directory address without its slash is redirected on the same host', async ({ request }) => {
  const response = await request.get('/wydarzenia', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/wydarzenia/');
});

test('content types: calendars, feeds, sitemap, robots.txt', async ({ request }) => {
  const types: Array<[string, string, string]> = [
    ['/wydarzenia.ics', 'text/calendar; charset=utf-8', 'public, max-age=3600'],
    ['/en/events/empathic-cities-forum-2023.ics', 'text/calendar; charset=utf-8', 'public, max-age=3600'],
    ['/wydarzenia/rss.xml', 'application/rss+xml; charset=utf-8', 'public, max-age=3600'],
    ['/sitemap-index.xml', 'application/xml; charset=utf-8', 'public, max-age=3600'],
    ['/robots.txt', 'text/plain; charset=utf-8', 'no-cache'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
  ];
  for (const [path, type, cache] of types) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
    expect(response.headers()['cache-control'], path).toBe(cache);
  }
});

test('compression: brotli when asked for, gzip otherwise', async ({ request }) => {
  const br = await request.get('/', { headers: { 'Accept-Encoding': 'br' } });
  expect(br.headers()['content-encoding']).toBe('br');
  const gz = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  expect(br.headers()['vary']).toContain('Accept-Encoding');
});
