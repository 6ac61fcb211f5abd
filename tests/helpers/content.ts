import { join } from 'node:path';
import type { Locale } from '../../src/i18n/locales.ts';
import { eventFacts, formatProblem, readEntries } from '../../src/lib/content/index.ts';
import type { EntrySummary } from '../../src/lib/site/index.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const contentDir = join(projectRoot, 'content');

/**
 * The real content's published entries as the page table sees them, read by the
 * content check's own reader (src/lib/content/check/read.ts): drafts left out,
 * titleLang kept, as src/data/site.ts does with Astro's collections.
 */
export function readEntrySummaries(root = contentDir): EntrySummary[] {
  const { entries, problems } = readEntries(root, projectRoot);
  if (problems.length > 0) throw new Error(`unreadable content: ${problems.map(formatProblem).join('; ')}`);
  return entries
    .filter((entry) => !entry.draft)
    .map((entry) => {
      const { title, slug, titleLang } = entry.data as { title?: string; slug?: string; titleLang?: Locale };
      return { collection: entry.collection, id: `${entry.locale}/${entry.name}`, title: title ?? '', slug, titleLang, event: eventFacts(entry) };
    });
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
  pl: {
    events: 'Wydarzenia',
    statement: 'Deklaracja dostępności',
    search: 'Szukaj',
    siteIndex: 'Spis stron',
    siteIndexPart: 'Spis stron, część {{part}} z {{parts}}',
    eventsYear: 'Wydarzenia w {{year}} roku',
    eventsNetwork: 'Wydarzenia: {{network}}',
    eventsKind: { conference: 'Konferencje', workshop: 'Warsztaty', meeting: 'Spotkania', lecture: 'Wykłady', other: 'Inne wydarzenia' },
    listPart: ' (część {{part}} z {{parts}})',
  },
  en: {
    events: 'Events',
    statement: 'Accessibility statement',
    search: 'Search',
    siteIndex: 'Site index',
    siteIndexPart: 'Site index, part {{part}} of {{parts}}',
    eventsYear: 'Events in {{year}}',
    eventsNetwork: 'Events: {{network}}',
    eventsKind: { conference: 'Conferences', workshop: 'Workshops', meeting: 'Meetings', lecture: 'Lectures', other: 'Other events' },
    listPart: ' (part {{part}} of {{parts}})',
  },
};
