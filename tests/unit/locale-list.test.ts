import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { localeCodes, locales } from '../../src/i18n/locales';

/**
 * "Adding a language is one entry in src/i18n/locales.ts": that holds only while
 * no code names a language itself. This test reads the project's code (not its
 * translation files, content or tests) for a language code written as a value
 * ('pl'), as an object key (pl: …), in a glob ({pl,en}) or as an Intl tag ('pl-PL').
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const listFile = 'src/i18n/locales.ts';

function codeFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) return codeFiles(path);
    return /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
  });
}

/** The site's language codes and Intl tags. Other tags ('en-CA' for ISO dates) format machine-readable values, not a language of the site. */
const names = [...localeCodes, ...locales.map((l) => l.intl)];

export function languageCodesIn(text: string, codes: readonly string[]): string[] {
  const alternatives = codes.join('|');
  const patterns = [
    new RegExp(`'(${alternatives})'`, 'g'),
    new RegExp(`\`(${alternatives})\``, 'g'),
    new RegExp(`(^|[\\s{,])(${alternatives}):\\s`, 'gm'),
    new RegExp(`\\{(${alternatives}),`, 'g'),
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0].trim()));
}

describe('one locale list', () => {
  it('no code outside src/i18n/locales.ts names a language', () => {
    const files = [...codeFiles('src'), ...codeFiles('scripts'), 'astro.config.mjs'].filter((f) => f !== listFile);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => languageCodesIn(readFileSync(join(root, file), 'utf8'), names).map((hit) => `${file}: ${hit}`));
    expect(found).toEqual([]);
  });

  it('spots each way of naming a language (the check can fail)', () => {
    const sample = [`const a = 'pl';`, `type L = 'pl' | 'en';`, `const t = { pl: 'x', en: 'y' };`, `glob('{pl,en}/**')`, `new Intl.NumberFormat('pl-PL')`].join('\n');
    expect(languageCodesIn(sample, names)).toHaveLength(7);
    expect(languageCodesIn(`fix: 'np. <span lang="en">…</span>'`, names)).toEqual([]);
  });
});
