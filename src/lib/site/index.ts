// The site domain's public surface: the page table (every address, in every
// language, and how pages pair across languages). See README.md.
export * from './site-pages.ts';
