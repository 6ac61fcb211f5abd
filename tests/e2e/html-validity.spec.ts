import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
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
  // vnu exits non-zero when it finds errors; the JSON report is what we read.
  let output = '';
  try {
    execFileSync('java', ['-jar', vnu, '--format', 'json', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    output = String((error as { stderr?: string }).stderr ?? '');
  }
  if (!output) {
    output = execFileSync('java', ['-jar', vnu, '--format', 'json', '--exit-zero-always', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    output ||= '{"messages":[]}';
  }
  return (JSON.parse(output) as { messages: Message[] }).messages;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

test('the checker itself reports a broken page (so a pass means something)', () => {
  const broken = join(mkdtempSync(join(tmpdir(), 'vnu-')), 'broken.html');
  writeFileSync(broken, '<!doctype html><html lang="pl"><title>x</title><p><div>nested wrongly</p></html>');
  expect(validate([broken]).filter((m) => m.type === 'error').length).toBeGreaterThan(0);
});

test('the W3C Nu HTML Checker finds no errors on any built page', () => {
  const files = htmlFiles(distDir);
  expect(files.length).toBeGreaterThan(15);
  const messages = validate(files);
  const errors = messages.filter((m) => m.type !== 'info');
  const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
  console.log(`Nu HTML Checker: ${files.length} pages, ${errors.length} errors, ${warnings.length} warnings`);
  expect(errors.map((m) => `${m.url.replace(/^file:.*\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
  expect(warnings.map((m) => `${m.url.replace(/^file:.*\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
});
