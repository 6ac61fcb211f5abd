/**
 * How the index learns a word's other forms without the browser loading a dictionary.
 *
 * Pagefind has no Polish stemmer: it matches a query word only as the start of
 * an indexed word, so `Wiedeń` never finds `Wiednia` and `konferencja` never
 * finds `konferencji`. At build time, each word of the indexed copy whose base
 * form (lemma) it does not already start with is written with its lemmas
 * glued on: `Wiednia~~Wiedeń`. Pagefind splits a word at punctuation and
 * indexes each part at the word's own position (as it does for `e-mail`), so
 * the page is found by `Wiedeń` and by `Wiednia`, positions and word counts do
 * not move, and the published page is not touched. The results page strips
 * the glued parts (`withoutWordForms`) before it shows a title or an excerpt.
 *
 * Which lemmas a word has is the build's business (src/lib/morphology/); this
 * module only writes and removes them, so it stays browser-safe.
 */
import { FORMS_SEPARATOR } from '../site/index.ts';
import { comparable } from './comparable.ts';

/** Joins a word and its lemmas (see src/lib/site/search-markers.ts, which the content check also reads). */
export { FORMS_SEPARATOR };

/** Words shorter than this are left alone: their lemmas (`są` → `być`) would only add noise. */
const SHORTEST_ANNOTATED = 3;
/** A word with more readings than this is ambiguous enough that its lemmas help nobody. */
const MOST_LEMMAS = 3;

/** The glued lemmas after a word: letters only, so the punctuation after the word stays. */
const GLUED = new RegExp(`(?:${FORMS_SEPARATOR}[\\p{L}\\p{M}]+)+`, 'gu');

export type LemmasOf = (word: string) => readonly string[];

/**
 * The HTML with each text word followed by the lemmas it does not start with.
 * Text inside `<script>` and `<style>`, attributes and character references are left as they are.
 */
export function withWordForms(html: string, lemmasOf: LemmasOf): string {
  return html.replace(/(<(script|style)\b[\s\S]*?<\/\2>)|(<[^>]*>)|([^<]+)/giu, (whole, _raw, _name, _tag, text: string | undefined) =>
    text === undefined ? whole : text.replace(/&[#\w]+;|\p{L}+/gu, (word) => (word.startsWith('&') ? word : word + glued(word, lemmasOf))),
  );
}

function glued(word: string, lemmasOf: LemmasOf): string {
  if (word.length < SHORTEST_ANNOTATED) return '';
  const folded = word.toLocaleLowerCase();
  const lemmas = [...new Set(lemmasOf(word).map((lemma) => lemma.toLocaleLowerCase()))].filter((lemma) => /^[\p{L}\p{M}]+$/u.test(lemma) && !folded.startsWith(lemma));
  if (lemmas.length === 0 || lemmas.length > MOST_LEMMAS) return '';
  return lemmas.map((lemma) => FORMS_SEPARATOR + lemma).join('');
}

/** Text from the index (a title, an excerpt with `<mark>`s) without the glued lemmas. */
export function withoutWordForms(text: string): string {
  return text.replace(GLUED, '');
}

/** Whether a page already uses the separator, which the results page would then cut away. */
export function usesFormsSeparator(text: string): boolean {
  return text.includes(FORMS_SEPARATOR);
}

/** The words of one indexed word: itself, the lemmas glued to it, and the parts Pagefind splits it into. */
export function partsOfIndexedWord(token: string): string[] {
  return token.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
}

/**
 * The query side: a resident may type a form no page has (`międzykulturowa`
 * where pages say `międzykulturowe`, `międzykulturowej`). The build writes,
 * for every lemma of the site's words, each of its forms → the lemma, split
 * into small files by the form's first two letters (`formsPath`); the results
 * page fetches one of them only when a query word matches nothing, and
 * searches the lemma, which every form's page carries.
 */
export function formsLookup(words: Iterable<string>, lemmasOf: LemmasOf, formsOf: (lemma: string) => readonly string[]): Map<string, Record<string, string[]>> {
  const lemmas = new Set<string>();
  for (const word of words) for (const lemma of lemmasOf(word)) lemmas.add(lemma);
  const files = new Map<string, Record<string, string[]>>();
  for (const lemma of [...lemmas].sort()) {
    for (const form of formsOf(lemma)) {
      const key = comparable(form);
      if (key.length < SHORTEST_ANNOTATED) continue;
      const file = files.get(formsFileKey(key)) ?? {};
      // A form of several lemmas (`członkowie`: `członek`, `członka`) lists them all; the query tries each.
      const shown = lemma.toLocaleLowerCase();
      if (!file[key]?.includes(shown)) file[key] = [...(file[key] ?? []), shown];
      files.set(formsFileKey(key), file);
    }
  }
  return files;
}

/** Which file of the lookup holds a word: its first two letters, compared as search compares them. */
export function formsFileKey(word: string): string {
  return comparable(word).slice(0, 2);
}

/** Where one file of a language's lookup is published, under the site root. */
export function formsPath(lang: string, key: string): string {
  return `/pagefind/forms-${lang}/${encodeURIComponent(key)}.json`;
}
