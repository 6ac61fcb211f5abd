import { foldForIndex, standInsIn } from './folding.ts';
import { FORMS_SEPARATOR, usesFormsSeparator, withWordForms, type LemmasOf } from './word-forms.ts';

/**
 * The copy of a built page that Pagefind indexes. The published page is never
 * changed; the copy differs from it in three ways:
 *
 * - The summary (the page's meta description, written by the editors) is part
 *   of the indexed text with `data-pagefind-weight`, so that a word in a
 *   summary ranks above the same word in body text (weight 1), just below the
 *   title (`h1`, Pagefind's default weight 7). Where the page shows its summary
 *   (the lead of a network page) that text is weighted in place; elsewhere it
 *   is added under the title, so results can quote it as the excerpt.
 * - `ł`/`Ł` are written as stand-ins that Pagefind folds to `l`/`L`
 *   (see ./search-folding.ts).
 * - Terms and descriptions of fact lists are kept apart (see below).
 * - In languages with a lemma dictionary, words carry their base forms
 *   (`Wiednia~~wiedeń`, see ./word-forms.ts).
 *
 * Pure string work on HTML that Astro wrote, so it is unit-tested without a build.
 */

/** Between `h3` (5) and `h2` (6) in Pagefind's defaults, far above body text (1). */
export const SUMMARY_WEIGHT = 5;

/** Marks the element that holds what Pagefind indexes (set on `<main>` of content pages). */
export const INDEXED_BODY = 'data-pagefind-body';

/**
 * Whether Pagefind indexes the page at all: once any page marks its body, pages
 * that do not (the 404 pages, the search pages) are left out.
 */
export function isIndexed(html: string): boolean {
  return new RegExp(`<[a-z]+\\s[^>]*\\b${INDEXED_BODY}[\\s=>]`).test(html);
}

export function indexedCopy(html: string, file: string, lemmasOf?: LemmasOf): string {
  const standIns = standInsIn(html);
  if (standIns.length > 0) {
    throw new Error(
      `${file} contains ${standIns.join(', ')}, which search uses to stand for ł/Ł in its index; ` +
        'results would show ł there instead. Use another character, or change the stand-ins in src/lib/search/folding.ts.',
    );
  }
  if (lemmasOf && usesFormsSeparator(html)) {
    throw new Error(
      `${file} contains "${FORMS_SEPARATOR}", which search uses to glue base forms to words in its index; ` +
        'results would cut the text after it. Write it another way, or change FORMS_SEPARATOR in src/lib/search/word-forms.ts.',
    );
  }
  const summary = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
  const copy = separateListTerms(summary ? withWeightedSummary(html, summary) : html);
  return foldForIndex(lemmasOf ? withWordForms(copy, lemmasOf) : copy);
}

/**
 * Pagefind 1.6.0 runs the text of `<dt>` and `<dd>` together ("Terminmaj 2023"),
 * which makes one unfindable word of two and garbles excerpts. A colon after
 * each term and a space after each description keep them apart, as they read.
 */
function separateListTerms(html: string): string {
  return html.replaceAll('</dt>', '</dt>: ').replaceAll('</dd>', '</dd> ');
}

function withWeightedSummary(html: string, summary: string): string {
  const weighted = (tag: string) => `<${tag} data-pagefind-weight="${SUMMARY_WEIGHT}">${summary}</${tag}>`;
  // Astro escapes an attribute and a text the same way for the characters our
  // summaries use; if one ever differs, the summary is indexed twice, no worse.
  const shown = `>${summary}<`;
  if (html.includes(shown)) return html.replace(shown, () => `>${weighted('span')}<`);
  return html.replace('</h1>', () => `</h1>${weighted('p')}`);
}
