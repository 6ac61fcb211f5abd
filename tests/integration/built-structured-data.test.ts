import { describe, expect, it } from 'vitest';
import { useEventsBuild, strings, files, read, langOf, eventPages, origin, canonical, factText, shownStatus, shownTime, nodeOf } from '../helpers/built-events';
import { googleEventProblems } from '../helpers/google-event';
import { jsonLdBlocks, pick, textOf } from '../helpers/html';

/** JSON-LD of a real build, parsed and compared with the pages it describes. (tests/helpers/built-events.ts builds the site with the test events.) */
useEventsBuild();

describe('structured data in the build', () => {
  it('every page: one block that parses, naming the office (its Polish name, the English as alternate) and the site in the page’s language', () => {
    for (const path of files('.html')) {
      const html = read(path);
      const blocks = jsonLdBlocks(html);
      expect(blocks, path).toHaveLength(1);
      expect(() => JSON.parse(blocks[0]!), path).not.toThrow();
      expect(nodeOf(html, 'GovernmentOrganization'), path).toEqual({
        '@type': 'GovernmentOrganization',
        '@id': `${origin()}/#organization`,
        name: strings.pl.site.owner,
        alternateName: [strings.en.site.owner],
        url: `${origin()}/`,
      });
      const home = langOf(path) === 'pl' ? `${origin()}/` : `${origin()}/en/`;
      expect(nodeOf(html, 'WebSite'), path).toMatchObject({
        '@id': `${home}#website`,
        url: home,
        publisher: { '@id': `${origin()}/#organization` },
        potentialAction: { '@type': 'SearchAction', target: expect.stringMatching(/\/(szukaj|en\/search)\/\?q=\{search_term_string\}$/) },
      });
    }
  });

  it('one name per @id across the whole site, in both languages', () => {
    const names = new Map<string, Set<string>>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (!value || typeof value !== 'object') return;
      const node = value as Record<string, unknown>;
      if (typeof node['@id'] === 'string' && typeof node['name'] === 'string') {
        names.set(node['@id'], (names.get(node['@id']) ?? new Set()).add(node['name']));
      }
      Object.values(node).forEach(visit);
    };
    for (const path of files('.html')) visit(JSON.parse(jsonLdBlocks(read(path))[0]!));
    expect(names.size).toBeGreaterThanOrEqual(3);
    expect([...names].filter(([, set]) => set.size > 1).map(([id, set]) => `${id}: ${[...set].join(' / ')}`)).toEqual([]);
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

  it('each event page: an Event with every field Google asks for, matching the page', () => {
    for (const page of eventPages()) {
      const html = read(page);
      const event = nodeOf(html, 'Event');
      const said = strings[langOf(page)].event;
      const where = factText(html, said.where)!;
      const { datetime } = shownTime(html);
      const form = (value: string) => (value.includes('T') ? 'timed' : 'date');
      expect(googleEventProblems(event!), page).toEqual([]);
      const status = shownStatus(html);
      const mode = Object.entries(said.attendanceMode).find(([, words]) => words === factText(html, said.attendance))?.[0];
      expect(event, page).toMatchObject({
        name: textOf(pick(html, /<h1[^>]*>([\s\S]*?)<\/h1>/, 'h1')),
        description: pick(html, /<meta name="description" content="([^"]*)"/, 'description'),
        startDate: datetime,
        eventStatus: `https://schema.org/Event${status[0]!.toUpperCase()}${status.slice(1)}`,
        eventAttendanceMode: `https://schema.org/${{ inPerson: 'Offline', online: 'Online', hybrid: 'Mixed' }[mode!]}EventAttendanceMode`,
        organizer: { '@type': 'GovernmentOrganization', name: strings.pl.site.owner },
        inLanguage: expect.arrayContaining([expect.stringMatching(/^[a-z]{2,3}$/)]),
        url: canonical(html),
      });
      const places = ([] as Array<Record<string, unknown>>).concat(event!['location'] as never).filter((l) => l['@type'] === 'Place');
      expect(places.length, page).toBe(mode === 'online' ? 0 : 1);
      for (const location of places as Array<{ name: string; address: { streetAddress: string; addressLocality: string } }>) {
        for (const part of [location.name, location.address.streetAddress, location.address.addressLocality]) expect(where, page).toContain(part);
      }
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
