import { foldQuery } from './folding.ts';

/** A word as search compares it: accents and ł folded, lower case, letters and digits only. */
export function comparable(word: string): string {
  return foldQuery(word)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** How many letters two words share from the start. */
export function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
