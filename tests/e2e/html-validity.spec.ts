import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distFiles } from '../../scripts/dist-files.ts';
import { cspFalsePositive, validate } from './nu-checker';
import { distDir } from './site';

test('the checker itself reports a broken page and a page with only a warning (so a pass means something)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'vnu-'));
  const broken = join(folder, 'broken.html');
  writeFileSync(broken, '<!doctype html><html lang="pl"><title>x</title><p><div>nested wrongly</p></html>');
  expect(validate([broken]).filter((m) => m.type === 'error').length).toBeGreaterThan(0);
  // Valid HTML with one warning: a <section> without a heading. vnu exits 0 here.
  const warned = join(folder, 'warned.html');
  writeFileSync(warned, '<!doctype html><html lang="pl"><title>x</title><section><p>bez nagłówka</p></section></html>');
  const messages = validate([warned]);
  expect(messages.filter((m) => m.type === 'error')).toEqual([]);
  expect(messages.filter((m) => m.type === 'info' && m.subType === 'warning').length).toBeGreaterThan(0);
  // A style the page's CSP does not allow by hash is still a warning: only verified ones are set aside.
  const unhashed = join(folder, 'unhashed.html');
  writeFileSync(unhashed, `<!doctype html><html lang="pl"><head><meta http-equiv="content-security-policy" content="style-src 'self' 'sha256-${'A'.repeat(43)}='"><title>x</title><style>p{color:red}</style></head><body><p>x</p></body></html>`);
  const cspWarnings = validate([unhashed]).filter((m) => /Content Security Policy/.test(m.message));
  expect(cspWarnings.length).toBe(1);
  expect(cspWarnings.filter((m) => !cspFalsePositive(m))).toHaveLength(1);
});

test('the W3C Nu HTML Checker finds no errors and no warnings on any built page', () => {
  const files = distFiles(distDir, ['pagefind']).filter((f) => f.endsWith('.html')).map((f) => join(distDir, f));
  expect(files.length).toBeGreaterThan(15);
  const messages = validate(files);
  const errors = messages.filter((m) => m.type !== 'info');
  const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning' && !cspFalsePositive(m));
  console.log(`Nu HTML Checker: ${files.length} pages, ${errors.length} errors, ${warnings.length} warnings`);
  expect(errors.map((m) => `${m.url.replace(/^file:.*\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
  expect(warnings.map((m) => `${m.url.replace(/^file:.*\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
});
