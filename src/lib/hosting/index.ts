// The hosting domain's public surface: the HTTP policy (headers, WebAssembly,
// caching, per-language 404s) and its two renderings, and the redirects from
// old addresses. See README.md.
export * from './policy.ts';
export * from './nginx.ts';
export * from './headers-file.ts';
export * from './redirects.ts';
