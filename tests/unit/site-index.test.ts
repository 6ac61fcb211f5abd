import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { buildSitePages, counterpart, homePath, listedInSiteIndex, sectionPath, siteIndex, siteIndexParts, type EntrySummary, type IndexNode, type SitePage } from '../../src/lib/site/index.ts';
import { readEntrySummaries, indexTitles } from '../helpers/content';

const pages = buildSitePages(readEntrySummaries(), indexTitles);
const flatten = (nodes: IndexNode[]): string[] => nodes.flatMap((n) => [n.page.path, ...flatten(n.children)]);
/** Every link a language's site index shows, over all its parts: headings and pages. */
const linked = (table: readonly SitePage[], locale: (typeof localeCodes)[number]) =>
  siteIndexParts(table, locale).flatMap((part) => part.flatMap((g) => [...(g.continued ? [] : [g.heading.path]), ...g.pages.map((p) => p.path)]));

describe('the site index', () => {
  it('lists every page of its language once, except the search page and the index itself', () => {
    const entries = readEntrySummaries();
    for (const locale of localeCodes) {
      const listed = linked(pages, locale);
      expect(new Set(listed).size, `${locale}: each page once`).toBe(listed.length);
      // One page per content file of the language, plus the two index pages that have none and the event lists.
      const lists = pages.filter((p) => p.kind === 'eventList' && p.locale === locale).length;
      expect(lists).toBeGreaterThan(0);
      expect(listed).toHaveLength(entries.filter((e) => e.id.startsWith(`${locale}/`)).length + 2 + lists);
      expect(listed).toEqual(expect.arrayContaining([homePath(locale), sectionPath('events', locale), sectionPath('statement', locale)]));
      expect(listed).not.toContain(sectionPath('search', locale));
      expect(listed).not.toContain(sectionPath('siteIndex', locale));
      expect(flatten(siteIndex(pages, locale)).sort()).toEqual([...listed].sort());
    }
  });

  it('groups pages under their section, from the home page', () => {
    const [home, ...others] = siteIndex(pages, 'en');
    expect(others).toEqual([]);
    expect(home?.page.path).toBe('/en/');
    const [part] = siteIndexParts(pages, 'en');
    expect(part?.map((g) => g.heading.kind).sort()).toEqual(['cooperation', 'events', 'home']);
    expect(part?.[0]?.heading.kind).toBe('home');
    expect(part?.find((g) => g.heading.kind === 'cooperation')?.pages.map((p) => p.kind)).toEqual(['network', 'network', 'network']);
  });

  it('at 2000 pages per language: parts of at most 100 links, every page in exactly one, a heading repeated where a group goes on', () => {
    const many: EntrySummary[] = localeCodes.flatMap((locale) =>
      Array.from({ length: 2000 }, (_, i) => ({ collection: 'pages' as const, id: `${locale}/p-${i}`, title: `Strona ${String(i).padStart(4, '0')}`, slug: `p-${i}` })),
    );
    const table = buildSitePages([...readEntrySummaries(), ...many], indexTitles);
    const parts = siteIndexParts(table, 'pl');
    for (const part of parts) expect(part.reduce((sum, g) => sum + g.pages.length, 0)).toBeLessThanOrEqual(100);
    const listed = linked(table, 'pl');
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toHaveLength(table.filter((p) => p.locale === 'pl' && listedInSiteIndex(p)).length);
    expect(parts[1]?.[0]).toMatchObject({ heading: { kind: 'home' }, continued: true });

    // One page per part, numbered, titled with its number; part 1 pairs across languages, later parts lead to part 1.
    const index = table.filter((p) => p.kind === 'siteIndex' && p.locale === 'pl');
    expect(index).toHaveLength(parts.length);
    expect(index.map((p) => p.path).slice(0, 3)).toEqual(['/spis-stron/', '/spis-stron/2/', '/spis-stron/3/']);
    expect(index[1]?.title).toBe(`Spis stron, część 2 z ${parts.length}`);
    expect(counterpart(table, index[0]!, 'en')).toMatchObject({ path: '/en/site-index/', translated: true });
    expect(counterpart(table, index[2]!, 'en')).toMatchObject({ path: '/en/site-index/', translated: false });
  });
});
