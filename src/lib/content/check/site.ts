import { eventKindKeys, localeCodes, type EventKind, type Locale } from '../../../i18n/locales.ts';
import { buildSitePages, REQUIRED_PAGES, SPECIAL_PAGES, untitled, type EntrySummary, type SitePage } from '../../site/index.ts';
import type { Problem } from './problems.ts';
import { lineOf, type RawEntry } from './read.ts';

/** Checks across entries: addresses, references, required pages, translations. */

const idOf = (entry: RawEntry) => `${entry.locale}/${entry.name}`;

/** The page table the published site will have, from the files as written. */
export function plannedPages(entries: readonly RawEntry[]): { planned: Map<SitePage, RawEntry | undefined>; problems: Problem[] } {
  const problems: Problem[] = [];
  const summaries: EntrySummary[] = [];
  for (const entry of entries) {
    const slug = typeof entry.data['slug'] === 'string' ? entry.data['slug'] : undefined;
    const special = entry.collection === 'pages' && (Object.values(SPECIAL_PAGES) as string[]).includes(entry.name);
    if (!slug && !special) {
      // A missing slug on networks and events is already a schema error.
      if (entry.collection === 'pages') {
        problems.push({
          severity: 'error',
          file: entry.file,
          line: 2,
          field: 'slug',
          message: 'brak adresu strony',
          fix: 'dodaj pole slug z małymi literami bez polskich znaków, np. slug: o-nas',
        });
      }
      continue;
    }
    summaries.push({ collection: entry.collection, id: idOf(entry), title: String(entry.data['title'] ?? ''), slug, event: eventFacts(entry) });
  }
  // Titles do not matter to these checks; addresses do.
  const pages = buildSitePages(summaries, untitled());
  const byId = new Map(entries.map((e) => [`${e.collection}/${idOf(e)}`, e]));
  const planned = new Map(pages.map((page) => [page, page.entry ? byId.get(`${page.entry.collection}/${page.entry.id}`) : undefined]));
  return { planned, problems };
}

/** What the event lists need of an event, as written (a broken field is reported elsewhere). */
export function eventFacts(entry: RawEntry): EntrySummary['event'] {
  if (entry.collection !== 'events') return undefined;
  const start = entry.data['start'];
  const kind = entry.data['kind'] ?? 'other';
  const networks = entry.data['networks'];
  const series = entry.data['series'] as { name?: unknown; title?: unknown; slug?: unknown } | undefined;
  return {
    series:
      typeof series?.name === 'string' && typeof series.slug === 'string' ? { name: series.name, title: String(series.title ?? ''), slug: series.slug } : undefined,
    year: start instanceof Date ? String(start.getUTCFullYear()) : '',
    kind: (eventKindKeys as readonly unknown[]).includes(kind) ? (kind as EventKind) : 'other',
    networks: Array.isArray(networks) ? networks.filter((n): n is string => typeof n === 'string') : [],
  };
}

export function checkAddresses(planned: Map<SitePage, RawEntry | undefined>): Problem[] {
  const problems: Problem[] = [];
  const byPath = new Map<string, SitePage[]>();
  for (const page of planned.keys()) byPath.set(page.path, [...(byPath.get(page.path) ?? []), page]);
  for (const [path, pages] of byPath) {
    if (pages.length < 2) continue;
    for (const page of pages) {
      const entry = planned.get(page);
      if (!entry) continue;
      const others = pages.filter((p) => p !== page).map((p) => planned.get(p)?.file ?? `dział serwisu ${p.path}`);
      problems.push({
        severity: 'error',
        file: entry.file,
        line: lineOf(entry, ['slug']),
        field: 'slug',
        message: `adres ${path} ma też ${others.join(', ')}`,
        fix: 'nadaj tej stronie inny slug (adresy w jednym języku muszą być różne)',
      });
    }
  }
  return problems;
}

/** Events' `networks` against the network files; `all` includes drafts, so a drafted network is named as such. */
export function checkNetworkReferences(entries: readonly RawEntry[], all: readonly RawEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries.filter((e) => e.collection === 'events')) {
    const value = entry.data['networks'];
    if (!Array.isArray(value)) continue;
    const networks = all.filter((e) => e.collection === 'networks' && e.locale === entry.locale);
    value.forEach((ref, index) => {
      const target = networks.find((n) => n.name === ref);
      const line = lineOf(entry, ['networks']);
      if (!target) {
        problems.push({
          severity: 'error',
          file: entry.file,
          line,
          field: `networks.${index}`,
          message: `nie ma sieci „${String(ref)}” w content/networks/${entry.locale}/`,
          fix: `wpisz nazwę pliku sieci bez .mdx, jedną z: ${networks.map((n) => n.name).sort().join(', ') || '(brak sieci)'}`,
        });
      } else if (target.draft && !entry.draft) {
        problems.push({
          severity: 'error',
          file: entry.file,
          line,
          field: `networks.${index}`,
          message: `sieć „${String(ref)}” jest szkicem (draft: true) i nie zostanie opublikowana`,
          fix: `opublikuj ${target.file} albo usuń ją z listy networks`,
        });
      }
    });
  }
  return problems;
}

export function checkRequiredPages(contentPrefix: string, entries: readonly RawEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const locale of localeCodes) {
    for (const name of [...Object.values(SPECIAL_PAGES), ...Object.values(REQUIRED_PAGES)]) {
      const entry = entries.find((e) => e.collection === 'pages' && e.locale === locale && e.name === name);
      if (entry && !entry.draft) continue;
      problems.push({
        severity: 'error',
        file: `${contentPrefix}/pages/${locale}/${name}.mdx`,
        message: entry ? 'ta strona jest wymagana i nie może być szkicem' : 'brak wymaganej strony',
        fix: entry ? 'usuń draft: true' : 'utwórz ten plik (skopiuj odpowiednik z drugiego języka i przetłumacz go)',
      });
    }
  }
  return problems;
}

/** Pages without their translation: allowed, but listed so someone translates them. */
export function untranslated(entries: readonly RawEntry[]): Array<{ entry: RawEntry; missing: Locale }> {
  const out: Array<{ entry: RawEntry; missing: Locale }> = [];
  for (const entry of entries) {
    for (const other of localeCodes) {
      if (other === entry.locale) continue;
      if (!entries.some((e) => e.collection === entry.collection && e.locale === other && e.name === entry.name)) {
        out.push({ entry, missing: other });
      }
    }
  }
  return out;
}

export function checkTranslations(contentPrefix: string, entries: readonly RawEntry[]): Problem[] {
  return untranslated(entries).map(({ entry, missing }) => ({
    severity: 'warning' as const,
    file: entry.file,
    message: `brak tłumaczenia (${missing})`,
    fix: `dodaj ${contentPrefix}/${entry.collection}/${missing}/${entry.name}.mdx; do tego czasu link językowy prowadzi do spisu działu`,
  }));
}

/**
 * Network websites come from outside the office's sources: until the office
 * confirms one (`websiteConfirmed: true`) it is listed, all in one line, so
 * someone checks them. The pages show them meanwhile.
 */
export function checkUnconfirmedWebsites(entries: readonly RawEntry[]): Problem[] {
  const open = entries.filter((e) => e.collection === 'networks' && e.locale === localeCodes[0] && e.data['websiteConfirmed'] !== true);
  const [first] = open;
  if (!first) return [];
  return [
    {
      severity: 'warning',
      file: first.file.replace(/\/[^/]+\/[^/]+$/, '/'),
      message: `strony sieci do potwierdzenia przez urząd: ${open.map((e) => `${e.name} (${String(e.data['website'])})`).join(', ')}`,
      fix: 'sprawdź adres i wpisz websiteConfirmed: true w plikach sieci',
    },
  ];
}

/**
 * The editions of a series share one page per language, so they must agree on
 * its title and address in that language; else the page would take whichever
 * edition came first and the others' words would vanish.
 */
export function checkSeries(entries: readonly RawEntry[]): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, { entry: RawEntry; title: unknown; slug: unknown }>();
  for (const entry of [...entries].filter((e) => e.collection === 'events').sort((a, b) => a.file.localeCompare(b.file))) {
    const series = entry.data['series'] as { name?: unknown; title?: unknown; slug?: unknown } | undefined;
    if (typeof series?.name !== 'string') continue;
    const key = `${entry.locale} ${series.name}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, { entry, title: series.title, slug: series.slug });
      continue;
    }
    for (const field of ['title', 'slug'] as const) {
      if (series[field] === seen[field]) continue;
      problems.push({
        severity: 'error',
        file: entry.file,
        line: lineOf(entry, ['series', field]),
        field: `series.${field}`,
        message: `cykl „${series.name}” ma tu ${field === 'title' ? 'nazwę' : 'adres'} „${String(series[field])}”, a w ${seen.entry.file} „${String(seen[field])}”`,
        fix: 'wpisz to samo we wszystkich edycjach cyklu w tym języku',
      });
    }
  }
  return problems;
}
