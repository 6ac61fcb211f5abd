import { CONTENT_TYPES, type ContentType } from './filters.ts';
import { comparable, sharedStart } from './comparable.ts';
import { foldQuery } from './folding.ts';
import type { QueryLanguage } from './query-plan.ts';
import { partsOfIndexedWord } from './word-forms.ts';

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

/**
 * The query words that a result matched only through Pagefind's last resort.
 * When no indexed word starts with a word, Pagefind (1.6) falls back to the
 * longest indexed word that the query word starts with: `prawnik`, found
 * nowhere, "matches" every page with `praw…`, and `wyszukiwarka` every page
 * with `w`. A word counts as found only when a word the result matched (or a
 * base form glued to it, see ./word-forms.ts) starts with it: exact and
 * prefix matches do, guesses do not. Languages Pagefind stems (English) also
 * accept a matched word that differs only in endings the stemmer removes
 * (`writers` → `writer`, `cities` → `city`): `endings`, from the locale list.
 *
 * `content` and `locations` are a result's page text and the word positions it
 * matched. Pages matched on metadata alone have no locations and are trusted.
 */
export function termsOnlyGuessed(terms: readonly string[], content: string, locations: readonly number[], endings: readonly string[] = []): string[] {
  if (locations.length === 0) return [];
  const words = content.split(/\s+/);
  const matched = locations.flatMap((i) => partsOfIndexedWord(words[i] ?? '').map(comparable));
  const allowedEndings = new Set(['', ...endings]);
  return terms.filter((term) => {
    const wanted = comparable(term);
    if (!wanted) return false;
    return !matched.some((word) => {
      const shared = sharedStart(word, wanted);
      if (shared === wanted.length) return true;
      return endings.length > 0 && shared >= 3 && allowedEndings.has(word.slice(shared)) && allowedEndings.has(wanted.slice(shared));
    });
  });
}

/** The strings the results UI needs, in the page's language (filled in by src/components/site-search/SiteSearch.astro). */
export interface SearchStrings extends QueryLanguage {
  /** BCP 47 tag for plural rules and number formatting. */
  intl: string;
  /** Endings Pagefind's stemmer removes in this language (src/i18n/locales.ts); none for Polish. */
  endings: string[];
  /** The address of the language's word list for "did you mean" (./vocabulary.ts). */
  vocabulary: string;
  /** "Showing results for {{used}} instead of {{typed}}." */
  corrected: string;
  /** "Left out, not on this site: {{words}}." */
  leftOut: string;
  /** "No page has all the words; left out: {{words}}." */
  apart: string;
  /** The language whose lookup of forms the build wrote (./word-forms.ts), or '' when it has none. */
  formsOf: string;
  /** "Did you mean: {{words}}?", the words as links. */
  didYouMean: string;
  /** One word in the language's quotation marks: „{{word}}”. */
  quoted: string;
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
