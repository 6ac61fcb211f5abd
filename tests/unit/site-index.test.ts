import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { siteIndex, type IndexNode } from '../../src/lib/search/index.ts';
import { buildSitePages } from '../../src/lib/site/index.ts';
import { readEntrySummaries, indexTitles } from '../helpers/content';

const titles = indexTitles;
const pages = buildSitePages(readEntrySummaries(), titles);
const flatten = (nodes: IndexNode[]): string[] => nodes.flatMap((n) => [n.page.path, ...flatten(n.children)]);

describe('the site index on the search page', () => {
  it('lists every page of its language once, except the search page itself', () => {
    for (const locale of localeCodes) {
      const listed = flatten(siteIndex(pages, locale));
      const expected = pages.filter((p) => p.locale === locale && p.kind !== 'search').map((p) => p.path);
      expect(listed.sort()).toEqual(expected.sort());
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
