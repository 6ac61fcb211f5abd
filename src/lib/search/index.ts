// The search domain's public surface: what is indexed and how, the ł folding,
// the filters, the search page's query state and its no-JavaScript site index. See README.md.
export * from './folding.ts';
export * from './index-copy.ts';
export * from './filters.ts';
export * from './query.ts';
export * from './word-forms.ts';
export * from './comparable.ts';
export * from './query-plan.ts';
export * from './typos.ts';
export * from './vocabulary.ts';
