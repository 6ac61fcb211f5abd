import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, layerOf, layers, layeringViolations, projectImports } from '../helpers/architecture';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the layering (docs/architecture.md)', () => {
  const edges = projectImports(root);

  it('reads the imports of every layer', () => {
    // Guards the reader itself: an empty graph would make the next tests pass.
    for (const domain of ['site', 'events', 'content', 'search', 'seo', 'pages', 'layouts', 'tools']) {
      expect(edges.some((e) => layerOf(e.from)?.domain === domain), domain).toBe(true);
    }
  });

  it('has no upward import, no import between peer domains and no reach past an index.ts', () => {
    expect(layeringViolations(edges)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(importCycles(edges)).toEqual([]);
  });

  it('catches each kind of violation (the checker can fail)', () => {
    expect(
      layeringViolations([
        { from: 'src/lib/site/site-pages.ts', to: 'src/lib/events/index.ts' },
        { from: 'src/lib/search/query.ts', to: 'src/lib/seo/index.ts' },
        { from: 'src/layouts/EventLayout.astro', to: 'src/lib/events/timing.ts' },
        { from: 'src/lib/events/dates.ts', to: 'src/lib/events/index.ts' },
      ]),
    ).toHaveLength(4);
    expect(importCycles([{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'c', to: 'a' }])).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('gives every src/lib domain an index.ts and a README.md', () => {
    for (const { folder } of layers.filter((l) => l.folder.startsWith('src/lib/'))) {
      expect(existsSync(`${root}/${folder}/index.ts`), folder).toBe(true);
      expect(readFileSync(`${root}/${folder}/README.md`, 'utf8').length, folder).toBeGreaterThan(200);
    }
  });
});
