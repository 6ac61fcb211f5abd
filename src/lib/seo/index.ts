// The search-engine domain's public surface: JSON-LD and the sitemap's
// per-page facts, security.txt. See README.md.
export * from './structured-data.ts';
export * from './sitemap-alternates.ts';
export * from './security-txt.ts';
export * from './document-title.ts';
