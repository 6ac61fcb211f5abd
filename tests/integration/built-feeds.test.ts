import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { useEventsBuild, built, strings, files, read, langOf, eventsSection, feedPath, eventPages, origin, facts, shownTime, type Locale } from '../helpers/built-events';
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
});
