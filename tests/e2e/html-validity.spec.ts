import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distFiles } from '../../scripts/dist-files.ts';
import { distDir, projectRoot } from './site';

/** The W3C Nu HTML Checker (vnu-jar, run on the machine's Java) over every built page. */
const vnu = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface Message {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning';
  url: string;
  lastLine?: number;
  message: string;
}

function validate(files: string[]): Message[] {
  // vnu writes its JSON report to stderr, and exits non-zero only for errors:
  // read the report whatever the exit code, so warnings are seen too.
  const run = spawnSync('java', ['-jar', vnu, '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (!run.stderr.trim().startsWith('{')) throw new Error(`the Nu checker gave no report (exit ${run.status}): ${run.stderr}${run.stdout}`);
  return (JSON.parse(run.stderr) as { messages: Message[] }).messages;
}

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
});

test('the W3C Nu HTML Checker finds no errors and no warnings on any built page', () => {
  const files = distFiles(distDir, ['pagefind']).filter((f) => f.endsWith('.html')).map((f) => join(distDir, f));
  expect(files.length).toBeGreaterThan(15);
  const messages = validate(files);
  const errors = messages.filter((m) => m.type !== 'info');
  const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
  console.log(`Nu HTML Checker: ${files.length} pages, ${errors.length} errors, ${warnings.length} warnings`);
  expect(errors.map((m) => `${m.url.replace(/^file:.*\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
  expect(warnings.map((m) => `${m.url.replace(/^file:.*\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
});
