import { foldQuery } from './folding.ts';

/** A word as search compares it: accents and ł folded, lower case, letters and digits only. */
export function comparable(word: string): string {
  return foldQuery(word)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
