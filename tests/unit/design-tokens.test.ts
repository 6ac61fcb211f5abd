import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFiles } from '../../scripts/dist-files.ts';
import { projectRoot } from '../helpers/content';

/** Colours are set in one place, src/styles/tokens.css; everything else names a token. */
const colourLiteral = /#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?|oklch|lab|lch)\(/g;

export function colourLiterals(text: string): string[] {
  // Entity references such as &#8211; and URL fragments (#main) are not colours.
  return [...text.replace(/&#x?[0-9a-fA-F]+;/g, '').replace(/(href|id|for|aria-\w+)="[^"]*"/g, '').matchAll(colourLiteral)].map((m) => m[0]);
}

describe('design tokens', () => {
  it('no colour is written outside src/styles/tokens.css', () => {
    const files = distFiles(join(projectRoot, 'src'))
      .filter((f) => /\.(css|astro|ts)$/.test(f) && f !== '/styles/tokens.css');
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => colourLiterals(readFileSync(join(projectRoot, 'src', f), 'utf8')).map((c) => `src${f}: ${c}`));
    expect(found).toEqual([]);
  });

  it('spots a colour written by hand (the check can fail)', () => {
    expect(colourLiterals('a { color: #000; background: rgb(0 0 0); } <a href="#main">')).toEqual(['#000', 'rgb(']);
  });
});
