import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content';

/**
 * deploy/nginx.conf and public/_headers state one policy for two kinds of
 * host. The nginx file is tested live (tests/e2e/hosting/); this keeps the
 * other in step with it.
 */
const nginx = readFileSync(join(projectRoot, 'deploy/nginx.conf'), 'utf8');
const headersFile = readFileSync(join(projectRoot, 'public/_headers'), 'utf8');

/** _headers as path → header → value, after `!` detaching. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      expect(rules.has(line.trim()), `${line.trim()} is listed twice`).toBe(false);
      current = new Map();
      rules.set(line.trim(), current);
    } else if (current && !line.trim().startsWith('!')) {
      const [name, ...value] = line.trim().split(': ');
      current.set(name!.toLowerCase(), value.join(': '));
    }
  }
  return rules;
}

const rules = parseHeaders(headersFile);
const mapValue = (map: string, key: string) => new RegExp(`map \\$uri \\$${map} \\{[\\s\\S]*?${key}\\s+"([^"]+)";`).exec(nginx)?.[1];
const addHeader = (name: string) => new RegExp(`add_header ${name} "([^"]+)" always;`).exec(nginx)?.[1];

describe('public/_headers says what deploy/nginx.conf says', () => {
  it('the same Content-Security-Policy, with WebAssembly only on the search pages', () => {
    expect(rules.get('/*')?.get('content-security-policy')).toBe(mapValue('rownosc_csp', 'default'));
    const search = mapValue('rownosc_csp', '~\\^/\\(szukaj\\|en/search\\|pagefind\\)/');
    expect(search).toContain("'wasm-unsafe-eval'");
    expect(rules.get('/szukaj/*')?.get('content-security-policy')).toBe(search);
    expect(rules.get('/en/search/*')?.get('content-security-policy')).toBe(search);
    expect(rules.get('/pagefind/*')?.get('content-security-policy')).toBe(search);
    expect(rules.get('/*')?.get('content-security-policy')).not.toContain('wasm');
  });

  it.each(['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy'])(
    'the same %s',
    (name) => {
      expect(addHeader(name)).toBeDefined();
      expect(rules.get('/*')?.get(name.toLowerCase())).toBe(addHeader(name));
    },
  );

  it('the same caching', () => {
    expect(rules.get('/*')?.get('cache-control')).toBe(mapValue('rownosc_cache', 'default'));
    expect(rules.get('/_astro/*')?.get('cache-control')).toBe(mapValue('rownosc_cache', '~\\^/_astro/'));
    expect(rules.get('/*.ics')?.get('cache-control')).toBe(mapValue('rownosc_cache', '~\\\\.\\(ics\\|xml\\)\\$'));
  });
});
