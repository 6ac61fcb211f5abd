import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../../src/lib/content/index.ts';
import { breadcrumbs, buildSitePages, counterpart, EVENTS_PER_LIST, listedInSiteIndex, siteIndexParts, type EntrySummary } from '../../src/lib/site/index.ts';
import { contentDir, indexTitles, projectRoot, readEntrySummaries } from '../helpers/content';

const real = readEntrySummaries();
const event = (locale: string, i: number, year: string, kind: 'conference' | 'workshop' | 'meeting', networks: string[] = []): EntrySummary => ({
  collection: 'events',
  id: `${locale}/e-${year}-${i}`,
  title: `Wydarzenie ${i}`,
  slug: `e-${year}-${i}`,
  event: { year, kind, networks },
});

describe('event lists in the page table', () => {
  const table = buildSitePages(real, indexTitles);
  const lists = (locale: string) => table.filter((p) => p.kind === 'eventList' && p.locale === locale);

  it('one list per year, kind and network of the real content, at addresses in the language', () => {
    expect(lists('pl').map((p) => p.path)).toEqual([
      '/wydarzenia/2023/',
      '/wydarzenia/konferencje/',
      '/wspolpraca-miedzynarodowa/femcities/wydarzenia/',
      '/wspolpraca-miedzynarodowa/icorn/wydarzenia/',
      '/wspolpraca-miedzynarodowa/miasta-miedzykulturowe/wydarzenia/',
    ]);
    expect(lists('en').map((p) => p.path)).toContain('/en/events/conferences/');
    expect(lists('pl').map((p) => p.title).slice(0, 3)).toEqual(['Wydarzenia w 2023 roku', 'Konferencje', 'Wydarzenia: Femcities Network']);
  });

  it('pair across languages, and sit under the events page in the trail and in the site index', () => {
    const year = lists('pl')[0]!;
    expect(counterpart(table, year, 'en')).toMatchObject({ path: '/en/events/2023/', translated: true });
    expect(breadcrumbs(table, year, 'Start').map((c) => c.path)).toEqual(['/', '/wydarzenia/', '/wydarzenia/2023/']);
    expect(lists('pl').every(listedInSiteIndex)).toBe(true);
    const events = siteIndexParts(table, 'pl').flat().find((g) => g.heading.kind === 'events');
    expect(events?.pages.map((p) => p.path)).toEqual(expect.arrayContaining(lists('pl').map((p) => p.path)));
  });

  it('with 500 events: parts of at most EVENTS_PER_LIST, every event of a year in exactly one part', () => {
    const many = localeCodes.flatMap((locale) =>
      Array.from({ length: 500 }, (_, i) => event(locale, i, i < 300 ? '2026' : '2027', (['conference', 'workshop', 'meeting'] as const)[i % 3]!, i % 2 ? ['femcities'] : [])),
    );
    const big = buildSitePages([...real, ...many], indexTitles);
    const year2026 = big.filter((p) => p.kind === 'eventList' && p.locale === 'pl' && p.filter?.by === 'year' && p.filter.value === '2026');
    expect(year2026).toHaveLength(Math.ceil(300 / EVENTS_PER_LIST));
    expect(year2026.map((p) => p.path).slice(0, 3)).toEqual(['/wydarzenia/2026/', '/wydarzenia/2026/2/', '/wydarzenia/2026/3/']);
    expect(year2026[1]!.title).toBe(`Wydarzenia w 2026 roku (część 2 z ${year2026.length})`);
    const femcities = big.filter((p) => p.kind === 'eventList' && p.locale === 'en' && p.filter?.by === 'network' && p.filter.value === 'femcities');
    expect(femcities).toHaveLength(Math.ceil(250 / EVENTS_PER_LIST));
    expect(new Set(big.map((p) => `${p.locale} ${p.path}`)).size).toBe(big.length);
  });

  it('an event whose slug takes a list’s address stops the check, naming the list', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'list-clash-'));
    try {
      const content = join(scratch, 'content');
      cpSync(contentDir, content, { recursive: true });
      for (const locale of localeCodes) {
        const file = join(content, 'events', locale, 'empathic-cities-forum-2023.mdx');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/^slug: .*$/m, 'slug: "2023"'));
      }
      const problems = checkContent(content, projectRoot, { includeDrafts: false }).filter((p) => p.field === 'slug').map(formatProblem);
      expect(problems).toHaveLength(2);
      expect(problems[1]).toMatch(/events\/pl\/empathic-cities-forum-2023\.mdx:\d+ — slug: adres \/wydarzenia\/2023\/ ma też dział serwisu \/wydarzenia\/2023\/ — nadaj tej stronie inny slug/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
