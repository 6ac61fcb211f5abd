import { describe, expect, it } from 'vitest';
import { comparable, planQuery, queryWords, type QueryTools } from '../../src/lib/search/index.ts';

/** A site of three pages, searched the way Pagefind does: every word must start a word of the page. */
const pages = [
  'ICORN sieć miast schronienia~~schronienie dla pisarzy wolności~~wolność',
  'Programy schronienie pisarze',
  'Forum Miast Empatycznych Muzeum Krakowa 2023',
  'Femcities Wiednia~~wiedeń Europejskiej Karty~~karta Równości Kraków kartę',
  'Tekst łatwy słowami',
];
const forms: Record<string, string[]> = {
  wiedniu: ['wiedeń'],
  miedzykulturowa: ['międzykulturowy'],
  // The first lemma is on no page; the second is.
  wolnosciami: ['wolnościami', 'wolność'],
  pisarze: ['pisarz'],
  schronienie: ['schronienie'],
};
const tools = (): QueryTools & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    finds: async (words) => {
      asked.push(words.join(' '));
      return pages.some((page) => words.every((word) => page.split(/[\s~]+/).some((w) => comparable(w).startsWith(comparable(word)))));
    },
    lemmasOf: async (word) => forms[comparable(word)] ?? [],
    vocabulary: async () => pages.flatMap((page) => page.split(/[\s~]+/)).map((w) => w.toLowerCase()),
  };
};
const pl = { stopWords: ['jak', 'co', 'to', 'jest', 'z', 'dla'] };

describe('planning a query that finds nothing as typed', () => {
  it('searches a query that finds something as it is, and fetches no word list', async () => {
    let fetched = false;
    const plan = await planQuery('forum miast', pl, { ...tools(), vocabulary: async () => ((fetched = true), []) });
    expect(plan).toEqual({ words: ['forum', 'miast'], corrected: [], leftOut: [], apart: [], didYouMean: [] });
    expect(fetched).toBe(false);
  });

  it('drops stop words, unless nothing else is left', () => {
    expect(queryWords('co to jest ICORN', pl)).toEqual(['ICORN']);
    expect(queryWords('co to jest', pl)).toEqual(['co', 'to', 'jest']);
  });

  it('searches the lemma of a form no page has', async () => {
    const plan = await planQuery('Femcities Wiedniu', pl, tools());
    expect(plan.words).toEqual(['Femcities', 'wiedeń']);
    expect(plan.corrected).toEqual([]);
  });

  it('tries each lemma of a form until one is on the site', async () => {
    expect((await planQuery('wolnościami', pl, tools())).words).toEqual(['wolność']);
  });

  it('searches words as their lemmas when no page has them together as typed', async () => {
    // "schronienie" and "pisarze" are on a page together, but the ICORN page says "schronienia" and "pisarzy".
    const plan = await planQuery('ICORN schronienie pisarze', pl, tools());
    expect(plan.words).toEqual(['ICORN', 'schronienie', 'pisarz']);
    expect(plan.apart).toEqual([]);
  });

  it('corrects a typo when one site word is clearly meant, and says so', async () => {
    const plan = await planQuery('femcitis', pl, tools());
    expect(plan.words).toEqual(['femcities']);
    expect(plan.corrected).toEqual([{ typed: 'femcitis', used: 'femcities' }]);
  });

  it('leaves out a word the site does not have, and names it', async () => {
    const plan = await planQuery('Muzeum Krakowa bilety', pl, tools());
    expect(plan.words).toEqual(['Muzeum', 'Krakowa']);
    expect(plan.leftOut).toEqual(['bilety']);
  });

  it('drops the last words when no page has them all, and names them', async () => {
    const plan = await planQuery('wolność słowa', pl, tools());
    expect(plan.words).toEqual(['wolność']);
    expect(plan.apart).toEqual(['słowa']);
  });

  it('shows nothing when a left-out word starts like the site’s words (Karta Krakowska)', async () => {
    const plan = await planQuery('Karta Krakowska', pl, tools());
    expect(plan.words).toEqual([]);
    expect(plan.leftOut).toEqual(['Krakowska']);
  });

  it('shows nothing, and offers the nearest words, when no word is found', async () => {
    const plan = await planQuery('prawnik', pl, tools());
    expect(plan.words).toEqual([]);
    expect(plan.didYouMean).toEqual([]);
    // Three site words one changed letter away: none is chosen, all are offered.
    const near = await planQuery('kartx', pl, tools());
    expect(near.words).toEqual([]);
    expect(near.didYouMean).toEqual([{ typed: 'kartx', words: ['karty', 'karta', 'kartę'] }]);
  });
});
