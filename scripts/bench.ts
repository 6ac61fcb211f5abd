// npm run bench [-- N …] — build time and weight at scale.
//
// For each N (default 500, 1000, 2000 and 5000: the growth curve) it copies content/ to a temporary folder
// (never touching content/), adds N synthetic pages and 500 events (BENCH_EVENTS) per language made of real
// sentences from the site's own text in each language (src/i18n/locales.ts), builds the site from
// there exactly as `npm run build` does (search index included), and prints:
// pages, wall time, pages per second, peak memory of the build's process tree,
// dist/ size, search index size, largest and median page weight (HTML + CSS,
// brotli), and the largest page of each kind. It fails (exit code 1) when any page
// is over the 14 KB budget: the pages must stay within it at every size.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes, localeInfo, sectionKeys, type Locale } from '../src/i18n/locales.ts';
import { BUDGET, kb, pageWeights, type PageWeight } from './page-weights.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const runs = sizes.length > 0 ? sizes : [500, 1000, 2000, 5000];
/**
 * Events per language added to every run, so the lists of events (by year,
 * kind, network and series, the events page, the home page) are weighed at the
 * size the budget must hold: 500 (issue 15).
 */
const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 500);

/** Sentences of the site's real text in a language, markup removed. */
function sentences(locale: Locale): string[] {
  const out: string[] = [];
  for (const collection of ['networks', 'events', 'pages']) {
    const dir = join(projectRoot, 'content', collection, locale);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      const body = readFileSync(join(dir, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
      const text = body.replace(/<[^>]+>/g, '').replace(/^#+ .*$/gm, '').replace(/^- /gm, '');
      out.push(...text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter((s) => s.length > 40 && !/[{}<]/.test(s)));
    }
  }
  return out;
}

/** A deterministic pseudo-random sequence, so every run builds the same pages. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function syntheticPage(locale: Locale, index: number, pool: string[]): string {
  const next = random(index * 7919 + localeCodes.indexOf(locale) + 1);
  const pick = () => pool[Math.floor(next() * pool.length)]!;
  const words = pick().split(/\s+/).slice(0, 6).join(' ').replace(/[.,;:–-]+$/, '');
  const title = `${words} (${index})`;
  const paragraphs = Array.from({ length: 4 + Math.floor(next() * 4) }, () => Array.from({ length: 3 }, pick).join(' '));
  // A heading from the language's own words, so no language needs a word list here.
  const heading = pick().split(/\s+/).slice(0, 3).join(' ').replace(/[.,;:–-]+$/, '');
  const body = [...paragraphs.slice(0, 2), `## ${heading}`, ...paragraphs.slice(2)].join('\n\n');
  return `---\ntitle: ${JSON.stringify(title)}\nsummary: ${JSON.stringify(pick().slice(0, 150))}\nupdated: 2026-11-20\nslug: bench-${locale}-${index}\n---\n\n${body}\n`;
}

const kinds = ['conference', 'workshop', 'meeting', 'lecture', 'other'] as const;
const networkNames = ['femcities', 'icorn', 'intercultural-cities'];

/**
 * A synthetic event: its facts (dates, kind, networks, series, registration) come
 * from its number alone, so both languages' files agree as the content check
 * requires; the words are the language's own.
 */
function syntheticEvent(locale: Locale, index: number, pool: string[]): string {
  const next = random(index * 104729 + localeCodes.indexOf(locale) + 1);
  const pick = () => pool[Math.floor(next() * pool.length)]!;
  const year = 2016 + (index % 12);
  const month = String(1 + (index % 12)).padStart(2, '0');
  const day = String(1 + (index % 27)).padStart(2, '0');
  const start = `${year}-${month}-${day}`;
  const networks = networkNames.filter((_, n) => (index + n) % 4 === 0);
  const lines = [
    `title: ${JSON.stringify(`${pick().split(/\s+/).slice(0, 5).join(' ').replace(/[.,;:–-]+$/, '')} (${index})`)}`,
    `summary: ${JSON.stringify(pick().slice(0, 150))}`,
    'updated: 2026-11-20',
    `slug: bench-event-${locale}-${index}`,
    `start: ${start}`,
    ...(index % 3 === 0 ? ['startTime: "10:00"', 'endTime: "16:00"'] : []),
    `kind: ${kinds[index % kinds.length]}`,
    'venue:',
    '  name: "Muzeum Krakowa"',
    '  street: "Rynek Główny 35"',
    '  city: "Kraków"',
    `languages: [${localeCodes[0]}]`,
    `announced: ${year - 1}-12-01`,
    `networks: [${networks.join(', ')}]`,
    ...(index % 10 === 0 ? ['series:', `  name: bench-series-${index % 3}`, `  title: "Cykl ${index % 3}"`, `  slug: bench-series-${index % 3}`] : []),
    ...(index % 7 === 0 ? ['registration:', '  url: "https://example.org/r"', `  closes: ${start}`] : []),
  ];
  return `---\n${lines.join('\n')}\n---\n\n${Array.from({ length: 3 }, () => Array.from({ length: 3 }, pick).join(' ')).join('\n\n')}\n`;
}

function prepare(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  const content = join(dir, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  for (const locale of localeCodes) {
    const pool = sentences(locale);
    mkdirSync(join(content, 'pages', locale), { recursive: true });
    for (let i = 1; i <= n; i++) writeFileSync(join(content, 'pages', locale, `bench-${i}.mdx`), syntheticPage(locale, i, pool));
    mkdirSync(join(content, 'events', locale), { recursive: true });
    for (let i = 1; i <= EVENTS; i++) writeFileSync(join(content, 'events', locale, `bench-event-${i}.mdx`), syntheticEvent(locale, i, pool));
  }
  return dir;
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function build(dir: string): Promise<{ seconds: number; peak: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(dir, 'dist')], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: join(dir, 'content'), NO_COLOR: '1' },
    });
    let output = '';
    let peak = 0;
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code === 0) resolve({ seconds: (performance.now() - started) / 1000, peak, output });
      else reject(new Error(`build failed (${code}):\n${output.slice(-3000)}`));
    });
  });
}

function sizeOf(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : stat.size;
}

/** The kind of a built page, from its address: home, a section's index, a page below a section, or an editorial page. */
function kindOf(page: string): string {
  // Languages with a prefix first: the first language's pages have none.
  for (const code of [...localeCodes].sort((a, b) => localeInfo(b).prefix.length - localeInfo(a).prefix.length)) {
    const { prefix, sections } = localeInfo(code);
    if (prefix && !page.startsWith(`${prefix}/`)) continue;
    const rest = page.slice(prefix.length).split('/').filter(Boolean);
    if (rest.length === 0) return 'home';
    const section = sectionKeys.find((key) => sections[key] === rest[0]);
    // The lists of events: by year or kind (/wydarzenia/2023/, /wydarzenia/konferencje/), by series, by network.
    const eventList =
      (section === 'events' && rest.length >= 2 && (/^\d{4}$/.test(rest[1]!) || Object.values(localeInfo(code).eventKinds).includes(rest[1]! as never) || /^bench-series-/.test(rest[1]!))) ||
      (section === 'cooperation' && rest[2] === sections.events);
    if (eventList) return 'events: list';
    if (section) return rest.length === 1 ? `${section} index` : `${section}: page`;
    if (rest[0] !== '404') return 'page';
  }
  return 'other';
}

function largestByKind(weights: PageWeight[]): Map<string, PageWeight> {
  const largest = new Map<string, PageWeight>();
  for (const w of weights) {
    const kind = kindOf(w.page);
    if ((largest.get(kind)?.brotli ?? -1) < w.brotli) largest.set(kind, w);
  }
  return largest;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const rows: string[] = [];
const kindRows: string[] = [];
const over: string[] = [];
for (const n of runs) {
  const dir = prepare(n);
  try {
    const { seconds, peak } = await build(dir);
    const dist = join(dir, 'dist');
    const all = pageWeights(dist);
    const weights = all.map((w) => w.brotli).sort((a, b) => a - b);
    for (const [kind, w] of [...largestByKind(all)].sort(([a], [b]) => a.localeCompare(b))) kindRows.push(`| ${n} | ${kind} | ${w.page} | ${kb(w.brotli)} KB |`);
    over.push(...all.filter((w) => w.brotli > BUDGET).map((w) => `N = ${n}: ${w.page} ${kb(w.brotli)} KB`));
    const pages = weights.length;
    rows.push(
      `| ${n} | ${pages} | ${seconds.toFixed(1)} s | ${(pages / seconds).toFixed(0)} | ${mb(peak)} MB | ${mb(sizeOf(dist))} MB | ${mb(sizeOf(join(dist, 'pagefind')))} MB | ${kb(weights.at(-1) ?? 0)} KB | ${kb(weights[Math.floor(pages / 2)] ?? 0)} KB |`,
    );
    console.log(`N = ${n}: built ${pages} pages in ${seconds.toFixed(1)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log('\n| N per language | pages built | build wall time | pages/s | peak memory | dist/ size | search index | largest page (br) | median page (br) |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log('\n| N per language | kind of page | largest | HTML + CSS (br) |');
console.log('|---|---|---|---|');
for (const row of kindRows) console.log(row);
if (over.length > 0) {
  console.log(`\nOver the ${BUDGET / 1024} KB budget:\n${over.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`\nEvery page within the ${BUDGET / 1024} KB budget.`);
}
