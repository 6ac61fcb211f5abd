// The site domain's public surface: the page table (every address, in every
// language, and how pages pair across languages) and the site's own address. See README.md.
export * from './site-pages.ts';
export * from './site-index.ts';
export * from './site-url.ts';
export * from './escape-html.ts';
export * from './event-list-pages.ts';
export * from './event-list-labels.ts';
export * from './search-markers.ts';
