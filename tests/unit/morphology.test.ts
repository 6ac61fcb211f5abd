import { describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes } from '../../src/i18n/locales';
import { HunspellLemmas, lemmatizerFor } from '../../src/lib/morphology/index.ts';

// A dictionary small enough to reason about: a noun whose stem changes, a
// verb, and the negating prefix with a cross product.
const aff = ['SET UTF-8', 'PFX n Y 1', 'PFX n 0 nie .', 'SFX a Y 2', 'SFX a ek kiem ek', 'SFX a ek ka ek', 'SFX b Y 1', 'SFX b y ych y'].join('\n');
const dic = ['3', 'członek/a', 'zależny/bn', 'prawo'].join('\n');

describe('base forms read backwards from a Hunspell dictionary', () => {
  const hunspell = new HunspellLemmas(aff, dic);

  it('undoes a suffix rule, stem change included, and keeps headwords as they are', () => {
    expect(hunspell.lemmasOf('członkiem')).toEqual(['członek']);
    expect(hunspell.lemmasOf('Członka')).toEqual(['członek']);
    expect(hunspell.lemmasOf('prawo')).toEqual(['prawo']);
  });

  it('undoes a prefix with a suffix, and puts the prefix back on the lemma', () => {
    expect(hunspell.lemmasOf('niezależnych')).toEqual(['niezależny']);
  });

  it('finds nothing for a word no rule makes', () => {
    expect(hunspell.lemmasOf('prawnik')).toEqual([]);
    expect(hunspell.lemmasOf('członkami')).toEqual([]);
  });

  it('lists the forms of a lemma, with the prefix for a prefixed one', () => {
    expect(hunspell.formsOf('członek').sort()).toEqual(['członek', 'członka', 'członkiem']);
    expect(hunspell.formsOf('niezależny').sort()).toEqual(['niezależny', 'niezależnych']);
  });
});

describe('the Polish dictionary (dictionary-pl) with the site’s own word forms', async () => {
  const lemmas = (await lemmatizerFor(defaultLocale))!;

  it.each([
    ['członkiem', 'członek'],
    ['dołączył', 'dołączyć'],
    ['sieci', 'sieć'],
    ['konferencji', 'konferencja'],
    ['Krakowa', 'Kraków'],
    ['wolności', 'wolność'],
    ['niezależnych', 'niezależny'],
    // Listed in the dictionary as a headword of its own; src/i18n/locales/pl/word-forms.json connects it.
    ['Wiednia', 'Wiedeń'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmas(form)).toContain(lemma);
  });

  it('keeps words of different lemmas apart', () => {
    expect(lemmas('prawnik')).not.toContain('prawo');
    expect(lemmas('Karty')).not.toContain('Kraków');
  });

  it('lists the forms of a lemma for the query side', () => {
    expect(lemmas.formsOf('międzykulturowy')).toEqual(expect.arrayContaining(['międzykulturowa', 'międzykulturowej']));
    expect(lemmas.formsOf('Wiedeń')).toEqual(expect.arrayContaining(['Wiedniu']));
  });

  it('gives no lemmatizer to a language Pagefind stems itself', async () => {
    const others = localeCodes.filter((code) => code !== defaultLocale);
    expect(others.length).toBeGreaterThan(0);
    for (const code of others) expect(await lemmatizerFor(code)).toBeUndefined();
  });
});
