import { describe, expect, it } from 'vitest';
import {
  countWords,
  formsFileKey,
  formsLookup,
  indexedCopy,
  indexedText,
  vocabularyList,
  withoutWordForms,
  withWordForms,
} from '../../src/lib/search/index.ts';

const lemmas: Record<string, string[]> = { Wiednia: ['Wiedeń'], konferencji: ['konferencji', 'konferencja'], pisarzy: ['pisarz'], są: ['być'] };
const lemmasOf = (word: string) => lemmas[word] ?? [];

describe('base forms glued to the words of the indexed copy', () => {
  it('glues the lemmas a word does not start with, after the word, before its punctuation', () => {
    expect(withWordForms('<p>Konferencja w Wiednia, dla pisarzy i konferencji.</p>', lemmasOf)).toBe(
      '<p>Konferencja w Wiednia~~wiedeń, dla pisarzy i konferencji~~konferencja.</p>',
    );
  });

  it('leaves tags, attributes, scripts, styles, character references and short words alone', () => {
    const html = '<a title="Wiednia" href="/Wiednia">x</a><script>Wiednia</script><style>.Wiednia{}</style>&nbsp;są';
    expect(withWordForms(html, lemmasOf)).toBe(html);
  });

  it('is taken out again before a title or excerpt is shown, punctuation kept', () => {
    expect(withoutWordForms('W <mark>Wiednia~~wiedeń</mark>, dla konferencji~~konferencja~~konferencjum: tak')).toBe('W <mark>Wiednia</mark>, dla konferencji: tak');
  });

  it('stops the index of a page that already uses the separator', () => {
    const page = '<html lang="pl"><main data-pagefind-body><h1>Tytuł</h1><p>a~~b</p></main></html>';
    expect(() => indexedCopy(page, 'a/index.html', lemmasOf)).toThrow(/a\/index\.html contains "~~"/);
    expect(() => indexedCopy(page, 'a/index.html')).not.toThrow();
  });
});

describe('the site’s words, for "did you mean"', () => {
  const page = '<html><body><nav>Menu</nav><main data-pagefind-body><h1>Forum</h1><p>Miasta Wiednia~~wiedeń &amp; 2023</p><ul data-pagefind-ignore><li>Teaser</li></ul></main></body></html>';

  it('reads only the indexed body, without ignored teasers, references or numbers', () => {
    const counts = new Map<string, number>();
    countWords(indexedText(page), counts);
    countWords(indexedText(page.replace('Forum', 'Sieć')), counts);
    expect(vocabularyList(counts)).toEqual(['miasta', 'wiedeń', 'wiednia', 'forum', 'sieć']);
  });
});

describe('the lookup of forms for queries', () => {
  it('maps each form of the site’s lemmas to its lemma, one file per first two letters', () => {
    const formsOf = (lemma: string) => ({ Wiedeń: ['Wiedeń', 'Wiednia', 'Wiedniu'], członek: ['członek', 'członkowie'], członka: ['członka', 'członkowie'] })[lemma] ?? [lemma];
    const lemmasOf = (word: string) => ({ wiednia: ['Wiedeń'], członkiem: ['członek', 'członka'] })[word] ?? [];
    const files = formsLookup(['wiednia', 'członkiem', 'kot'], lemmasOf, formsOf);
    expect(Object.fromEntries(files)).toEqual({
      wi: { wieden: ['wiedeń'], wiednia: ['wiedeń'], wiedniu: ['wiedeń'] },
      cz: { czlonek: ['członek'], czlonka: ['członka'], czlonkowie: ['członek', 'członka'] },
    });
    expect(formsFileKey('Łódź')).toBe('lo');
  });
});
