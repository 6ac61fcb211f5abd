#!/usr/bin/env node
// Prints the weight of every built page: raw HTML, and HTML plus its CSS
// compressed with brotli (quality 11) and gzip (level 9), against the 14 KB
// budget of one TCP initial window. Run after a build: `npm run size`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const BUDGET = 14 * 1024;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const rows = htmlFiles(dist)
  .sort()
  .map((file) => {
    const html = readFileSync(file, 'utf8');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
      .map((m) => readFileSync(join(dist, m[1]), 'utf8'))
      .join('');
    const body = Buffer.from(html + css);
    return {
      page: '/' + relative(dist, file).replace(/index\.html$/, ''),
      raw: body.length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      gzip: gzipSync(body, { level: 9 }).length,
    };
  });

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
console.log(`${'page'.padEnd(62)} ${'raw KB'.padStart(6)} ${'br KB'.padStart(6)} ${'gz KB'.padStart(6)}`);
for (const r of rows) console.log(`${r.page.padEnd(62)} ${kb(r.raw)} ${kb(r.brotli)} ${kb(r.gzip)}${r.brotli > BUDGET ? '  OVER BUDGET' : ''}`);
const sorted = rows.map((r) => r.brotli).sort((a, b) => a - b);
console.log(`\n${rows.length} pages; brotli min ${kb(sorted[0])} KB, median ${kb(sorted[Math.floor(sorted.length / 2)])} KB, max ${kb(sorted.at(-1))} KB; budget ${BUDGET / 1024} KB`);
process.exitCode = rows.some((r) => r.brotli > BUDGET) ? 1 : 0;
