import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheRules,
  contentSecurityPolicy,
  defaultCache,
  defaultCacheExamples,
  notFoundPages,
  renderHeadersFile,
  securityHeaders,
  wasmFolders,
  withGeneratedBlocks,
} from '../../src/lib/hosting/index.ts';
import { projectRoot } from '../helpers/content';

/**
 * deploy/nginx.conf and dist/_headers are both written from one table
 * (src/lib/hosting/policy.ts). These tests read the two renderings as each
 * server would — nginx's first matching regex, the _headers file's every
 * matching rule with `!` detaching — and ask both the same questions. The live
 * nginx is tested in tests/e2e/hosting/.
 */
const nginxFile = join(projectRoot, 'deploy/nginx.conf');
const nginx = readFileSync(nginxFile, 'utf8');
const headersFile = renderHeadersFile();

/** One `map $uri $<name> { … }` block: regex entries in order, and the default. */
function nginxMap(conf: string, name: string) {
  const body = new RegExp(`map \\$uri \\$${name} \\{([\\s\\S]*?)\\n\\}`).exec(conf)?.[1];
  if (!body) throw new Error(`no map $${name} in nginx.conf`);
  const entries = [...body.matchAll(/^\s*(\S+)\s+"([^"]*)";/gm)].map((m) => ({ key: m[1]!, value: m[2]! }));
  return {
    resolve(path: string): string | undefined {
      const hit = entries.find((e) => e.key.startsWith('~') && new RegExp(e.key.slice(1)).test(path));
      return (hit ?? entries.find((e) => e.key === 'default'))?.value;
    },
  };
}

const addHeader = (conf: string, name: string) => new RegExp(`add_header ${name} "([^"]+)" always;`).exec(conf)?.[1];

/** A _headers file as such a host reads it. */
function headersHost(text: string) {
  const rules: Array<{ pattern: RegExp; detach: Set<string>; set: Array<[string, string]> }> = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), detach: new Set(), set: [] });
    } else if (line.trim().startsWith('!')) {
      rules.at(-1)!.detach.add(line.trim().slice(1).trim().toLowerCase());
    } else {
      const [name, ...value] = line.trim().split(': ');
      rules.at(-1)!.set.push([name!.toLowerCase(), value.join(': ')]);
    }
  }
  return {
    resolve(path: string, header: string): string | undefined {
      let value: string | undefined;
      for (const rule of rules.filter((r) => r.pattern.test(path))) {
        if (rule.detach.has(header)) value = undefined;
        for (const [name, text] of rule.set) if (name === header) value = value === undefined ? text : `${value}, ${text}`;
      }
      return value;
    },
  };
}

const nginxCache = nginxMap(nginx, 'rownosc_cache');
const nginxCsp = nginxMap(nginx, 'rownosc_csp');
const host = headersHost(headersFile);

describe('one HTTP policy, two hosts', () => {
  it('deploy/nginx.conf carries the table as it is now (else: npm run deploy:policy)', () => {
    expect(withGeneratedBlocks(nginx)).toBe(nginx);
  });

  it.each(cacheRules.flatMap((rule) => rule.examples.map((path) => [path, rule.value] as const)))(
    'caches %s as %s on both',
    (path, value) => {
      expect(nginxCache.resolve(path)).toBe(value);
      expect(host.resolve(path, 'cache-control')).toBe(value);
    },
  );

  it.each(defaultCacheExamples)('revalidates %s on both', (path) => {
    expect(nginxCache.resolve(path)).toBe(defaultCache);
    expect(host.resolve(path, 'cache-control')).toBe(defaultCache);
  });

  it('lets only the search pages of every language and Pagefind compile WebAssembly, on both', () => {
    expect(wasmFolders()).toEqual(expect.arrayContaining(['/szukaj/', '/en/search/', '/pagefind/']));
    for (const folder of wasmFolders()) {
      for (const path of [folder, `${folder}index.html`]) {
        expect(nginxCsp.resolve(path), path).toBe(contentSecurityPolicy({ wasm: true }));
        expect(host.resolve(path, 'content-security-policy'), path).toBe(contentSecurityPolicy({ wasm: true }));
      }
    }
    for (const path of ['/', '/wydarzenia/', '/en/events/', '/szukajka/']) {
      expect(nginxCsp.resolve(path), path).toBe(contentSecurityPolicy({ wasm: false }));
      expect(host.resolve(path, 'content-security-policy'), path).toBe(contentSecurityPolicy({ wasm: false }));
      expect(contentSecurityPolicy({ wasm: false })).not.toContain('wasm');
    }
  });

  it.each(Object.entries(securityHeaders))('sends %s on both', (name, value) => {
    expect(addHeader(nginx, name)).toBe(value);
    expect(host.resolve('/any/page/', name.toLowerCase())).toBe(value);
  });

  it('gives every language but the default its own 404 page in nginx', () => {
    for (const { prefix, page } of notFoundPages()) {
      expect(nginx).toContain(`location ${prefix} {\n        try_files $uri $uri/ =404;\n        error_page 404 ${page};\n    }`);
    }
    expect(notFoundPages().map((p) => p.prefix)).toEqual(['/en/']);
  });

  it('would notice a rule that is shadowed or joined instead of replaced (the readers can fail)', () => {
    const joined = headersHost('/*\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(joined.resolve('/_astro/x.js', 'cache-control')).toBe('no-cache, public, max-age=31536000, immutable');
    const shadowed = nginxMap('map $uri $c {\n    default "no-cache";\n    ~^/ "x";\n    ~^/_astro/ "y";\n}', 'c');
    expect(shadowed.resolve('/_astro/x.js')).toBe('x');
  });
});
