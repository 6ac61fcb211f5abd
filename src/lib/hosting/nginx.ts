import { cacheRules, contentSecurityPolicy, defaultCache, notFoundPages, securityHeaders, wasmFolders } from './policy.ts';

/**
 * The parts of deploy/nginx.conf that state the policy, written from
 * ./policy.ts between `# BEGIN generated: <name>` and `# END generated: <name>`
 * lines. Everything else in the file is written by hand.
 */

const generatedBy = '# Written by `npm run deploy:policy` from src/lib/hosting/policy.ts: change it there.';

/** nginx string literal: the values here contain no double quotes or backslashes. */
const quoted = (value: string) => `"${value}"`;

function maps(): string {
  const wasm = `~^/(${wasmFolders().map((folder) => folder.replace(/^\/|\/$/g, '')).join('|')})/`;
  const width = Math.max(...cacheRules.map((rule) => rule.pattern.length)) + 2;
  return [
    generatedBy,
    '# Only the search pages and Pagefind\'s files may compile WebAssembly.',
    'map $uri $rownosc_csp {',
    `    default ${quoted(contentSecurityPolicy({ wasm: false }))};`,
    `    ${wasm} ${quoted(contentSecurityPolicy({ wasm: true }))};`,
    '}',
    '',
    '# Caching, first match wins.',
    'map $uri $rownosc_cache {',
    `    ${'default'.padEnd(width)} ${quoted(defaultCache)};`,
    ...cacheRules.map((rule) => `    ${`~${rule.pattern}`.padEnd(width)} ${quoted(rule.value)};  # ${rule.what}`),
    '}',
  ].join('\n');
}

function headers(): string {
  return [
    '    ' + generatedBy,
    '    # The same headers on every response, errors included ("always").',
    '    add_header Content-Security-Policy $rownosc_csp always;',
    ...Object.entries(securityHeaders).map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`),
    '    add_header Cache-Control $rownosc_cache always;',
  ].join('\n');
}

function notFound(): string {
  return [
    '    ' + generatedBy,
    '    # Each language gets its own "page not found", with status 404.',
    '    error_page 404 /404.html;',
    ...notFoundPages().flatMap(({ prefix, page }) => [
      `    location ${prefix} {`,
      '        try_files $uri $uri/ =404;',
      `        error_page 404 ${page};`,
      '    }',
    ]),
  ].join('\n');
}

export const nginxBlocks: Record<string, () => string> = { maps, headers, 'not-found': notFound };

/** `conf` with every generated block rewritten; throws when a block's markers are missing. */
export function withGeneratedBlocks(conf: string): string {
  let out = conf;
  for (const [name, render] of Object.entries(nginxBlocks)) {
    const pattern = new RegExp(`(^[ \\t]*# BEGIN generated: ${name}\\n)[\\s\\S]*?(^[ \\t]*# END generated: ${name}$)`, 'm');
    if (!pattern.test(out)) throw new Error(`deploy/nginx.conf has no "# BEGIN generated: ${name}" … "# END generated: ${name}" block`);
    out = out.replace(pattern, (_whole, begin: string, end: string) => `${begin}${render()}\n${end}`);
  }
  return out;
}
