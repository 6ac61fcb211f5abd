import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content';

/**
 * Colour contrast of the design tokens in every state a link or control can be
 * in (WCAG 1.4.3 text 4.5:1, 1.4.11 focus indicator 3:1). axe sees only the
 * state a page loads in; hover, visited and focus colours are checked here.
 */
const css = readFileSync(join(projectRoot, 'src/styles/tokens.css'), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const base = tokens(css.split('@media')[0]!);
const moreContrast = { ...base, ...tokens(/@media \(prefers-contrast: more\)\s*\{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '') };

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// [foreground, background, minimum ratio, what it is]
const pairs: Array<[string, string, number, string]> = [
  ['text', 'bg', 4.5, 'body text'],
  ['text-muted', 'bg', 4.5, 'secondary text'],
  ['text-muted', 'bg-subtle', 4.5, 'secondary text on grey panels'],
  ['link', 'bg', 4.5, 'link'],
  ['link-visited', 'bg', 4.5, 'visited link'],
  ['link-hover', 'bg', 4.5, 'hovered link'],
  ['link', 'bg-subtle', 4.5, 'link in a grey panel (facts, footer)'],
  ['link-visited', 'bg-subtle', 4.5, 'visited link in a grey panel'],
  ['link-hover', 'bg-subtle', 4.5, 'hovered link in a grey panel'],
  ['text', 'notice-bg', 4.5, 'notice text'],
  ['brand-text', 'brand', 4.5, 'header text and links'],
  ['focus-text', 'focus', 4.5, 'focused link text'],
  ['focus-text', 'bg', 3, 'focus underline against the page'],
  ['focus', 'brand', 3, 'focus block against the header'],
  ['border', 'bg', 3, 'card borders'],
];

describe.each([
  ['default colours', base],
  ['prefers-contrast: more', moreContrast],
])('%s', (_, palette) => {
  it.each(pairs)('%s on %s ≥ %d:1 (%s)', (fg, bg, min) => {
    expect(palette[fg], fg).toBeDefined();
    expect(palette[bg], bg).toBeDefined();
    expect(contrast(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(min);
  });
});

it('computes known ratios correctly', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});
