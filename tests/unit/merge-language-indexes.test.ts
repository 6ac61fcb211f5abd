import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { distFiles } from '../../scripts/dist-files.ts';
import { mergeLanguageIndexes } from '../../src/integrations/merge-language-indexes.ts';

let scratch = '';
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder laid out as Pagefind writes one language's index. */
function output(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const entry = (lang: string) =>
  JSON.stringify({ version: '1.6.0', languages: { [lang]: { hash: `${lang}_1`, wasm: lang, page_count: 2 } }, include_characters: ['_'] });

describe('joining the indexes Pagefind wrote one language at a time', () => {
  it('moves each language’s files, keeps common files once and lists every language in code order', () => {
    scratch = mkdtempSync(join(tmpdir(), 'merge-indexes-'));
    const polish = output('pl', {
      'pagefind-entry.json': entry('pl'),
      'pagefind.js': 'loader',
      'pagefind-ui.js': 'unused',
      'wasm.pl.pagefind': 'pl wasm',
      'wasm.unknown.pagefind': 'fallback',
      'fragment/pl_a.pf_fragment': 'a',
      'index/pl_b.pf_index': 'b',
    });
    const english = output('en', {
      'pagefind-entry.json': entry('en'),
      'pagefind.js': 'loader',
      'wasm.en.pagefind': 'en wasm',
      'wasm.unknown.pagefind': 'fallback',
      'fragment/en_c.pf_fragment': 'c',
    });
    const bundle = join(scratch, 'bundle');
    mkdirSync(bundle);
    writeFileSync(join(bundle, 'words-pl.json'), '[]');
    mergeLanguageIndexes([polish, english], bundle, (name) => name.startsWith('pagefind-ui'));
    expect(distFiles(bundle)).toEqual([
      '/fragment/en_c.pf_fragment',
      '/fragment/pl_a.pf_fragment',
      '/index/pl_b.pf_index',
      '/pagefind-entry.json',
      '/pagefind.js',
      '/wasm.en.pagefind',
      '/wasm.pl.pagefind',
      '/wasm.unknown.pagefind',
      '/words-pl.json',
    ]);
    expect(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')).toBe(
      '{"version":"1.6.0","languages":{"en":{"hash":"en_1","wasm":"en","page_count":2},"pl":{"hash":"pl_1","wasm":"pl","page_count":2}},"include_characters":["_"]}',
    );
  });

  it('stops when two languages’ runs wrote a common file differently', () => {
    scratch = mkdtempSync(join(tmpdir(), 'merge-indexes-'));
    const bundle = join(scratch, 'bundle');
    mkdirSync(bundle);
    const first = output('pl', { 'pagefind-entry.json': entry('pl'), 'pagefind.js': 'loader 1' });
    const second = output('en', { 'pagefind-entry.json': entry('en'), 'pagefind.js': 'loader 2' });
    expect(() => mergeLanguageIndexes([first, second], bundle, () => false)).toThrow(/two different pagefind\.js/);
  });
});
