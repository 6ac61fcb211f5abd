#!/usr/bin/env node
// Benchmark of the search page against the built site: `npm run build`, then
// `npm run bench:search`. Builds nothing itself. For a few Polish and English
// queries, in headless Chromium, it prints
//   - the bytes transferred from opening /szukaj/?q=… until the first results
//     show (fresh browser context, so nothing is cached), raw and as brotli
//     (quality 11, what a host serving pre-compressed files sends): the local
//     server here does not compress, so each response body is compressed here;
//   - cold time: from navigation start to results on screen;
//   - warm time: on a page that has searched already, from submitting the query
//     to its results on screen; each run follows another query, so the results
//     are rendered anew. The median of WARM_RUNS runs, and the slowest of them:
//     this machine is shared, and one sample can catch another process's work.
// Budgets (issue 3): at most 150 KB compressed to first results; warm < 50 ms.
// Then it runs the resident query set (scripts/search-quality.mjs) and prints
// top-1, top-3 recall, zero-result and false-result rates per category.
// A benchmark, not a test: timings vary with the machine. Exit code 1 when over budget.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveStatic } from './static-server.mjs';
import { report, runQueries } from './search-quality.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
const BYTES_BUDGET = 150 * 1024;
const WARM_BUDGET_MS = 50;
const WARM_RUNS = 7;
const QUERIES = [
  { path: '/szukaj/', q: 'równość' },
  { path: '/szukaj/', q: 'rownosc' },
  { path: '/szukaj/', q: 'uchodźcy' },
  { path: '/szukaj/', q: 'wspolpraca' },
  // Queries that find nothing as typed: the word list and a file of forms load too.
  { path: '/szukaj/', q: 'femcitis' },
  { path: '/szukaj/', q: 'międzykulturowa integracja' },
  { path: '/en/search/', q: 'refugee writers' },
  { path: '/en/search/', q: 'ICORN' },
];

if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error('No built site with a search index in dist/: run `npm run build` first.');
  process.exit(2);
}

const server = await serveStatic(dist);
const { origin } = server;

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const resultsShown = (q) => `site-search[data-results-for="${q.replaceAll('"', '\\"')}"]`;

/** Opens the search page with ?q= in a fresh context; returns bytes and time to results. */
async function cold({ path, q }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (response) => bodies.push(response.body().then((body) => ({ url: response.url(), body }), () => undefined)));
  await page.goto(`${origin}${path}?q=${encodeURIComponent(q)}`);
  await page.waitForSelector(resultsShown(q));
  const ms = await page.evaluate(() => performance.now());
  const count = await page.locator('.results li').count();
  const fetched = (await Promise.all(bodies)).filter(Boolean);
  const raw = fetched.reduce((sum, r) => sum + r.body.length, 0);
  const compressed = fetched.reduce((sum, r) => sum + brotli(r.body), 0);
  const pagefind = fetched.filter((r) => new URL(r.url).pathname.startsWith('/pagefind/'));
  return { page, context, ms, count, raw, compressed, requests: fetched.length, pagefindCompressed: pagefind.reduce((s, r) => s + brotli(r.body), 0) };
}

/** Submits a query on a page that has already searched; returns ms until its results show. */
async function warm(page, q) {
  return page.evaluate(
    ({ q, selector }) =>
      new Promise((resolve) => {
        const element = document.querySelector('site-search');
        const form = element.querySelector('form');
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(element, { attributes: true, attributeFilter: ['data-results-for'] });
        delete element.dataset.resultsFor;
        form.elements.namedItem('q').value = q;
        const start = performance.now();
        form.requestSubmit();
      }),
    { q, selector: resultsShown(q) },
  );
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
for (const query of QUERIES) {
  const first = await cold(query);
  const other = QUERIES.find((q) => q.path === query.path && q.q !== query.q);
  const runs = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    await warm(first.page, other.q);
    runs.push(await warm(first.page, query.q));
  }
  await first.context.close();
  runs.sort((a, b) => a - b);
  rows.push({ ...query, ...first, warmMedian: runs[Math.floor(runs.length / 2)], warmMax: runs.at(-1) });
}
const quality = report(await runQueries(browser, origin));
await browser.close();
await server.close();

console.log(`Search benchmark: ${origin} serving dist/, Chromium headless; sizes are brotli (q11) of each response body.\n`);
console.log(`${'query'.padEnd(30)} ${'results'.padStart(7)} ${'requests'.padStart(8)} ${'raw'.padStart(9)} ${'brotli'.padStart(9)} ${'of which pagefind'.padStart(17)} ${'cold'.padStart(8)} ${'warm'.padStart(8)} ${'slowest'.padStart(8)}`);
for (const r of rows) {
  console.log(
    `${`${r.path} ${r.q}`.padEnd(30)} ${String(r.count).padStart(7)} ${String(r.requests).padStart(8)} ${kb(r.raw).padStart(9)} ${kb(r.compressed).padStart(9)} ${kb(r.pagefindCompressed).padStart(17)} ${`${r.ms.toFixed(0)} ms`.padStart(8)} ${`${r.warmMedian.toFixed(1)} ms`.padStart(8)} ${`${r.warmMax.toFixed(1)} ms`.padStart(8)}`,
  );
}
const maxBytes = Math.max(...rows.map((r) => r.compressed));
const maxWarm = Math.max(...rows.map((r) => r.warmMedian));
const bytesOk = maxBytes <= BYTES_BUDGET;
const warmOk = maxWarm < WARM_BUDGET_MS;
console.log(`\nTo first results: at most ${kb(maxBytes)} brotli (budget ${kb(BYTES_BUDGET)}): ${bytesOk ? 'within budget' : 'OVER BUDGET'}`);
console.log(`Warm query, median of ${WARM_RUNS}: at most ${maxWarm.toFixed(1)} ms (budget < ${WARM_BUDGET_MS} ms): ${warmOk ? 'within budget' : 'OVER BUDGET'}`);
console.log(`\nResident queries (tests/search-quality/queries.json), through the search page:\n\n${quality.text}`);
// Reported, not yet enforced: issue 12 sets the bar (top-1 ≥ 95%, zero results ≤ 3%, no false results).
process.exitCode = bytesOk && warmOk ? 0 : 1;
