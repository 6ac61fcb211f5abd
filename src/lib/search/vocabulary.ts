import { partsOfIndexedWord } from './word-forms.ts';

/**
 * The words search knows, for "did you mean" (./typos.ts). The build counts
 * the words of every indexed page's body (what Pagefind indexes, teaser lists
 * marked `data-pagefind-ignore` left out, base forms included) and writes them
 * per language, most frequent first; the results page fetches that list only
 * when a query word matches nothing.
 */

/** The indexed text of a page copy: the element marked `data-pagefind-body`, without ignored parts. */
export function indexedText(html: string): string {
  const start = /<([a-z]+)\s[^>]*\bdata-pagefind-body[\s=>][^>]*>/.exec(html);
  if (!start) return '';
  const end = html.lastIndexOf(`</${start[1]}>`);
  const body = html.slice(start.index + start[0].length, end < 0 ? undefined : end);
  return body
    .replace(/<(ul|ol|div|section|aside)\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, ' ');
}

/** Adds the words of one page's indexed text to a count (each word once per page). */
export function countWords(text: string, counts: Map<string, number>): void {
  const seen = new Set<string>();
  for (const token of text.split(/\s+/)) {
    for (const part of partsOfIndexedWord(token)) {
      const word = part.toLocaleLowerCase();
      if (word.length < 2 || /^\d+$/.test(word) || seen.has(word)) continue;
      seen.add(word);
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
}

/** The words, those on the most pages first (ties alphabetically, so the file is stable). */
export function vocabularyList(counts: ReadonlyMap<string, number>): string[] {
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);
}

/** Where a language's word list is published, under the site root (written beside Pagefind's index). */
export function vocabularyPath(lang: string): string {
  return `/pagefind/words-${lang}.json`;
}
