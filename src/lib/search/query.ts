import { CONTENT_TYPES, type ContentType } from './filters.ts';
import { foldQuery } from './folding.ts';

/**
 * The search page's state as it travels in its URL (`/szukaj/?q=równość&type=event&year=2023`),
 * so results can be shared and the header's plain GET form lands on them.
 * No DOM here: the custom element in src/components/site-search/site-search.ts uses it, and so do the unit tests.
 */
export interface SearchState {
  q: string;
  type: ContentType | '';
  year: string;
}

export function readState(params: URLSearchParams): SearchState {
  const type = params.get('type') ?? '';
  const year = params.get('year') ?? '';
  return {
    q: (params.get('q') ?? '').trim(),
    type: (CONTENT_TYPES as readonly string[]).includes(type) ? (type as ContentType) : '',
    // A year only narrows events; /^\d{4}$/ keeps junk out of the filter.
    year: type === 'event' && /^\d{4}$/.test(year) ? year : '',
  };
}

/** The query string for a state ('' when there is nothing to search), empty values left out. */
export function stateQuery(state: SearchState): string {
  if (!state.q) return '';
  const params = new URLSearchParams({ q: state.q });
  if (state.type) params.set('type', state.type);
  if (state.type === 'event' && state.year) params.set('year', state.year);
  return `?${params}`;
}

/** What Pagefind is asked: the query with `ł` folded, and the chosen filters. */
export function pagefindRequest(state: SearchState): { term: string; filters: Record<string, string> } {
  const filters: Record<string, string> = {};
  if (state.type) filters['type'] = state.type;
  if (state.type === 'event' && state.year) filters['year'] = state.year;
  return { term: foldQuery(state.q), filters };
}

/** A word as search compares it: accents and ł folded, lower case, letters and digits only. */
export function comparable(word: string): string {
  return foldQuery(word)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The query terms that a result matched only through Pagefind's last resort.
 * When no indexed word starts with a term, Pagefind (1.6) falls back to the
 * longest indexed word that the term starts with: for Polish that is often a
 * one-letter word, so `wyszukiwarka`, found nowhere, "matches" every page with
 * `w` in it. A term counts as found when a matched word shares at least half
 * of it (and at least three letters, or all of a shorter term) from the start,
 * which every stemmed or prefix match does.
 *
 * `content` and `locations` are a result's page text and the word positions it
 * matched. Pages matched on metadata alone have no locations and are trusted.
 */
export function termsOnlyGuessed(query: string, content: string, locations: readonly number[]): string[] {
  if (locations.length === 0) return [];
  const words = content.split(/\s+/);
  const matched = locations.map((i) => comparable(words[i] ?? ''));
  return query
    .split(/\s+/)
    .filter((term) => comparable(term).length > 0)
    .filter((term) => {
      const wanted = comparable(term);
      const needed = Math.max(Math.min(wanted.length, 3), Math.ceil(wanted.length / 2));
      return !matched.some((word) => sharedStart(word, wanted) >= needed);
    });
}

function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The strings the results UI needs, in the page's language (filled in by src/components/site-search/SiteSearch.astro). */
export interface SearchStrings {
  /** BCP 47 tag for plural rules and number formatting. */
  intl: string;
  /** The results count per plural category ('one', 'few', …), with {{count, number}} and {{query}}. */
  results: Record<string, string>;
  noResults: string;
  unavailable: string;
  /** Only in `astro dev`: there is no index until `npm run build` has run. */
  needsBuild?: string;
  kind: Record<ContentType, string>;
}

/** Fills i18next-style placeholders: {{query}}, and {{count, number}} formatted for the language. */
export function fillTemplate(template: string, values: Record<string, string | number>, intl: string): string {
  return template.replace(/\{\{\s*(\w+)\s*(,\s*number\s*)?\}\}/g, (whole, name: string, number?: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return number && typeof value === 'number' ? new Intl.NumberFormat(intl).format(value) : String(value);
  });
}

/** The sentence announced after a search: how many results, in the right plural form. */
export function resultsStatus(strings: SearchStrings, count: number, query: string): string {
  if (count === 0) return fillTemplate(strings.noResults, { query }, strings.intl);
  const category = new Intl.PluralRules(strings.intl).select(count);
  const template = strings.results[category] ?? strings.results['other'] ?? '';
  return fillTemplate(template, { count, query }, strings.intl);
}
