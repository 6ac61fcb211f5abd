import { describe, expect, it } from 'vitest';
import { clearSuggestion, editDistance, nearestWords } from '../../src/lib/search/index.ts';

const site = ['femcities', 'icorn', 'międzykulturowe', 'wiednia', 'wiedza', 'płci', 'empathic', 'empathy', 'integracji', 'muzeum'];

describe('did you mean', () => {
  it.each([
    ['femcitis', 'femcities'],
    ['icron', 'icorn'],
    ['miedzykulturwe', 'międzykulturowe'],
    ['integarcji', 'integracji'],
    ['muzem', 'muzeum'],
    ['pcli', 'płci'],
    ['empathc', 'empathic'],
    ['wiedna', 'wiednia'],
  ])('%s → %s', (typed, meant) => {
    expect(clearSuggestion(nearestWords(typed, site))).toBe(meant);
  });

  it('offers nothing further than one edit, and for short words only a swap', () => {
    expect(nearestWords('femcts', site)).toEqual([]);
    expect(nearestWords('płec', site)).toEqual([]);
    expect(nearestWords('prawnik', site)).toEqual([]);
  });

  it('chooses nothing when two words are as near', () => {
    const suggestions = nearestWords('wiedzia', ['wiednia', 'wiedzie']);
    expect(suggestions.map((s) => s.word)).toEqual(['wiednia', 'wiedzie']);
    expect(clearSuggestion(suggestions)).toBeUndefined();
  });

  it('counts edits with adjacent swaps, and stops past the limit', () => {
    expect(editDistance('icron', 'icorn', 2)).toBe(1);
    expect(editDistance('kot', 'kto', 1)).toBe(1);
    expect(editDistance('abcdef', 'badcfe', 1)).toBe(Infinity);
    expect(editDistance('abcdef', 'badcfe', 3)).toBe(3);
  });
});
