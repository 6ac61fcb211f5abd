/**
 * How search forgives a missing `ł`.
 *
 * Pagefind (≥ 1.5) folds accents when it indexes: it decomposes each word
 * (Unicode NFD) and drops the combining marks, so `równość` is also indexed as
 * `rownosc`. `ł` has no decomposition, so `lodz` never finds `Łódź`.
 *
 * The index is therefore built from a copy of each page in which `ł`/`Ł` are
 * written as `ḻ`/`Ḻ` (l/L with line below, U+1E3B/U+1E3A): letters that do
 * decompose, to `l` + U+0331, so Pagefind folds them to a plain `l` like any
 * other accent, and stems, weights and excerpts the words as usual. The
 * results page turns them back into `ł`/`Ł` before anything is shown, and the
 * query has its `ł` folded too, because the index no longer holds one.
 * Readers never see the stand-ins: the published pages are not changed.
 *
 * The mapping is only reversible while real content never uses the stand-ins;
 * the content check refuses them (src/lib/site/search-markers.ts), and
 * `standInsIn` lets the build refuse a page that has them anyway.
 */
import { LETTER_STAND_INS } from '../site/index.ts';

const TO_INDEX = LETTER_STAND_INS;
const FROM_INDEX: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LETTER_STAND_INS).map(([letter, standIn]) => [standIn, letter]));

/** Writes `ł`/`Ł` as the stand-ins Pagefind folds to `l`/`L`. For the indexed copy only. */
export function foldForIndex(text: string): string {
  return text.replace(/[łŁ]/g, (c) => TO_INDEX[c] ?? c);
}

/** Turns the stand-ins in text that came out of the index (titles, excerpts) back into `ł`/`Ł`. */
export function restoreFromIndex(text: string): string {
  return text.replace(/[ḻḺ]/g, (c) => FROM_INDEX[c] ?? c);
}

/** The query as the index can match it: `łódź`, `Łodz` and `lodz` all become `lodz`-like. */
export function foldQuery(query: string): string {
  return query.replace(/ł/g, 'l').replace(/Ł/g, 'L');
}

/** The stand-in characters a text already contains (which would not survive the round trip). */
export function standInsIn(text: string): string[] {
  return [...new Set(text.match(/[ḻḺ]/g) ?? [])];
}
