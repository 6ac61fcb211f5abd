import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { distFiles } from '../../scripts/dist-files.ts';

/**
 * The project's layering, as data, and a checker for it. Layers low to high:
 * a file may import from its own domain or from a lower layer, never from a
 * higher one nor from another domain of its own layer. A file outside a
 * `src/lib` domain enters it only through the domain's `index.ts`; a file
 * inside never imports its own domain's `index.ts` (the way cycles start).
 * docs/architecture.md draws the same picture.
 */
export const layers: ReadonlyArray<{ rank: number; domain: string; folder: string }> = [
  { rank: 0, domain: 'i18n', folder: 'src/i18n' },
  { rank: 0, domain: 'styles', folder: 'src/styles' },
  { rank: 1, domain: 'site', folder: 'src/lib/site' },
  { rank: 2, domain: 'events', folder: 'src/lib/events' },
  { rank: 3, domain: 'content', folder: 'src/lib/content' },
  { rank: 3, domain: 'search', folder: 'src/lib/search' },
  { rank: 3, domain: 'morphology', folder: 'src/lib/morphology' },
  { rank: 3, domain: 'seo', folder: 'src/lib/seo' },
  { rank: 3, domain: 'hosting', folder: 'src/lib/hosting' },
  { rank: 4, domain: 'astro-data', folder: 'src/data' },
  { rank: 4, domain: 'astro-integrations', folder: 'src/integrations' },
  { rank: 4, domain: 'astro-content-config', folder: 'src/content.config.ts' },
  { rank: 5, domain: 'components', folder: 'src/components' },
  { rank: 6, domain: 'layouts', folder: 'src/layouts' },
  { rank: 7, domain: 'pages', folder: 'src/pages' },
  { rank: 7, domain: 'tools', folder: 'scripts' },
  { rank: 7, domain: 'config', folder: 'astro.config.mjs' },
];

/** Domains whose public surface is their index.ts. */
const libDomains = new Set(layers.filter((l) => l.folder.startsWith('src/lib/')).map((l) => l.domain));

export interface ImportEdge {
  /** Importing file, relative to the project root. */
  from: string;
  /** Imported file, relative to the project root. */
  to: string;
}

export function layerOf(file: string) {
  return layers.find((l) => file === l.folder || file.startsWith(`${l.folder}/`));
}

const sourceFile = /\.(ts|mjs|astro)$/;

function walk(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return distFiles(full).map((f) => `${path}${f}`).filter((f) => sourceFile.test(f));
}

const importSpecifier = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function resolveImport(root: string, from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(root, dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`, `${base}.astro`, `${base}.mjs`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate).split('\\').join('/');
  }
  return relative(root, base).split('\\').join('/');
}

/** Every relative import between the project's own source files. */
export function projectImports(root: string): ImportEdge[] {
  const files = layers.flatMap((l) => walk(root, l.folder));
  return files.flatMap((from) => {
    const text = readFileSync(join(root, from), 'utf8');
    return [...text.matchAll(importSpecifier)].flatMap((m) => {
      const to = resolveImport(root, from, m[1] ?? m[2] ?? m[3] ?? '');
      return to ? [{ from, to }] : [];
    });
  });
}

/** What breaks the layering, one sentence per import. */
export function layeringViolations(edges: readonly ImportEdge[]): string[] {
  const out: string[] = [];
  for (const { from, to } of edges) {
    const source = layerOf(from);
    const target = layerOf(to);
    if (!source || !target || to.endsWith('.json') || to.endsWith('.css')) continue;
    if (source.domain === target.domain) {
      if (libDomains.has(target.domain) && to === `${target.folder}/index.ts` && from !== to) {
        out.push(`${from} imports its own domain's index.ts (${to}); import the module itself`);
      }
      continue;
    }
    if (target.rank > source.rank) out.push(`${from} (${source.domain}) imports upward from ${to} (${target.domain})`);
    else if (target.rank === source.rank) out.push(`${from} (${source.domain}) imports its peer domain ${target.domain} (${to})`);
    if (libDomains.has(target.domain) && to !== `${target.folder}/index.ts`) {
      out.push(`${from} reaches into ${to}; import ${target.folder}/index.ts instead`);
    }
  }
  return out;
}

/** Import cycles between files, each as the list of files around it. */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const to of next.get(file) ?? []) {
      if (state.get(to) === 'open') cycles.push([...stack.slice(stack.indexOf(to)), to]);
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of next.keys()) if (!state.has(file)) visit(file);
  return cycles;
}
