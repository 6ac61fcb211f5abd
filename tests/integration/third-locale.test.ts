import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distFiles } from '../../scripts/dist-files.ts';
import { localeCodes } from '../../src/i18n/locales';
import { astroEnv } from '../helpers/content';
import { decodeEntities, isMovedPage } from '../helpers/html';
import { changedSourceFiles, fixture, projectWithThirdLocale, thirdLocale } from '../helpers/third-locale';

/**
 * Issue: "a third language with one line". The project, copied, gets a
 * Ukrainian entry in the locale list, its string files and four translated
 * pages (tests/fixtures/third-locale/), and is built for real. Everything
 * language-specific must follow from the list alone.
 */
const uk = thirdLocale.code;
const scratch = mkdtempSync(join(tmpdir(), 'third-locale-'));
const project = join(scratch, 'project');
const dist = join(project, 'dist');
let build: { status: number | null; output: string };

beforeAll(() => {
  projectWithThirdLocale(project);
  const result = spawnSync('npx', ['astro', 'build'], { cwd: project, env: astroEnv({}), encoding: 'utf8', timeout: 240_000 });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every built page: its path ('/uk/') and HTML. */
function builtPages(): Array<{ path: string; html: string }> {
  return distFiles(dist, ['pagefind'])
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: file.replace(/index\.html$/, ''), html: readFileSync(join(dist, file), 'utf8') }))
    .filter((page) => !isMovedPage(page.html));
}

const htmlLang = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
const isNotFound = (path: string) => /404(\.html|\/)$/.test(path);
const pathOf = (href: string) => new URL(href, 'https://example.org').pathname;

/** hreflang → path of every alternate link in the page's head. */
function hreflangs(html: string): Map<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  return new Map([...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, pathOf(decodeEntities(m[2]!))]));
}

/** The language navigation's entries: the current language (no href) and links to the others. */
function languageNav(html: string) {
  const nav = /<nav class="language-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  const current = [...nav.matchAll(/<span aria-current="true" lang="([^"]+)"/g)].map((m) => m[1]);
  const links = [...nav.matchAll(/<a href="([^"]+)" hreflang="([^"]+)"([^>]*)>/g)].map((m) => ({
    href: decodeEntities(m[1]!),
    lang: m[2]!,
    alternate: /\brel="alternate"/.test(m[3]!),
  }));
  const notes = [...nav.matchAll(/<p class="untranslated" lang="([^"]+)"/g)].map((m) => m[1]);
  return { current, links, notes };
}

const exists = (path: string) => existsSync(join(dist, path, 'index.html')) || existsSync(join(dist, path));

describe('a third language added by configuration alone', () => {
  it('changes nothing in src/ but the locale list and the language’s string files', () => {
    expect(changedSourceFiles(project)).toEqual([
      'src/i18n/locales.ts',
      `src/i18n/locales/${uk}/statement.json`,
      `src/i18n/locales/${uk}/translation.json`,
    ]);
  });

  it('builds, and names each page still waiting for its translation', () => {
    expect(build.status, build.output).toBe(0);
    for (const file of ['networks/pl/icorn.mdx', 'networks/pl/intercultural-cities.mdx', 'events/pl/empathic-cities-forum-2023.mdx']) {
      expect(build.output).toContain(`content/${file} — brak tłumaczenia (${uk})`);
    }
    expect(build.output).not.toContain(`content/networks/pl/femcities.mdx — brak tłumaczenia (${uk})`);
  });

  it('publishes the language’s pages under its prefix and section names, in its own <html lang>', () => {
    const s = thirdLocale.sections;
    const expected = ['', `${s.cooperation}/`, `${s.cooperation}/femcities/`, `${s.events}/`, `${s.statement}/`, `${s.search}/`, '404/'];
    for (const path of expected.map((p) => `${thirdLocale.prefix}/${p}`)) {
      expect(exists(path), path).toBe(true);
      expect(htmlLang(readFileSync(join(dist, path, 'index.html'), 'utf8')), path).toBe(uk);
    }
    expect(builtPages().filter((p) => htmlLang(p.html) === uk && !p.path.startsWith(`${thirdLocale.prefix}/`))).toEqual([]);
  });

  it('offers every language on every page: a translation where there is one, else the nearest index, saying so', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(25);
    for (const { path, html } of pages) {
      const lang = htmlLang(html)!;
      const nav = languageNav(html);
      expect(nav.current, path).toEqual([lang]);
      expect(nav.links.map((l) => l.lang).sort(), path).toEqual([...localeCodes, uk].filter((c) => c !== lang).sort());
      for (const link of nav.links) {
        expect(exists(link.href), `${path} → ${link.href}`).toBe(true);
        if (!isNotFound(path)) expect(nav.notes.includes(link.lang), `${path}: note for ${link.lang}`).toBe(!link.alternate);
      }
    }
    const icorn = languageNav(pages.find((p) => p.path === '/wspolpraca-miedzynarodowa/icorn/')!.html);
    expect(icorn.links.find((l) => l.lang === uk)).toEqual({ href: `${thirdLocale.prefix}/${thirdLocale.sections.cooperation}/`, lang: uk, alternate: false });
  });

  it('links translations with reciprocal hreflang, x-default on the default language', () => {
    const pages = builtPages().filter((p) => !isNotFound(p.path));
    const byPath = new Map(pages.map((p) => [p.path, p]));
    const full = new Set<string>();
    for (const { path, html } of pages) {
      const links = hreflangs(html);
      if (links.size === 0) continue;
      expect(links.get(htmlLang(html)!), `${path} lists itself`).toBe(path);
      expect(links.get('x-default'), path).toBe(links.get(localeCodes[0]!));
      for (const [lang, target] of links) {
        if (lang === 'x-default') continue;
        const other = byPath.get(target);
        expect(other, `${path} → ${target}`).toBeDefined();
        expect(htmlLang(other!.html)).toBe(lang);
        expect(hreflangs(other!.html), `${target} answers ${path}`).toEqual(links);
      }
      if (links.has(uk)) full.add(path);
    }
    // Home, cooperation, Femcities and its list of events, events, statement, search, site index, easy read: in three languages each.
    expect(full.size).toBe(9 * 3);
    for (const path of full) expect(hreflangs(byPath.get(path)!.html).size, path).toBe(4);
    expect(hreflangs(byPath.get('/wspolpraca-miedzynarodowa/icorn/')!.html).has(uk)).toBe(false);
  });

  it('gives the sitemap the same alternates as each page', () => {
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link'].includes(name) }).parse(
      readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'),
    ) as { urlset: { url: Array<{ loc: string; 'xhtml:link'?: Array<{ '@_hreflang': string; '@_href': string }> }> } };
    const urls = xml.urlset.url;
    expect(urls.filter((u) => pathOf(u.loc).startsWith(`${thirdLocale.prefix}/`))).toHaveLength(9);
    for (const url of urls) {
      const page = readFileSync(join(dist, pathOf(url.loc), 'index.html'), 'utf8');
      const listed = new Map((url['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], pathOf(l['@_href'])]));
      expect(listed, url.loc).toEqual(hreflangs(page));
    }
  });

  it('builds a separate search index for the language, of its own pages', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual([...localeCodes, uk].sort());
    const indexed = builtPages().filter((p) => htmlLang(p.html) === uk && p.html.includes('data-pagefind-body'));
    expect(indexed.length).toBeGreaterThan(3);
    expect(entry.languages[uk]!.page_count).toBe(indexed.length);
  });

  it('npm run i18n:status lists the pages without the language and no missing string', () => {
    const status = spawnSync(process.execPath, ['scripts/i18n-status.ts'], { cwd: project, encoding: 'utf8' });
    expect(status.status, status.stdout + status.stderr).toBe(0);
    expect(status.stdout).toContain(`content/networks/pl/icorn.mdx — brak wersji ${uk}`);
    expect(status.stdout).not.toContain(`content/networks/pl/femcities.mdx — brak wersji ${uk}`);
    expect(status.stdout).toContain('Teksty interfejsu bez tłumaczenia (0)');
  });

  it('npm run i18n:status fails on a string the language lacks (the report can fail)', () => {
    const file = join(project, 'src/i18n/locales', uk, 'translation.json');
    const strings = JSON.parse(readFileSync(file, 'utf8')) as { footer: Record<string, string> };
    delete strings.footer['statement'];
    writeFileSync(file, JSON.stringify(strings));
    const status = spawnSync(process.execPath, ['scripts/i18n-status.ts'], { cwd: project, encoding: 'utf8' });
    expect(status.status).toBe(1);
    expect(status.stdout).toContain(`src/i18n/locales/${uk}/translation.json — brak klucza footer.statement`);
  });

  it('leaves the published site Polish and English', () => {
    expect([...localeCodes]).toEqual(['pl', 'en']);
    expect(existsSync(join(fixture, '..', '..', '..', 'content/pages', uk))).toBe(false);
  });
});
