import { cacheRules, contentSecurityPolicy, defaultCache, securityHeaders, wasmFolders } from './policy.ts';

/**
 * dist/_headers, for static hosts that read this format (Cloudflare Pages,
 * Netlify), from ./policy.ts. Every rule whose path matches a request applies;
 * a later rule replaces an earlier one's header only after `! Name` detaches it.
 * So the general rule comes first, and the cache rules in the reverse of
 * nginx's first-match order: the most specific one is applied last.
 */
export function renderHeadersFile(): string {
  const lines = [
    '# Response headers for static hosts that read this format. Written at build time from',
    '# src/lib/hosting/policy.ts, like the policy blocks of deploy/nginx.conf.',
    '',
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy({ wasm: false })}`,
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
    `  Cache-Control: ${defaultCache}`,
    '',
    "# Only the search pages and Pagefind's files may compile WebAssembly.",
    ...wasmFolders().flatMap((folder) => [
      `${folder}*`,
      '  ! Content-Security-Policy',
      `  Content-Security-Policy: ${contentSecurityPolicy({ wasm: true })}`,
    ]),
    '',
    '# Caching: the most specific rule last.',
    ...[...cacheRules].reverse().flatMap((rule) => [
      `# ${rule.what}`,
      ...rule.headersPaths.flatMap((path) => [path, '  ! Cache-Control', `  Cache-Control: ${rule.value}`]),
    ]),
    '',
    '# Calendar files need their type said.',
    '/*.ics',
    '  Content-Type: text/calendar; charset=utf-8',
  ];
  return `${lines.join('\n')}\n`;
}
