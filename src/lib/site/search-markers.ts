/**
 * Characters the search index uses as markers in its copy of each page
 * (src/lib/search/): stand-ins for `ł`/`Ł` that Pagefind folds to `l`/`L`,
 * and the separator that glues base forms to words (`Wiednia~~wiedeń`). The
 * results page turns them back or cuts them away, so content that already
 * contains them would be shown wrong. They live here, below both, so that
 * the content check (src/lib/content/) can refuse them in Polish, naming file
 * and line, before the build ever reaches the index.
 */

/** Written for `ł`/`Ł` in the indexed copy: l/L with line below (U+1E3B/U+1E3A). */
export const LETTER_STAND_INS: Readonly<Record<string, string>> = { ł: 'ḻ', Ł: 'Ḻ' };

/** Joins a word and its lemmas in the indexed copy. ASCII punctuation, so Pagefind splits there. */
export const FORMS_SEPARATOR = '~~';

/** The markers a text contains, each once. */
export function searchMarkersIn(text: string): string[] {
  const markers = [...Object.values(LETTER_STAND_INS), FORMS_SEPARATOR];
  return markers.filter((marker) => text.includes(marker));
}
