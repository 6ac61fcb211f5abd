import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { siteIndex, type IndexNode } from '../../src/lib/search/index.ts';
import { buildSitePages, homePath, sectionPath } from '../../src/lib/site/index.ts';
import { readEntrySummaries, indexTitles } from '../helpers/content';

const titles = indexTitles;
const pages = buildSitePages(readEntrySummaries(), titles);
const flatten = (nodes: IndexNode[]): string[] => nodes.flatMap((n) => [n.page.path, ...flatten(n.children)]);

describe('the site index on the search page', () => {
  it('lists every page of its language once, except the search page itself', () => {
    const entries = readEntrySummaries();
    for (const locale of localeCodes) {
      const listed = flatten(siteIndex(pages, locale));
      expect(new Set(listed).size, `${locale}: each page once`).toBe(listed.length);
      // One page per content file of the language, plus the two index pages that have none.
      expect(listed).toHaveLength(entries.filter((e) => e.id.startsWith(`${locale}/`)).length + 2);
      expect(listed).toEqual(expect.arrayContaining([homePath(locale), sectionPath('events', locale), sectionPath('statement', locale)]));
      expect(listed).not.toContain(sectionPath('search', locale));
    }
  });

  it('nests pages under their section, from the home page', () => {
    const [home, ...others] = siteIndex(pages, 'en');
    expect(others).toEqual([]);
    expect(home?.page.path).toBe('/en/');
    const cooperation = home?.children.find((n) => n.page.kind === 'cooperation');
    expect(cooperation?.children.map((n) => n.page.kind)).toEqual(['network', 'network', 'network']);
    const events = home?.children.find((n) => n.page.kind === 'events');
    expect(events?.children.every((n) => n.page.kind === 'event')).toBe(true);
  });
});
