import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { ContentCollection, EntrySummary } from '../../src/lib/site/index.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const contentDir = join(projectRoot, 'content');

/** The real content's entries as the page table sees them, read straight from the files. */
export function readEntrySummaries(root = contentDir): EntrySummary[] {
  const summaries: EntrySummary[] = [];
  for (const collection of ['networks', 'events', 'pages'] as ContentCollection[]) {
    for (const file of readdirSync(join(root, collection), { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.mdx')) continue;
      const text = readFileSync(join(root, collection, file), 'utf8');
      const data = yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '', { schema: yaml.CORE_SCHEMA }) as Record<string, string>;
      summaries.push({ collection, id: file.replace(/\.mdx$/, ''), title: data['title'] ?? '', slug: data['slug'] });
    }
  }
  return summaries;
}

/**
 * Environment for an Astro build or dev server started from a test. Vitest sets
 * NODE_ENV=test and DEV=1, which a build would take for "not production" and,
 * for one, publish drafts.
 */
export function astroEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
  // Vitest also copies its import.meta.env (DEV=1, MODE=test…) into process.env.
  for (const key of ['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/** Titles of the pages that come from UI strings, as the tests' page tables use them. */
export const indexTitles = {
  pl: { events: 'Wydarzenia', statement: 'Deklaracja dostępności', search: 'Szukaj' },
  en: { events: 'Events', statement: 'Accessibility statement', search: 'Search' },
};
