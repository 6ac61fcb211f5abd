import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { useEventsBuild, built, strings, files, read, langOf, eventsSection, feedPath, eventPages, origin, facts, factText, nodeOf, shownStatus, shownTime, type Locale } from '../helpers/built-events';
import { decodeEntities, pick } from '../helpers/html';

/** RSS feeds of a real build, parsed as XML and compared with the event pages. (tests/helpers/built-events.ts builds the site with the test events.) */
useEventsBuild();

describe('feeds in the build', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => name === 'item' });
  type Item = { title: string; link: string; guid: { '#text': string }; description: string; pubDate: string };
  type Channel = { language: string; 'atom:link': { '@_href': string }; item: Item[] };
  const channelOf = (locale: Locale) => (parser.parse(read(feedPath[locale])) as { rss: { channel: Channel } }).rss.channel;

  it('each is well-formed XML and RSS 2.0', () => {
    for (const locale of ['pl', 'en'] as const) {
      // Throws, naming line and column, on anything that is not well-formed.
      expect(SyntaxValidator.validate(read(feedPath[locale])), locale).toBe(true);
      expect((parser.parse(read(feedPath[locale])) as { rss: { '@_version': string } }).rss['@_version']).toBe('2.0');
      expect(channelOf(locale)['atom:link']['@_href']).toBe(`${origin()}${feedPath[locale]}`);
    }
  });

  it('each lists exactly its language’s event pages, by absolute links', () => {
    for (const locale of ['pl', 'en'] as const) {
      const links = channelOf(locale).item.map((i) => i.link);
      for (const link of links) expect(link, locale).toMatch(new RegExp(`^https://[^/]+${eventsSection[locale]}[a-z0-9-]+/$`));
      expect(links.map((l) => new URL(l).pathname).sort(), locale).toEqual(eventPages().filter((p) => langOf(p) === locale));
    }
  });

  it('each item: the dates as its page shows them, the announcement as pubDate, newest first', () => {
    for (const locale of ['pl', 'en'] as const) {
      const items = channelOf(locale).item;
      for (const item of items) {
        const html = read(new URL(item.link).pathname);
        const announced = pick(facts(html), new RegExp(`>${strings[locale].event.announced}</dt><dd[^>]*><time datetime="([^"]+)"`), 'announcement');
        expect(item.description.startsWith(`${shownTime(html).text}, `), item.link).toBe(true);
        expect(new Date(item.pubDate).toISOString().slice(0, 10), item.link).toBe(announced);
      }
      const dates = items.map((i) => Date.parse(i.pubDate));
      expect(dates, locale).toEqual([...dates].sort((a, b) => b - a));
    }
  });

  it('every page names the feed of its own language in its head', () => {
    for (const path of files('.html')) {
      const links = [...read(path).matchAll(/<link rel="alternate" type="application\/rss\+xml" title="([^"]+)" href="([^"]+)"/g)];
      expect(links, path).toHaveLength(1);
      const [, title, href] = links[0]!;
      expect([decodeEntities(title!), new URL(href!).pathname], path).toEqual([strings[langOf(path)].feed.title, feedPath[langOf(path)]]);
      expect(existsSync(join(built.dist, new URL(href!).pathname)), href).toBe(true);
    }
  });

  it('an item of an event that changed says so: its title carries the status, its text the office’s note', () => {
    for (const locale of ['pl', 'en'] as const) {
      for (const item of channelOf(locale).item) {
        const html = read(new URL(item.link).pathname);
        const status = shownStatus(html);
        const label = strings[locale].event.statusLabel[status];
        expect(item.title.startsWith(`${label}: `), item.link).toBe(status !== 'scheduled');
        const note = /<div class="status-notice"[^>]*>[\s\S]*?<\/p>\s*<p>([^<]+)<\/p>/.exec(html)?.[1];
        if (note) expect(decodeEntities(item.description), item.link).toContain(decodeEntities(note));
      }
    }
  });
});

/** What residents read of an event's life on its page and in the lists, at the test events' "now" (20 May 2027). */
describe('an event’s life on its page', () => {
  const page = (path: string) => read(path);
  const registration = (html: string) => factText(html, 'Rejestracja');

  it('a cancelled event stays published, says so first, and asks no one to register', () => {
    const html = page('/wydarzenia/test-odwolane/');
    expect(shownStatus(html)).toBe('cancelled');
    expect(html.indexOf('To wydarzenie zostało odwołane.')).toBeLessThan(html.indexOf('class="facts"'));
    expect(html).toContain('Spotkanie odwołano z powodu choroby prowadzącej.');
    expect(registration(html)).toBeUndefined();
    expect(html).not.toContain('https://example.org/rejestracja-odwolane');
    expect(html).not.toContain('To wydarzenie już się odbyło.');
  });

  it('a rescheduled event shows its new date and its former one', () => {
    const html = page('/wydarzenia/test-nowy-termin/');
    expect(shownTime(html).text).toBe('20 czerwca 2027, 10:00–14:00');
    expect(html).toContain('Poprzedni termin: 3 czerwca 2027, 09:00');
    expect(registration(html)).toBe('Rejestracja trwa do rozpoczęcia wydarzenia. Udział bezpłatny. Formularz rejestracji (strona zewnętrzna)');
  });

  it('registration reads as it stands on the day: open until a date with its price, not yet open, closed', () => {
    expect(registration(page('/wydarzenia/test-hybrydowe/'))).toBe('Rejestracja trwa do 1 czerwca 2027. Opłata: 50,00 zł. Liczba miejsc: 30. Formularz rejestracji (strona zewnętrzna)');
    expect(factText(page('/en/events/test-hybrid/'), 'Registration')).toBe('Registration closes on 1 June 2027. Fee: PLN 50.00. Places: 30. Registration form (external site)');
    expect(registration(page('/wydarzenia/test-online-rejestracja-pozniej/'))).toBe('Rejestracja rozpocznie się 1 czerwca 2027. Udział bezpłatny.');
    // Not yet a link to follow (the structured data still names it, as Google asks of an offer).
    expect(facts(page('/wydarzenia/test-online-rejestracja-pozniej/'))).not.toContain('https://example.org/rejestracja-wyklad');
    expect(registration(page('/wydarzenia/test-rejestracja-zamknieta/'))).toBe('Rejestracja zakończona. Udział bezpłatny.');
  });

  it('the online link shows from its day; before it, the page says when it will', () => {
    const hybrid = page('/wydarzenia/test-hybrydowe/');
    expect(factText(hybrid, 'Forma udziału')).toBe('Na miejscu i online');
    expect(hybrid).toContain('href="https://example.org/transmisja"');
    const moved = page('/wydarzenia/test-w-internecie/');
    expect(factText(moved, 'Miejsce')).toBe('W internecie');
    expect(factText(moved, 'Dołącz online')).toBe('Link do udziału online pojawi się tutaj 14 czerwca 2027.');
    expect(moved).not.toContain('https://example.org/spotkanie-online');
    expect(factText(page('/wydarzenia/test-online-rejestracja-pozniej/'), 'Dołącz online')).toBe('Link do udziału online otrzymają osoby zarejestrowane.');
  });

  it('the accessibility the editor ticked, in plain words, with whom to ask for more', () => {
    expect(factText(page('/wydarzenia/test-hybrydowe/'), 'Dostępność')).toBe(
      'Wejście i sala bez schodów Toaleta dostępna dla osób z niepełnosprawnościami Pętla indukcyjna dla osób korzystających z aparatów słuchowych Tłumaczenie na polski język migowy (PJM) Napisy na żywo Pokój wyciszenia Inne potrzeby (np. asystent, pętla indukcyjna, dieta) zgłoś do 1 czerwca 2027: rownosc@example.org',
    );
    expect(page('/wydarzenia/test-hybrydowe/')).toContain('href="mailto:rownosc@example.org"');
    expect(factText(page('/wydarzenia/test-odwolane/'), 'Dostępność')).toBeUndefined();
  });

  it('the programme reads as an agenda: times, titles, the language of a session in another, speakers with their roles', () => {
    const html = page('/wydarzenia/test-nowy-termin/');
    const agenda = /<section class="programme"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    const text = decodeEntities(agenda.replace(/<\/?time\b[^>]*>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).trim();
    expect(text).toBe(
      'Program 10:00–11:00 Otwarcie i powitanie Anna Testowa, pełnomocniczka prezydenta, Urząd Miasta Krakowa 11:15–12:30 Panel: miasta praw człowieka Język: angielski Jan Przykładowy, Sieć Testowa Anna Testowa 13:00–14:00 Podsumowanie',
    );
    expect(agenda).toMatch(/<time datetime="2027-06-20T11:15:00\+02:00"[^>]*>11:15<\/time>/);
    const node = nodeOf(html, 'Event')!;
    expect((node['subEvent'] as Array<{ name: string; startDate: string }>).map((s) => [s.name, s.startDate])).toEqual([
      ['Otwarcie i powitanie', '2027-06-20T10:00:00+02:00'],
      ['Panel: miasta praw człowieka', '2027-06-20T11:15:00+02:00'],
      ['Podsumowanie', '2027-06-20T13:00:00+02:00'],
    ]);
    expect((node['performer'] as Array<{ name: string }>).map((p) => p.name)).toEqual(['Anna Testowa', 'Jan Przykładowy']);
  });

  it('materials show once the event is over: each link says what it leads to, each photo what it shows', () => {
    const past = page('/wydarzenia/test-kilka-miesiecy/');
    const section = /<section class="materials"[^>]*>([\s\S]*?)<\/section>/.exec(past)?.[1] ?? '';
    expect(decodeEntities(section.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).trim()).toBe(
      'Materiały po wydarzeniu Raport z wydarzenia testowego (raport, PDF, 2,4 MB) (strona zewnętrzna) Nagranie wydarzenia (nagranie z napisami) (strona zewnętrzna) Sala podczas wydarzenia',
    );
    expect(section).toMatch(/<img [^>]*alt="Granatowy prostokąt, obrazek testowy"/);
    expect(page('/wydarzenia/test-nowy-termin/')).not.toContain('class="materials"');
  });

  it('a series has its page listing the editions in time order, and each edition links the series and the others', () => {
    const series = page('/wydarzenia/testowy-cykl/');
    expect(series).toMatch(/<h1[^>]*>Testowy cykl wydarzeń<\/h1>/);
    const editions = [...(/<ul class="events"[\s\S]*?<\/ul>/.exec(series)?.[0] ?? '').matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(editions).toEqual(['/wydarzenia/test-przez-polnoc/', '/wydarzenia/test-jeden-dzien/', '/wydarzenia/test-nowy-termin/']);
    const seriesNode = nodeOf(series, 'EventSeries')!;
    expect(seriesNode['@id']).toBe(`${origin()}/wydarzenia/testowy-cykl/#series`);
    expect((seriesNode['subEvent'] as Array<{ url: string }>).map((e) => new URL(e.url).pathname)).toEqual(editions);
    const edition = page('/wydarzenia/test-jeden-dzien/');
    expect(factText(edition, 'Cykl wydarzeń')).toBe(
      'Testowy cykl wydarzeń Inne edycje: Wydarzenie testowe: przez północ; przecinek, średnik i \\ ukośnik, Wydarzenie testowe: nowy termin',
    );
    expect(nodeOf(edition, 'Event')!['superEvent']).toEqual({ '@type': 'EventSeries', '@id': seriesNode['@id'], name: 'Testowy cykl wydarzeń', url: `${origin()}/wydarzenia/testowy-cykl/` });
    expect(page('/en/events/test-series/')).toMatch(/<h1[^>]*>Test series of events<\/h1>/);
  });

  it('every list that shows a changed event labels it', () => {
    const index = read('/wydarzenia/');
    for (const [slug, label] of [['test-odwolane', 'Odwołane'], ['test-przelozone', 'Przełożone'], ['test-nowy-termin', 'Nowy termin'], ['test-w-internecie', 'Przeniesione do internetu']]) {
      expect(index, slug).toMatch(new RegExp(`<span class="status"[^>]*>${label}: </span>\\s*<a href="/wydarzenia/${slug}/"`));
    }
    expect(index).not.toMatch(/<span class="status"[^>]*>[^<]*<\/span>\s*<a href="\/wydarzenia\/test-hybrydowe\/"/);
  });
});


/** The event lists by year, kind and network, and each network's calendar and feed: every event where it belongs, once. */
describe('event lists in the build', () => {
  const lists = () => files('index.html').filter((f) => read(f).includes('id="browse-events"') && !/^\/(en\/)?(wydarzenia|events)\/index\.html$/.test(f)).map((f) => f.replace(/index\.html$/, ''));
  const linksOn = (path: string) => [...(/<ul class="events"[\s\S]*?<\/ul>/.exec(read(path))?.[0] ?? '').matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
  const eventFacts = (page: string) => {
    const html = read(page);
    const json = nodeOf(html, 'Event')!;
    return { year: String(json['startDate']).slice(0, 4), html };
  };

  it('each event is on its year’s list exactly once, and the events page links every list', () => {
    for (const locale of ['pl', 'en'] as const) {
      const yearLists = lists().filter((l) => langOf(l) === locale && /\/\d{4}\/(\d+\/)?$/.test(l));
      const listed = yearLists.flatMap((l) => linksOn(l).map((href) => ({ list: l, href })));
      for (const page of eventPages().filter((p) => langOf(p) === locale)) {
        const on = listed.filter((x) => x.href === page);
        expect(on.map((x) => x.list.match(/\/(\d{4})\//)?.[1]), page).toEqual([eventFacts(page).year]);
      }
      const index = read(eventsSection[locale]);
      for (const list of lists().filter((l) => langOf(l) === locale && !/\/\d+\/\d+\/$/.test(l) && !/\/\d{4}\/\d+\/$/.test(l))) expect(index, list).toContain(`href="${list}"`);
    }
  });

  it('each network’s list, calendar and feed hold exactly the events that name the network', () => {
    const network = '/wspolpraca-miedzynarodowa/femcities/wydarzenia/';
    const expected = eventPages().filter((p) => langOf(p) === 'pl' && /wspolpraca-miedzynarodowa\/femcities\//.test(read(p).split('class="facts"')[1] ?? ''));
    expect(expected.length).toBeGreaterThan(1);
    expect(linksOn(network).sort()).toEqual(expected.sort());
    const calendar = read('/wspolpraca-miedzynarodowa/femcities/wydarzenia.ics');
    const uids = [...calendar.matchAll(/^UID:(.+)\r$/gm)].map((m) => m[1]);
    const own = expected.map((p) => /^UID:(.+)\r$/m.exec(read(p.replace(/\/$/, '.ics')))?.[1]);
    expect(uids.sort()).toEqual(own.sort());
    expect(calendar).toContain('X-WR-CALNAME:Wydarzenia – Femcities – Kraków – Równe Traktowanie');
    const feed = read('/wspolpraca-miedzynarodowa/femcities/wydarzenia/rss.xml');
    expect(SyntaxValidator.validate(feed)).toBe(true);
    const items = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname).filter((p) => p !== network);
    expect(items.sort()).toEqual(expected.sort());
    expect(read(network)).toContain('href="/wspolpraca-miedzynarodowa/femcities/wydarzenia.ics"');
  });

  it('every network has its list, calendar and feed, in each language', () => {
    for (const [page, segment] of [['/wspolpraca-miedzynarodowa/', 'wydarzenia'], ['/en/international-cooperation/', 'events']] as const) {
      const networks = files('index.html').filter((f) => new RegExp(`^${page}[a-z-]+/index\\.html$`).test(f)).map((f) => f.replace(/index\.html$/, ''));
      expect(networks).toHaveLength(3);
      for (const network of networks) {
        expect(read(network), network).toContain(`href="${network}${segment}/"`);
        expect(files('.ics'), network).toContain(`${network}${segment}.ics`);
        expect(files('rss.xml'), network).toContain(`${network}${segment}/rss.xml`);
      }
    }
  });
});
