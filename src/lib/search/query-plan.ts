import { comparable, sharedStart } from './comparable.ts';
import { clearSuggestion, nearestWords } from './typos.ts';

/**
 * What to search for when a resident's query, as typed, finds nothing:
 *
 * 1. Stop words go first (`jak`, `kiedy`, `the`…, the language's
 *    `search.stopWords`), unless the query has nothing else.
 * 2. The rest is searched as one query. Found (and not through Pagefind's
 *    prefix guess, see `termsOnlyGuessed`): done.
 * 3. Otherwise each word is tried on its own; then as its lemma, when the
 *    language has the build's lookup of forms (`międzykulturowa` →
 *    `międzykulturowy`, see ./word-forms.ts); then, from the site's word list
 *    (fetched only now), as the nearest site word when one is clearly right
 *    (./typos.ts), and said so. Words still unmatched are left out and named,
 *    with the nearest site words offered as "did you mean".
 * 4. The words that match are searched together; when no page has them all,
 *    then as their lemmas (the page may have other forms of each), and failing
 *    that the last ones are dropped until a page has the rest ("Femcities Vienna
 *    founded" shows Femcities; "founded" is named as left out).
 * 5. Except when a left-out word starts like words of the site (`Krakowska`
 *    beside `Kraków`, `Krakowa`): the query then names something more specific
 *    that the site does not have (Karta Krakowska, the city card), and results
 *    for the rest (the European Charter, `Karty`) would mislead. Nothing is
 *    shown, as it should be.
 *
 * The searching itself is passed in, so this runs the same in the browser and
 * in the unit tests.
 */

export interface QueryLanguage {
  /** Words dropped from queries (the language's `search.stopWords`). */
  stopWords: readonly string[];
}

export interface QueryTools {
  /** Searches the words together; whether anything was found as asked (no prefix guess). */
  finds(words: readonly string[]): Promise<boolean>;
  /** The lemmas of a form of the site's words (`członkowie` → `członek`, `członka`), if the language has a lookup of forms. */
  lemmasOf(word: string): Promise<readonly string[]>;
  /** The site's words, most frequent first. */
  vocabulary(): Promise<readonly string[]>;
}

export interface QueryPlan {
  /** The words to search for; empty when nothing should be shown. */
  words: string[];
  /** Typed words replaced by a clearly right site word. */
  corrected: { typed: string; used: string }[];
  /** Typed words that match nothing on the site, left out of the search. */
  leftOut: string[];
  /** Words the site has, but no page together with the others: left out too. */
  apart: string[];
  /** When nothing is shown: site words the reader may have meant, per typed word. */
  didYouMean: { typed: string; words: string[] }[];
}

/** A left-out word "starts like" a site word when they share this much of their beginning… */
const RELATED_START = 5;
/** …and at most this much of the left-out word differs. */
const RELATED_TAIL = 3;

export function queryWords(query: string, language: QueryLanguage): string[] {
  const words = query.split(/\s+/).filter((word) => comparable(word).length > 0);
  const stop = new Set(language.stopWords.map(comparable));
  const meaningful = words.filter((word) => !stop.has(comparable(word)));
  return meaningful.length > 0 ? meaningful : words;
}

export async function planQuery(query: string, language: QueryLanguage, tools: QueryTools): Promise<QueryPlan> {
  const words = queryWords(query, language);
  const plan: QueryPlan = { words, corrected: [], leftOut: [], apart: [], didYouMean: [] };
  if (words.length === 0 || (await tools.finds(words))) return plan;

  const kept: string[] = [];
  for (const word of words) {
    if (await tools.finds([word])) {
      kept.push(word);
      continue;
    }
    const lemma = await firstFound(await tools.lemmasOf(word), (lemma) => tools.finds([lemma]));
    if (lemma) {
      kept.push(lemma);
      continue;
    }
    const suggestions = nearestWords(word, await tools.vocabulary());
    const used = clearSuggestion(suggestions);
    if (used && (await tools.finds([used]))) {
      plan.corrected.push({ typed: word, used });
      kept.push(used);
    } else {
      plan.leftOut.push(word);
      if (suggestions.length > 0) plan.didYouMean.push({ typed: word, words: suggestions.map((s) => s.word) });
    }
  }
  const siteWords = plan.leftOut.length > 0 ? await tools.vocabulary() : [];
  if (kept.length === 0 || plan.leftOut.some((word) => startsLikeSiteWord(word, siteWords))) return { ...plan, words: [] };
  if (kept.length > 1 && !(await tools.finds(kept))) {
    // A page may have all the words in other forms: `konferencje Femcities` is the page that says `konferencji`.
    const asLemmas = await Promise.all(kept.map(async (word) => (await firstFound(await tools.lemmasOf(word), (lemma) => tools.finds([lemma]))) ?? word));
    if (await tools.finds(asLemmas)) kept.splice(0, kept.length, ...asLemmas);
  }
  while (kept.length > 1 && !(await tools.finds(kept))) plan.apart.unshift(kept.pop()!);
  if (!(await tools.finds(kept))) return { ...plan, words: [] };
  return { ...plan, words: kept };
}

async function firstFound(candidates: readonly string[], finds: (candidate: string) => Promise<boolean>): Promise<string | undefined> {
  for (const candidate of candidates) if (await finds(candidate)) return candidate;
  return undefined;
}

/** Whether a word that matches nothing shares its beginning with a word of the site (see step 5). */
export function startsLikeSiteWord(word: string, siteWords: readonly string[]): boolean {
  const wanted = comparable(word);
  if (wanted.length < RELATED_START) return false;
  const needed = Math.max(RELATED_START, wanted.length - RELATED_TAIL);
  return siteWords.some((siteWord) => sharedStart(comparable(siteWord), wanted) >= needed);
}
