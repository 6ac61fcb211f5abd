import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/content/check/body.ts';
import { checkCountsAsOf } from '../../src/lib/content/check/counts-as-of.ts';
import { checkFilledIn } from '../../src/lib/content/check/fill-in.ts';
import { checkFrontmatter, plausibleYear } from '../../src/lib/content/check/frontmatter.ts';
import { checkLinks, checkOldAddresses, checkOwnSiteAddresses, outsideLink } from '../../src/lib/content/check/links.ts';
import { formatProblem, type Problem } from '../../src/lib/content/check/problems.ts';
import { parseEntry, type RawEntry } from '../../src/lib/content/check/read.ts';
import { checkSameFacts } from '../../src/lib/content/check/same-facts.ts';
import { checkSearchMarkers, SEARCH_MARKER_FIX } from '../../src/lib/content/check/search-markers.ts';
import { explainYamlError, yamlSilentLosses } from '../../src/lib/content/check/yaml-errors.ts';
import { checkUnknownFields, nearestField } from '../../src/lib/content/check/unknown-fields.ts';
import {
  checkAddresses,
  checkNetworkReferences,
  checkRequiredPages,
  checkTranslations,
  checkUnconfirmedWebsites,
  plannedPages,
} from '../../src/lib/content/check/site.ts';
import type { ContentCollection } from '../../src/lib/site/index.ts';
import { projectRoot } from '../helpers/content';

/**
 * Each content rule on its own, on entries made in memory with the checker's own
 * reader (parseEntry): milliseconds per rule. tests/integration/bad-content.test.ts
 * proves the same mistakes stop a real build.
 */
function entry(collection: ContentCollection, id: string, frontmatter: string, body = '\nTreść.\n'): RawEntry {
  const [locale, name] = id.split('/') as [RawEntry['locale'], string];
  const file = `content/${collection}/${id}.mdx`;
  const read = parseEntry(`---\n${frontmatter.trim()}\n---\n${body}`, { collection, locale, name, file, path: `${projectRoot}/${file}` });
  if ('problem' in read) throw new Error(formatProblem(read.problem));
  return read.entry;
}

const lines = (problems: Problem[]) => problems.map(formatProblem);
const network = (id: string, extra = '') =>
  entry('networks', id, `title: "Sieć"\nsummary: "Opis sieci."\nslug: ${id.split('/')[1]}\njoined:\n  date: "2022"\n  basis: "Uchwała."\nwebsite: "https://example.org/"\n${extra}`);
const page = (id: string, extra = '') => entry('pages', id, `title: "Strona"\nsummary: "Opis strony."\n${extra}`);
const event = (id: string, networks: string) =>
  entry(
    'events',
    id,
    `title: "Forum"\nsummary: "Opis."\nslug: forum\nstart: 2023-05-15\nvenue:\n  name: "Muzeum"\n  street: "Rynek 1"\n  city: "Kraków"\nlanguages: [pl]\nnetworks: ${networks}`,
  );

describe('reading a file', () => {
  it('reports a missing frontmatter on line 1 and a broken one on the line that broke it', () => {
    const place = { collection: 'pages', locale: 'pl', name: 'x', file: 'content/pages/pl/x.mdx', path: '/x.mdx' } as const;
    expect(parseEntry('Bez nagłówka.\n', place)).toMatchObject({ problem: { line: 1, message: expect.stringContaining('brak nagłówka') } });
    expect(parseEntry('---\ntitle: "a\nsummary: b\n---\n', place)).toMatchObject({ problem: { line: 2, field: 'title', message: 'cudzysłów otwarty, ale nie zamknięty' } });
  });

  it('reads a file saved with a byte order mark (Windows Notepad) like any other', () => {
    const place = { collection: 'pages', locale: 'pl', name: 'x', file: 'content/pages/pl/x.mdx', path: '/x.mdx' } as const;
    expect(parseEntry('\ufeff---\ntitle: a\n---\n', place)).toMatchObject({ entry: { data: { title: 'a' } } });
  });

  it('keeps file line numbers in the body and reads Windows line ends', () => {
    const read = parseEntry('---\r\ntitle: a\r\n---\r\n\r\n## Nagłówek\r\n', { collection: 'pages', locale: 'pl', name: 'x', file: 'f', path: '/f' });
    expect('entry' in read && read.entry.body.split('\n')[4]).toBe('## Nagłówek');
  });
});

describe('YAML mistakes, in Polish, on the line that caused them', () => {
  const explained = (frontmatter: string) => {
    const lines = frontmatter.split('\n');
    try {
      yaml.load(frontmatter);
    } catch (error) {
      const m = explainYamlError(error, lines);
      return `${m.index + 2} ${m.field ?? '-'}: ${m.message}`;
    }
    return 'read without error';
  };

  it.each([
    ['title: Forum: edycja 2\nslug: a', '2 title: dwukropek w wartości bez cudzysłowu'],
    ['title: "Forum"\nsummary: Kraków: miasto', '3 summary: dwukropek w wartości bez cudzysłowu'],
    ['title: "a"\nvenue:\n\tname: "x"', '4 -: we wcięciu jest tabulator'],
    ['title: "Forum\nsummary: "x"\nslug: a', '2 title: cudzysłów otwarty, ale nie zamknięty'],
    ["title: 'Forum\nsummary: x", '2 title: cudzysłów otwarty, ale nie zamknięty'],
    ['title: "Forum "Empatia" 2023"', '2 title: w tekście w cudzysłowie jest drugi taki sam cudzysłów'],
    ['title: a\ntitle: b', '3 title: to pole występuje dwa razy'],
    ['venue:\n  name: a\n   street: b', '4 street: wcięcie tej linii nie pasuje do poprzednich'],
    ['title "a"\nsummary: b', '2 -: brak dwukropka po nazwie pola'],
    ['title:"a"\nsummary: b', '2 title: po dwukropku brakuje spacji'],
    ['title: @krakow', '2 title: wartość zaczyna się od znaku @, który w nagłówku ma specjalne znaczenie'],
    ['summary: >\n  Kraków: miasto\n  i region\ntitle: "a\nslug: b', '5 title: cudzysłów otwarty, ale nie zamknięty'],
  ])('%j', (frontmatter, says) => {
    expect(explained(frontmatter)).toBe(says);
  });

  it('text after # in an unquoted value would vanish; a date or number with a comment would not', () => {
    expect(yamlSilentLosses(['title: Forum #2', 'start: 2023-05-15 # pierwszy dzień', 'order: 3 # x', 'website: "https://a.pl/#x"']).map((m) => [m.index, m.field])).toEqual([[0, 'title']]);
  });
});

describe('MDX mistakes, in Polish', () => {
  it.each([
    ['Tekst <span lang="en">Femcities.', 'znacznik <span> nie jest zamknięty'],
    ['Linia<br>dalej', 'znacznik <br> nie jest zamknięty'],
    ['Tekst <span lang="en">Femcities</b> dalej.', 'znacznik </b> zamyka coś innego niż otwarty wcześniej <span>'],
    ['Tekst </span> dalej', 'znacznik </span> zamyka coś, czego nie otwarto'],
    ['Koszt { dla osób.', 'nawias klamrowy { nie jest zamknięty'],
    ['Koszt {100 zł} dla osób.', 'tekst w nawiasach klamrowych { } jest czytany jak kod programu'],
    ['Tekst <!-- komentarz --> dalej.', 'komentarz <!-- … --> nie działa w plikach MDX'],
    ['a<b i c', 'znak < przed literą jest czytany jak początek znacznika'],
  ])('%j', (body, says) => {
    const { problems } = checkBody(entry('pages', 'pl/x', 'title: "x"', `\n${body}\n`));
    expect(problems.map((p) => `${p.line} ${p.message}`)).toEqual([`5 ${says}`]);
  });
});

describe('one entry', () => {
  it('frontmatter: a date that does not exist, by its line', () => {
    expect(lines(checkFrontmatter(page('pl/x', 'slug: x\nupdated: 2023-02-30')))).toEqual([
      'content/pages/pl/x.mdx:5 — updated: „2023-02-30” nie jest prawdziwą datą — wpisz datę jako RRRR-MM-DD bez cudzysłowu, np. 2023-05-15',
    ]);
  });

  it('a member count in the summary says when it is from, as the facts box does', () => {
    const withCount = (locale: string, summary: string) =>
      entry('networks', `${locale}/icorn`, `title: "ICORN"\nsummary: "${summary}"\nslug: icorn\njoined:\n  date: "2011"\n  basis: "Uchwała."\nwebsite: "https://example.org/"\nmemberCities:\n  count: 60\n  asOf: "2022–2023"`);
    expect(lines(checkCountsAsOf(withCount('pl', 'Sieć ponad 60 miast.')))).toEqual([
      'content/networks/pl/icorn.mdx:3 — summary: opis podaje liczbę miast (60), ale nie mówi, z kiedy jest ta liczba — dopisz w opisie okres z pola memberCities.asOf, np. „(stan na 2022–2023)” albo po angielsku „(as of 2022–2023)”',
    ]);
    expect(checkCountsAsOf(withCount('en', 'Over 60 cities.'))).toHaveLength(1);
    expect(checkCountsAsOf(withCount('en', 'Over 60 cities (as of 2022–2023).'))).toEqual([]);
    expect(checkCountsAsOf(withCount('pl', 'Sieć ponad 60 miast (stan na 2022–2023).'))).toEqual([]);
    // 600 or 1960 is not the count; a summary without the number needs no date.
    expect(checkCountsAsOf(withCount('pl', 'Od 1960 roku, 600 pisarzy.'))).toEqual([]);
  });

  it('fill-in: UZUPEŁNIJ left in a published page, not in a draft', () => {
    const text = 'summary: "UZUPEŁNIJ: opis"';
    expect(checkFilledIn(entry('pages', 'pl/x', `title: "x"\n${text}`)).map((p) => p.field)).toEqual(['summary']);
    expect(checkFilledIn(entry('pages', 'pl/x', `title: "x"\n${text}\ndraft: true`))).toEqual([]);
  });

  it('body: a skipped heading level, an image without alt, <img> without alt, a script', () => {
    const body = '\n## A\n\n#### B\n\n![](x.png)\n\n<img src="/x.png" />\n\n<script>alert(1)</script>\n';
    const { problems, facts } = checkBody(page('pl/x', 'slug: x'));
    expect(problems).toEqual([]);
    expect(facts.anchors.size).toBe(0);
    const found = checkBody(entry('pages', 'pl/x', 'title: "x"', body)).problems.map((p) => [p.line, p.message]);
    expect(found).toEqual([
      [7, 'nagłówek poziomu 4 pomija poziom 3'],
      [9, 'obrazek bez tekstu alternatywnego'],
      [11, 'obrazek <img> bez atrybutu alt'],
      [13, 'znacznik <script> jest niedozwolony w treści'],
    ]);
  });
});

describe('links that leave the site', () => {
  it.each(['https://www.icorn.org/', 'http://example.org/a?b#c', 'mailto:rownosc@um.krakow.pl', 'tel:+48 12 616 12 34'])('%s can be followed', (href) => {
    expect(outsideLink(href)).toBe('ok');
  });

  it.each([
    ['htp://example.org', 'literówka w https?'],
    ['javascript:alert(1)', 'nieznany rodzaj adresu „javascript:”'],
    ['www.coe.int/icc', 'nie ma https://'],
    ['//example.org/', 'nie ma rodzaju adresu'],
    ['https://localhost/', 'nie ma poprawnego adresu strony'],
    ['mailto:rownosc', 'nie jest adresem e-mail'],
    ['tel:dwanascie', 'nie jest numerem telefonu'],
  ])('%s is reported', (href, says) => {
    expect(outsideLink(href)).toMatchObject({ message: expect.stringContaining(says) });
  });

  it('a path on this site is left to the page check', () => {
    expect(outsideLink('/wspolpraca-miedzynarodowa/')).toBeUndefined();
    expect(outsideLink('#sekcja')).toBeUndefined();
  });
});

describe('what a page needs to be read', () => {
  it('a body with nothing but comments is an error, not in a draft', () => {
    const empty = '\n{/* tu będzie tekst */}\n\n';
    expect(checkFilledIn(entry('pages', 'pl/x', 'title: "x"', empty)).map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      '3 treść: strona nie ma treści pod nagłówkiem',
    ]);
    expect(checkFilledIn(entry('pages', 'pl/x', 'title: "x"\ndraft: true', empty))).toEqual([]);
    expect(checkFilledIn(entry('pages', 'pl/x', 'title: "x"', '\nTekst.\n'))).toEqual([]);
  });

  it('a table needs column headers, in Markdown and in <table>', () => {
    const body = '\n| | |\n|---|---|\n| Kraków | 2011 |\n\n<table><tr><td>x</td></tr></table>\n\n| Miasto | Rok |\n|---|---|\n| Kraków | 2011 |\n\n<table><tr><th>Miasto</th></tr></table>\n';
    expect(checkBody(entry('pages', 'pl/x', 'title: "x"', body)).problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      '5 tabela nie ma nagłówków kolumn (pierwszy wiersz jest pusty)',
      '9 tabela <table> nie ma komórek nagłówka <th>',
    ]);
  });

  it('a year far in the past or the future is a slip', () => {
    const found = checkFrontmatter(network('pl/x', 'updated: 2203-05-15'));
    expect(found.map((p) => `${p.field}: ${p.message}`)).toEqual([expect.stringMatching(/^updated: rok 2203 wygląda na pomyłkę/)]);
    const joined = entry('networks', 'pl/y', 'title: "S"\nsummary: "O."\nslug: y\njoined:\n  date: "1011"\n  basis: "U."\nwebsite: "https://example.org/"');
    expect(checkFrontmatter(joined).map((p) => `${p.line} ${p.field}`)).toEqual(['6 joined.date']);
    expect(plausibleYear(2011, new Date('2026-12-01'))).toBe(true);
    expect(plausibleYear(2032, new Date('2026-12-01'))).toBe(false);
  });
});

describe('unknown fields', () => {
  it('are named with the field meant, when one is close', () => {
    expect(nearestField('tittle', ['title', 'summary'])).toBe('title');
    expect(nearestField('registrationURL', ['registrationUrl', 'agendaUrl'])).toBe('registrationUrl');
    expect(nearestField('colour', ['title', 'summary', 'slug'])).toBeUndefined();
  });

  it('are found at every level, known ones pass', () => {
    const found = checkUnknownFields(network('pl/x', 'tittle: "x"\nmemberCities:\n  count: 60\n  morethan: true'));
    expect(found.map((p) => `${p.line} ${p.field}: ${p.fix}`)).toEqual([
      '9 tittle: czy chodziło o „title”? Popraw nazwę (wielkość liter się liczy)',
      '12 memberCities.morethan: czy chodziło o „moreThan”? Popraw nazwę (wielkość liter się liczy)',
    ]);
    expect(checkUnknownFields(network('pl/x'))).toEqual([]);
  });
});

describe('across entries', () => {
  it('languages: a fact must be the same in every translation, text may differ', () => {
    const pl = network('pl/x', 'order: 2');
    expect(checkSameFacts([pl, network('en/x', 'order: 2\nshortName: "Network"')])).toEqual([]);
    const found = checkSameFacts([network('en/x', 'order: 3\nmemberCities:\n  count: 60'), pl]);
    expect(found.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`)).toEqual([
      'content/networks/en/x.mdx:9 order: tu jest „3”, a w content/networks/pl/x.mdx „2”; to fakt, który musi być taki sam w każdym języku',
      'content/networks/en/x.mdx:11 memberCities.count: tu jest „60”, a w content/networks/pl/x.mdx (nic); to fakt, który musi być taki sam w każdym języku',
    ]);
  });

  it('languages: a field left out counts as its default', () => {
    expect(checkSameFacts([network('pl/x', 'order: 100'), network('en/x')])).toEqual([]);
  });

  it('addresses: two pages on one address both hear of it', () => {
    const { planned, problems } = plannedPages([page('pl/a', 'slug: o-nas'), page('pl/b', 'slug: o-nas'), page('pl/c')]);
    expect(lines(problems)).toEqual([expect.stringContaining('content/pages/pl/c.mdx:2 — slug: brak adresu strony')]);
    expect(checkAddresses(planned).map((p) => p.file)).toEqual(['content/pages/pl/a.mdx', 'content/pages/pl/b.mdx']);
  });

  it('network references: a name that is no file, and a network that is a draft', () => {
    const draft = network('pl/femcities', 'draft: true');
    const forum = event('pl/forum', '[femcities, icorm]');
    const messages = checkNetworkReferences([forum], [forum, draft, network('pl/icorn')]).map((p) => `${p.field}: ${p.message}`);
    expect(messages).toEqual([
      'networks.0: sieć „femcities” jest szkicem (draft: true) i nie zostanie opublikowana',
      'networks.1: nie ma sieci „icorm” w content/networks/pl/',
    ]);
  });

  it('required pages: missing in a language, or left a draft', () => {
    const all = ['home', 'international-cooperation', 'tekst-latwy-do-czytania'].flatMap((name) => [page(`pl/${name}`, `slug: ${name}`), page(`en/${name}`, `slug: ${name}`)]);
    expect(checkRequiredPages('content', all)).toEqual([]);
    const withDraft = all.map((e) => (e.file === 'content/pages/en/home.mdx' ? { ...e, draft: true } : e));
    const without = withDraft.filter((e) => e.file !== 'content/pages/pl/tekst-latwy-do-czytania.mdx');
    expect(checkRequiredPages('content', without).map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/pages/pl/tekst-latwy-do-czytania.mdx: brak wymaganej strony',
      'content/pages/en/home.mdx: ta strona jest wymagana i nie może być szkicem',
    ]);
  });

  it('network websites the office has not confirmed: one warning line naming each', () => {
    const found = checkUnconfirmedWebsites([network('pl/a'), network('pl/b', 'websiteConfirmed: true'), network('en/a'), network('pl/c')]);
    expect(found.map((p) => `${p.severity} ${p.file}: ${p.message}`)).toEqual([
      'warning content/networks/: strony sieci do potwierdzenia przez urząd: a (https://example.org/), c (https://example.org/)',
    ]);
    expect(checkUnconfirmedWebsites([network('pl/b', 'websiteConfirmed: true')])).toEqual([]);
  });

  it('translations: a page without its pair is a warning naming the file to add', () => {
    expect(checkTranslations('content', [network('pl/icorn')])).toEqual([
      expect.objectContaining({ severity: 'warning', message: 'brak tłumaczenia (en)', fix: expect.stringContaining('content/networks/en/icorn.mdx') }),
    ]);
  });

  it('links: a page that will not exist, a missing trailing slash, an anchor that is not there', () => {
    const target = page('pl/cel', 'slug: cel');
    const source = entry('pages', 'pl/zrodlo', 'title: "x"\nsummary: "y"\nslug: zrodlo', '\n[a](/nie-ma/)\n\n[b](/cel)\n\n[c](/cel/#brak)\n\n[d](/cel/#main)\n');
    const { planned } = plannedPages([target, source]);
    const facts = new Map([target, source].map((e) => [e, checkBody(e).facts]));
    expect(checkLinks(planned, facts, projectRoot).map((p) => [p.line, p.message])).toEqual([
      [7, 'link /nie-ma/ prowadzi do strony, której nie ma w serwisie'],
      [9, 'link /cel nie kończy się ukośnikiem'],
      [11, 'link /cel/#brak prowadzi do kotwicy #brak, której nie ma na stronie /cel/'],
    ]);
  });

  it('links: the site’s own address is checked as a path; another language only when marked', () => {
    const target = page('pl/cel', 'slug: cel');
    const body = [
      '[a](https://rownosc.krakow.pl/cel/)',
      '[b](https://rownosc.krakow.pl/nie-ma/)',
      '[c](/cel/)',
      '<a href="/cel/" hreflang="pl">d</a>',
    ].join('\n\n');
    const source = entry('pages', 'en/source', 'title: "x"\nsummary: "y"\nslug: source', `\n${body}\n`);
    const { planned } = plannedPages([target, source]);
    const facts = new Map([target, source].map((e) => [e, checkBody(e).facts]));
    expect(checkLinks(planned, facts, projectRoot).map((p) => [p.line, p.message])).toEqual([
      [7, 'link https://rownosc.krakow.pl/cel/ prowadzi do strony w innym języku (pl)'],
      [9, 'link https://rownosc.krakow.pl/nie-ma/ prowadzi do strony, której nie ma w serwisie'],
      [11, 'link /cel/ prowadzi do strony w innym języku (pl)'],
    ]);
  });

  it('addresses in frontmatter on the site’s own host that lead nowhere: one warning per file', () => {
    const old = 'https://rownosc.krakow.pl/rowne_traktowanie/1,artykul,x.html';
    const withOld = network('pl/x', `order: 1\nmemberCities:\n  count: 2`);
    withOld.rawData = { ...withOld.rawData, website: old, image: { src: 'https://rownosc.krakow.pl/x/' } };
    const { planned } = plannedPages([withOld, network('pl/y')]);
    expect(checkOwnSiteAddresses([withOld, network('pl/y')], planned).map((p) => [p.file, p.severity, p.field])).toEqual([
      ['content/networks/pl/x.mdx', 'warning', 'website, image.src'],
    ]);
  });

  it('old addresses: one page each, never the address of a page of this site', () => {
    const a = page('pl/a', 'slug: a\noldAddresses: ["/stara.html", "/a/"]');
    const b = page('pl/b', 'slug: b\noldAddresses: ["/stara.html"]');
    const { planned } = plannedPages([a, b]);
    expect(checkOldAddresses([a, b], planned).map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      'content/pages/pl/a.mdx oldAddresses.1: /a/ to adres strony tego serwisu, nie dawny adres',
      'content/pages/pl/b.mdx oldAddresses.0: /stara.html jest już dawnym adresem innej strony (content/pages/pl/a.mdx)',
    ]);
  });

  it('body: a lang attribute must be a language tag a screen reader knows', () => {
    const body = '\n<span lang="en">a</span> <span lang="english">b</span> <span lang="pt-BR">c</span> <span lang="">d</span>\n';
    expect(checkBody(entry('pages', 'pl/x', 'title: "x"', body)).problems.map((p) => p.message)).toEqual([
      'lang="english": nieznany kod języka',
      'lang="": brak kodu języka',
    ]);
  });
});

describe('text search reserves for its markers', () => {
  it('stops a title and a body sentence with `~~` or `ḻ`, naming file, line and field, and allows a closed strikethrough', () => {
    const marked = page('pl/tylda', 'description: "Odległość ~~5 km"');
    expect(lines(checkSearchMarkers(marked))).toEqual([
      `content/pages/pl/tylda.mdx:4 — description: „~~” jest zarezerwowane dla wyszukiwarki serwisu (znaczy coś innego w jej indeksie) — ${SEARCH_MARKER_FIX}`,
    ]);
    const body = entry('pages', 'pl/tresc', 'title: "Strona"\nsummary: "Opis."', '\nStara ~~cena~~ i nowa.\n\nKoszt ~~50 zł i Ḻódź.\n');
    expect(lines(checkBody(body).problems)).toEqual([
      `content/pages/pl/tresc.mdx:8 — treść: „Ḻ” jest zarezerwowane dla wyszukiwarki serwisu (znaczy coś innego w jej indeksie) — ${SEARCH_MARKER_FIX}`,
      `content/pages/pl/tresc.mdx:8 — treść: „~~” jest zarezerwowane dla wyszukiwarki serwisu (znaczy coś innego w jej indeksie) — ${SEARCH_MARKER_FIX}`,
    ]);
  });
});
