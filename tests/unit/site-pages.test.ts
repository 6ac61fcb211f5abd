import { describe, expect, it } from 'vitest';
import { localeCodes, otherLocales } from '../../src/i18n/locales';
import { buildSitePages, counterpart, trail, translationsOf, type EntrySummary } from '../../src/lib/site/index.ts';
import { readEntrySummaries, indexTitles } from '../helpers/content';

const titles = indexTitles;
const pages = buildSitePages(readEntrySummaries(), titles);

describe('page table of the real content', () => {
  it('gives every page a translation in every language', () => {
    for (const page of pages) {
      for (const other of otherLocales(page.locale)) {
        expect(counterpart(pages, page, other), `${page.path} → ${other}`).toMatchObject({ translated: true });
      }
    }
  });

  it('maps each page to its counterpart and back again', () => {
    for (const page of pages) {
      for (const other of otherLocales(page.locale)) {
        const there = counterpart(pages, page, other).page!;
        expect(there.locale).toBe(other);
        expect(there.key).toBe(page.key);
        expect(counterpart(pages, there, page.locale).path).toBe(page.path);
      }
    }
  });

  it('uses readable, translated addresses', () => {
    const byKeyAndLocale = (key: string, locale: string) => pages.find((p) => p.key === key && p.locale === locale)?.path;
    expect(byKeyAndLocale('networks/femcities', 'pl')).toBe('/wspolpraca-miedzynarodowa/femcities/');
    expect(byKeyAndLocale('networks/femcities', 'en')).toBe('/en/international-cooperation/femcities/');
    expect(byKeyAndLocale('events/empathic-cities-forum-2023', 'pl')).toBe('/wydarzenia/forum-miast-empatycznych-2023/');
    expect(byKeyAndLocale('events/empathic-cities-forum-2023', 'en')).toBe('/en/events/empathic-cities-forum-2023/');
    expect(byKeyAndLocale('home', 'pl')).toBe('/');
    expect(byKeyAndLocale('home', 'en')).toBe('/en/');
  });

  it('has lowercase ASCII paths, unique across the site', () => {
    const paths = pages.map((p) => p.path);
    for (const path of paths) expect(path).toMatch(/^\/([a-z0-9-]+\/)*$/);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('builds breadcrumbs from home down to the page', () => {
    const network = pages.find((p) => p.key === 'networks/icorn' && p.locale === 'en')!;
    expect(trail(pages, network).map((p) => p.path)).toEqual([
      '/en/',
      '/en/international-cooperation/',
      '/en/international-cooperation/icorn/',
    ]);
  });
});

describe('a page without a translation', () => {
  const entries: EntrySummary[] = [
    { collection: 'pages', id: 'pl/home', title: 'Start' },
    { collection: 'pages', id: 'en/home', title: 'Home' },
    { collection: 'pages', id: 'pl/international-cooperation', title: 'Współpraca' },
    { collection: 'pages', id: 'en/international-cooperation', title: 'Cooperation' },
    { collection: 'events', id: 'pl/only-polish', title: 'Tylko po polsku', slug: 'tylko-po-polsku' },
    { collection: 'networks', id: 'en/only-english', title: 'Only in English', slug: 'only-english' },
    { collection: 'pages', id: 'pl/o-nas', title: 'O nas', slug: 'o-nas' },
  ];
  const table = buildSitePages(entries, titles);
  const find = (path: string) => table.find((p) => p.path === path)!;

  it('links an event to the other language’s events index', () => {
    expect(counterpart(table, find('/wydarzenia/tylko-po-polsku/'), 'en')).toMatchObject({ path: '/en/events/', translated: false });
  });

  it('links a network to the other language’s cooperation overview', () => {
    expect(counterpart(table, find('/en/international-cooperation/only-english/'), 'pl')).toMatchObject({
      path: '/wspolpraca-miedzynarodowa/',
      translated: false,
    });
  });

  it('links an editorial page to the other language’s home page', () => {
    expect(counterpart(table, find('/o-nas/'), 'en')).toMatchObject({ path: '/en/', translated: false });
  });

  it('lists no translations for hreflang', () => {
    expect(translationsOf(table, find('/o-nas/'))).toHaveLength(1);
  });
});

describe('section indexes', () => {
  it('exist in every language', () => {
    for (const locale of localeCodes) {
      expect(pages.filter((p) => p.locale === locale && ['home', 'cooperation', 'events'].includes(p.kind))).toHaveLength(3);
    }
  });
});

describe('the search page', () => {
  it('exists once in every language at its translated address, under home', () => {
    const search = pages.filter((p) => p.kind === 'search');
    expect(search.map((p) => p.path).sort()).toEqual(['/en/search/', '/szukaj/']);
    for (const page of search) {
      expect(trail(pages, page).map((p) => p.kind)).toEqual(['home', 'search']);
      expect(counterpart(pages, page, otherLocales(page.locale)[0]!)).toMatchObject({ translated: true });
    }
  });
});
