import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeInfo, localeCodes, type Locale } from '../../src/i18n/locales';
import { pluralCategories } from '../../src/i18n/plural.ts';
import { comparable, fillTemplate, pagefindRequest, readState, resultsStatus, stateQuery, termsOnlyGuessed, type SearchStrings } from '../../src/lib/search/index.ts';
import { projectRoot } from '../helpers/content';

describe('search state in the URL', () => {
  it('reads a shared address', () => {
    expect(readState(new URLSearchParams('q=%20r%C3%B3wno%C5%9B%C4%87%20&type=event&year=2023'))).toEqual({ q: 'równość', type: 'event', year: '2023' });
  });

  it('ignores an unknown type, and a year without the event type or not a year', () => {
    expect(readState(new URLSearchParams('q=a&type=blog&year=2023'))).toEqual({ q: 'a', type: '', year: '' });
    expect(readState(new URLSearchParams('q=a&type=network&year=2023'))).toEqual({ q: 'a', type: 'network', year: '' });
    expect(readState(new URLSearchParams('q=a&type=event&year=20x3'))).toEqual({ q: 'a', type: 'event', year: '' });
  });

  it('writes back only what is set, and nothing without a query', () => {
    expect(stateQuery({ q: 'łódź', type: '', year: '' })).toBe('?q=%C5%82%C3%B3d%C5%BA');
    expect(stateQuery({ q: 'forum', type: 'event', year: '2023' })).toBe('?q=forum&type=event&year=2023');
    expect(stateQuery({ q: '', type: 'event', year: '2023' })).toBe('');
    const shared = readState(new URLSearchParams(stateQuery({ q: 'forum', type: 'event', year: '2023' })));
    expect(shared).toEqual({ q: 'forum', type: 'event', year: '2023' });
  });

  it('asks Pagefind with ł folded and the chosen filters', () => {
    expect(pagefindRequest({ q: 'Łódź współpraca', type: 'event', year: '2023' })).toEqual({
      term: 'Lódź wspólpraca',
      filters: { type: 'event', year: '2023' },
    });
    expect(pagefindRequest({ q: 'x', type: '', year: '' })).toEqual({ term: 'x', filters: {} });
  });
});

describe("telling real matches from Pagefind's last-resort prefix", () => {
  const content = 'Kraków dołączył do sieci w 2022 roku. Miasto Kraków i miasta Europy.';
  const at = (...words: string[]) => words.map((w) => content.split(' ').indexOf(w));

  it('compares words with accents and ł folded, punctuation dropped', () => {
    expect(comparable('Dołączył,')).toBe('dolaczyl');
    expect(comparable('Ḻódź')).toBe('lodz');
  });

  it('trusts stemmed, folded and prefix matches', () => {
    expect(termsOnlyGuessed(['miasta'], content, at('Miasto', 'miasta'))).toEqual([]);
    expect(termsOnlyGuessed(['dolaczyl'], content, at('dołączył'))).toEqual([]);
    expect(termsOnlyGuessed(['krak'], content, at('Kraków'))).toEqual([]);
    expect(termsOnlyGuessed(['ue'], 'Rada UE.', [1])).toEqual([]);
  });

  it('flags a term whose only match is a short word it merely starts with', () => {
    expect(termsOnlyGuessed(['wyszukiwarka'], content, at('w'))).toEqual(['wyszukiwarka']);
    expect(termsOnlyGuessed(['Kraków', 'wyszukiwarka'], content, at('Kraków', 'w'))).toEqual(['wyszukiwarka']);
  });

  it('flags a word that only shares a beginning with what was matched (prawnik → prawa)', () => {
    const rights = 'Prawa człowieka i prawo kobiet.';
    expect(termsOnlyGuessed(['prawnik'], rights, [0, 3])).toEqual(['prawnik']);
    expect(termsOnlyGuessed(['Karta', 'Krakowska'], 'Europejskiej Karty Równości w Krakowie', [1, 4])).toEqual(['Karta', 'Krakowska']);
  });

  it('trusts a base form glued to the matched word, and the parts of a compound', () => {
    expect(termsOnlyGuessed(['Wiedeń'], 'Sieć powstała w Wiednia~~wiedeń w 2000 roku.', [3])).toEqual([]);
    expect(termsOnlyGuessed(['traktowania'], 'Biuro równego-traktowania.', [1])).toEqual([]);
  });

  it('accepts, in a stemmed language, a match that differs only in the endings its stemmer removes', () => {
    const endings = ['s', 'es', 'ies', 'y', 'ed', 'er', 'ers'];
    expect(termsOnlyGuessed(['writers', 'cities'], 'A writer in two city halls', [1, 4], endings)).toEqual([]);
    expect(termsOnlyGuessed(['lawyer'], 'Human law', [1], endings)).toEqual(['lawyer']);
    expect(termsOnlyGuessed(['writers'], 'A writer', [1])).toEqual(['writers']);
  });

  it('trusts pages matched on their metadata only', () => {
    expect(termsOnlyGuessed(['wyszukiwarka'], content, [])).toEqual([]);
  });
});

type Tree = { [key: string]: string | Tree };
function strings(locale: Locale): SearchStrings {
  const all = JSON.parse(readFileSync(join(projectRoot, 'src/i18n/locales', locale, 'translation.json'), 'utf8')) as Tree;
  const search = all['search'] as Record<string, string>;
  const intl = localeInfo(locale).intl;
  return {
    intl,
    results: Object.fromEntries(pluralCategories(intl).map((c) => [c, search[`results_${c}`]!])),
    noResults: search['noResults']!,
    unavailable: search['unavailable']!,
    needsBuild: search['needsBuild']!,
    kind: { network: '', event: '', page: '' },
    stopWords: [],
    endings: [],
    vocabulary: '',
    corrected: search['corrected']!,
    leftOut: search['leftOut']!,
    apart: search['apart']!,
    didYouMean: search['didYouMean']!,
    quoted: search['quoted']!,
    formsOf: '',
  };
}

describe('the announced number of results', () => {
  it.each([
    [1, 'Znaleziono 1 wynik dla zapytania „równość”.'],
    [3, 'Znaleziono 3 wyniki dla zapytania „równość”.'],
    [5, 'Znaleziono 5 wyników dla zapytania „równość”.'],
    [22, 'Znaleziono 22 wyniki dla zapytania „równość”.'],
    [1500, 'Znaleziono 1500 wyników dla zapytania „równość”.'],
  ])('pl: %i', (count, expected) => {
    expect(resultsStatus(strings('pl'), count, 'równość')).toBe(expected);
  });

  it.each([
    [1, '1 result for “ICORN”.'],
    [2, '2 results for “ICORN”.'],
    [15000, '15,000 results for “ICORN”.'],
  ])('en: %i', (count, expected) => {
    expect(resultsStatus(strings('en'), count, 'ICORN')).toBe(expected);
  });

  it('says so when nothing is found, in each language', () => {
    for (const locale of localeCodes) expect(resultsStatus(strings(locale), 0, 'xyz')).toContain('xyz');
    expect(resultsStatus(strings('pl'), 0, 'xyz')).toMatch(/^Nic nie znaleziono/);
  });

  it('leaves unknown placeholders visible rather than blank', () => {
    expect(fillTemplate('{{count, number}} / {{other}}', { count: 2 }, 'pl-PL')).toBe('2 / {{other}}');
  });
});
