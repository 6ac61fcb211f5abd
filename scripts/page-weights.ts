// npm run size — the weight of every built page: raw HTML, and HTML plus its CSS
// compressed with brotli (quality 11) and gzip (level 9), against the 14 KB
// budget of one TCP initial window. Run after a build. Also used by npm run bench.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { distFiles } from './dist-files.ts';

/** One TCP initial congestion window (10 × 1460 B) rounds to 14 KB: every page's HTML + CSS, brotli. */
export const BUDGET = 14 * 1024;

export interface PageWeight {
  page: string;
  raw: number;
  brotli: number;
  gzip: number;
}

export function pageWeights(dist: string): PageWeight[] {
  return distFiles(dist, ['pagefind'])
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dist, f))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!), 'utf8')).join('');
      const body = Buffer.from(html + css);
      return {
        page: `/${relative(dist, file).replace(/index\.html$/, '')}`,
        raw: body.length,
        brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        gzip: gzipSync(body, { level: 9 }).length,
      };
    });
}

export const kb = (n: number) => (n / 1024).toFixed(1);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const rows = pageWeights(dist);
  console.log(`${'page'.padEnd(62)} ${'raw KB'.padStart(6)} ${'br KB'.padStart(6)} ${'gz KB'.padStart(6)}`);
  for (const r of rows) {
    const over = r.brotli > BUDGET ? '  OVER BUDGET' : '';
    console.log(`${r.page.padEnd(62)} ${kb(r.raw).padStart(6)} ${kb(r.brotli).padStart(6)} ${kb(r.gzip).padStart(6)}${over}`);
  }
  const sorted = rows.map((r) => r.brotli).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(`\n${rows.length} pages; brotli min ${kb(sorted[0] ?? 0)} KB, median ${kb(median)} KB, max ${kb(sorted.at(-1) ?? 0)} KB; budget ${BUDGET / 1024} KB`);
  process.exitCode = rows.some((r) => r.brotli > BUDGET) ? 1 : 0;
}
