import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextDay } from '../../src/lib/events/index.ts';
import { buildWithContent } from '../helpers/build';
import { projectRoot } from '../helpers/content';
import { fixtureEventsDir } from '../helpers/fixture-events';
import { decodeEntities, jsonLdBlocks, pick, textOf } from '../helpers/html';
import { lineProblems, parseIcs, unfold } from '../helpers/ical';

/**
 * What a build writes for events, read back as its readers read it: calendar
 * files with a calendar parser, feeds with an XML parser, JSON-LD with JSON.parse,
 * each compared with the page it belongs to. The site is built (twice, to prove
 * the calendars and feeds do not change between builds) from content/ plus the
 * test events of tests/fixtures/events/.
 */

const scratch = mkdtempSync(join(tmpdir(), 'built-events-'));
const overlay = [{ from: fixtureEventsDir, to: 'events' }];
let dist = '';
let secondDist = '';

beforeAll(() => {
  for (const run of ['a', 'b']) {
    const { status, output, dist: out } = buildWithContent(join(scratch, run), overlay);
    if (status !== 0) throw new Error(`the build failed:\n${output}`);
    if (run === 'a') dist = out;
    else secondDist = out;
  }
}, 240_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Locale = 'pl' | 'en';
type Strings = { site: { owner: string }; event: { announced: string; where: string }; calendar: { name: string }; feed: { title: string } };
const strings = Object.fromEntries(
  (['pl', 'en'] as const).map((l) => [l, JSON.parse(readFileSync(join(projectRoot, 'src/i18n/locales', l, 'translation.json'), 'utf8')) as Strings]),
) as Record<Locale, Strings>;

const files = (suffix: string, root = dist) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(suffix))
    .map((f) => `/${f.split('\\').join('/')}`)
    .sort();
const read = (path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const langOf = (path: string): Locale => (path.startsWith('/en/') ? 'en' : 'pl');
const eventsSection: Record<Locale, string> = { pl: '/wydarzenia/', en: '/en/events/' };
const feedPath: Record<Locale, string> = { pl: '/wydarzenia/rss.xml', en: '/en/events/rss.xml' };
const calendarPath: Record<Locale, string> = { pl: '/wydarzenia.ics', en: '/en/events.ics' };

/** Event pages: /wydarzenia/<slug>/ and /en/events/<slug>/. */
const eventPages = () =>
  files('index.html')
    .filter((f) => /^\/(wydarzenia|en\/events)\/[^/]+\/index\.html$/.test(f))
    .map((f) => f.replace(/index\.html$/, ''));
const origin = () => new URL(pick(read('/'), /<link rel="canonical" href="([^"]+)"/, 'canonical URL')).origin;
const canonical = (html: string) => pick(html, /<link rel="canonical" href="([^"]+)"/, 'canonical URL');
const facts = (html: string) => pick(html, /<section class="facts"[^>]*>([\s\S]*?)<\/section>/, 'facts section');
/** The event's <time datetime> and text, the first thing its facts say. */
const shownTime = (html: string) => {
  const [, datetime, text] = /<time datetime="([^"]+)"[^>]*>([^<]+)<\/time>/.exec(facts(html)) ?? [];
  return { datetime: datetime!, text: decodeEntities(text!) };
};

type Node = Record<string, unknown> & { '@type': string };
const graphOf = (html: string): Node[] => jsonLdBlocks(html).flatMap((block) => (JSON.parse(block) as { '@graph': Node[] })['@graph']);
const nodeOf = (html: string, type: string) => graphOf(html).find((n) => n['@type'] === type);

describe('calendar files in the build', () => {
  it('one beside each event page, and one of all events per language', () => {
    const pages = eventPages();
    expect(pages, 'the test events were built too').toHaveLength(8);
    expect(files('.ics')).toEqual([...pages.map((p) => p.replace(/\/$/, '.ics')), ...Object.values(calendarPath)].sort());
  });

  it('every file: CRLF, lines of at most 75 octets, no cut character, a complete calendar', () => {
    for (const path of files('.ics')) {
      expect(lineProblems(readFileSync(join(dist, path))), path).toEqual([]);
      const { calendar, events } = parseIcs(read(path));
      expect(['version', 'prodid', 'calscale', 'method'].map((p) => calendar.getFirstPropertyValue(p)?.toString()), path).toEqual([
        '2.0',
        expect.stringMatching(/^-\/\//),
        'GREGORIAN',
        'PUBLISH',
      ]);
      for (const event of events) {
        for (const property of ['uid', 'dtstamp', 'last-modified', 'dtstart', 'dtend', 'summary', 'description', 'location', 'url']) {
          expect(event.component.hasProperty(property), `${path}: ${event.uid} ${property}`).toBe(true);
        }
      }
    }
  });

  it('each event’s file says what its page says', () => {
    const host = new URL(origin()).host;
    for (const page of eventPages()) {
      const html = read(page);
      const { events } = parseIcs(read(page.replace(/\/$/, '.ics')));
      expect(events, page).toHaveLength(1);
      const [event] = events as [(typeof events)[number]];
      const { datetime } = shownTime(html);
      const endDate = String(nodeOf(html, 'Event')?.['endDate']);
      expect(event.uid, page).toMatch(new RegExp(`^${langOf(page)}/[a-z0-9-]+@${host.replace(/\./g, '\\.')}$`));
      expect(event.component.getFirstPropertyValue('url'), page).toBe(canonical(html));
      expect(event.summary, page).toBe(textOf(pick(html, /<h1[^>]*>([\s\S]*?)<\/h1>/, 'h1')));
      expect(event.description, page).toContain(canonical(html));
      if (/T/.test(datetime)) {
        expect(event.startDate.toJSDate().getTime(), page).toBe(Date.parse(datetime));
        expect(event.endDate.toJSDate().getTime(), page).toBe(Date.parse(endDate));
      } else {
        expect([event.startDate.isDate, event.startDate.toString()], page).toEqual([true, datetime]);
        expect([event.endDate.isDate, event.endDate.toString()], page).toEqual([true, nextDay(endDate)]);
      }
    }
  });

  it('the timed test event past midnight: TZID and a VTIMEZONE, read back as the right instants', () => {
    const text = read('/wydarzenia/test-przez-polnoc.ics');
    const { calendar, events } = parseIcs(text);
    expect(unfold(text)).toContain('\r\nDTSTART;TZID=Europe/Warsaw:20241026T220000\r\nDTEND;TZID=Europe/Warsaw:20241027T030000\r\n');
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Warsaw']);
    expect(events[0]!.uid).toBe('pl/test-overnight@rownosc.krakow.pl');
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2024-10-26T20:00:00.000Z');
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2024-10-27T02:00:00.000Z');
  });

  it.each([
    ['/wydarzenia/forum-miast-empatycznych-2023.ics', '20230515', '20230517'],
    ['/wydarzenia/test-jeden-dzien.ics', '20250214', '20250215'],
    ['/wydarzenia/test-kilka-miesiecy.ics', '20251128', '20260103'],
    ['/en/events/empathic-cities-forum-2023.ics', '20230515', '20230517'],
  ])('all-day %s: VALUE=DATE, ending the day after the last day, no time zone', (path, start, end) => {
    const text = unfold(read(path));
    expect(text).toContain(`\r\nDTSTART;VALUE=DATE:${start}\r\nDTEND;VALUE=DATE:${end}\r\n`);
    expect(text).not.toContain('VTIMEZONE');
  });

  it('each language’s calendar holds exactly the events of that language’s files, and is named', () => {
    const vevents = (path: string) => [...unfold(read(path)).matchAll(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g)].map((m) => m[0]);
    for (const locale of ['pl', 'en'] as const) {
      const own = eventPages()
        .filter((p) => langOf(p) === locale)
        .flatMap((p) => vevents(p.replace(/\/$/, '.ics')));
      expect(vevents(calendarPath[locale]).sort(), locale).toEqual(own.sort());
      expect(parseIcs(read(calendarPath[locale])).calendar.getFirstPropertyValue('x-wr-calname')).toBe(strings[locale].calendar.name);
    }
  });

  it('two builds write the same bytes: calendars and feeds', () => {
    const written = [...files('.ics'), ...Object.values(feedPath)];
    expect(files('.ics', secondDist)).toEqual(files('.ics'));
    for (const path of written) expect(readFileSync(join(secondDist, path)).equals(readFileSync(join(dist, path))), path).toBe(true);
  });
});

describe('structured data in the build', () => {
  it('every page: one block that parses, naming the office in the page’s language', () => {
    for (const path of files('.html')) {
      const html = read(path);
      const blocks = jsonLdBlocks(html);
      expect(blocks, path).toHaveLength(1);
      expect(() => JSON.parse(blocks[0]!), path).not.toThrow();
      expect(nodeOf(html, 'GovernmentOrganization'), path).toMatchObject({ name: strings[langOf(path)].site.owner, url: `${origin()}/` });
    }
  });

  it('every page: a BreadcrumbList exactly where a trail is shown, with its names and addresses', () => {
    for (const path of files('.html')) {
      const html = read(path);
      const nav = /<nav class="breadcrumbs[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1];
      const list = nodeOf(html, 'BreadcrumbList');
      if (!nav) {
        expect(list, path).toBeUndefined();
        continue;
      }
      const shown = [...nav.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: textOf(m[1]!),
        item: new URL(/href="([^"]+)"/.exec(m[1]!)?.[1] ?? new URL(canonical(html)).pathname, origin()).href,
      }));
      expect(shown.length, path).toBeGreaterThan(1);
      expect(list?.['itemListElement'], path).toEqual(shown);
    }
  });

  it('each event page: an Event with every field, matching the page', () => {
    for (const page of eventPages()) {
      const html = read(page);
      const event = nodeOf(html, 'Event');
      const where = textOf(facts(html).split(`>${strings[langOf(page)].event.where}</dt>`)[1]!.split('</dd>')[0]!);
      const { datetime } = shownTime(html);
      const form = (value: string) => (value.includes('T') ? 'timed' : 'date');
      expect(event, page).toMatchObject({
        name: textOf(pick(html, /<h1[^>]*>([\s\S]*?)<\/h1>/, 'h1')),
        description: pick(html, /<meta name="description" content="([^"]*)"/, 'description'),
        startDate: datetime,
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: {
          '@type': 'Place',
          address: { '@type': 'PostalAddress', addressCountry: 'PL' },
        },
        organizer: { '@type': 'GovernmentOrganization', name: strings[langOf(page)].site.owner },
        inLanguage: expect.arrayContaining([expect.stringMatching(/^[a-z]{2,3}$/)]),
        url: canonical(html),
      });
      const location = event!['location'] as { name: string; address: { streetAddress: string; addressLocality: string } };
      for (const part of [location.name, location.address.streetAddress, location.address.addressLocality]) expect(where, page).toContain(part);
      expect(form(String(event!['endDate'])), page).toBe(form(datetime));
    }
  });

  it('the timed test event: each date with the offset of its own day; "</script>" stays text', () => {
    const html = read('/wydarzenia/test-przez-polnoc/');
    expect(nodeOf(html, 'Event')).toMatchObject({ startDate: '2024-10-26T22:00:00+02:00', endDate: '2024-10-27T03:00:00+01:00' });
    expect(String(nodeOf(html, 'Event')?.['description'])).toContain('</script>');
    expect(jsonLdBlocks(html)[0]).not.toContain('<');
  });
});

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
      expect(existsSync(join(dist, new URL(href!).pathname)), href).toBe(true);
    }
  });
});
