import { describe, expect, it } from 'vitest';
import { breadcrumbs, buildSitePages } from '../../src/lib/site/index.ts';
import { breadcrumbNode, eventNode, jsonLdScript, organizationNode, websiteNode, type StructuredEvent } from '../../src/lib/seo/index.ts';
import { readEntrySummaries, indexTitles } from '../helpers/content';
import { fixtureEvent, readFixtureEvents, type FixtureEvent } from '../helpers/fixture-events';
import { googleEventProblems } from '../helpers/google-event';
import { calendarDate, onlineLinkShown, registrationPhase, zonedIso } from '../../src/lib/events/index.ts';

const office = { name: 'Miasto Kraków', url: 'https://rownosc.krakow.pl/' };

const structured = ({ data, span }: FixtureEvent, extra: Partial<StructuredEvent> = {}): StructuredEvent => ({
  title: data.title,
  summary: data.summary,
  span,
  venue: data.venue,
  languages: data.languages,
  url: `https://rownosc.krakow.pl/wydarzenia/${data.slug}/`,
  organizer: office,
  status: data.status,
  attendance: data.attendance,
  accessibility: data.accessibility,
  ...extra,
});

describe('Event', () => {
  it('all-day: plain dates, the last day inclusive', () => {
    const node = eventNode(structured(fixtureEvent('pl/test-several-months')));
    expect(node).toMatchObject({ '@type': 'Event', startDate: '2025-11-28', endDate: '2026-01-02' });
  });

  it('timed: local times with the offset of their own day (summer time ends overnight)', () => {
    const node = eventNode(structured(fixtureEvent('pl/test-overnight')));
    expect(node['startDate']).toBe('2024-10-26T22:00:00+02:00');
    expect(node['endDate']).toBe('2024-10-27T03:00:00+01:00');
  });

  it('has every field Google asks for that the content has, with values from the entry', () => {
    const fixture = fixtureEvent('pl/test-overnight');
    expect(eventNode(structured(fixture))).toEqual({
      '@type': 'Event',
      name: fixture.data.title,
      description: fixture.data.summary,
      startDate: expect.any(String),
      endDate: expect.any(String),
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Miejsce testowe',
        address: { '@type': 'PostalAddress', streetAddress: 'ul. Testowa 1', addressLocality: 'Kraków', postalCode: '30-001', addressCountry: 'PL' },
      },
      organizer: { '@type': 'GovernmentOrganization', '@id': 'https://rownosc.krakow.pl/#organization', name: 'Miasto Kraków', url: 'https://rownosc.krakow.pl/' },
      inLanguage: ['pl'],
      url: 'https://rownosc.krakow.pl/wydarzenia/test-przez-polnoc/',
    });
  });

  it('names the room with the place, leaves out a postal code nobody gave, adds a picture only when there is one', () => {
    const fixture = fixtureEvent('pl/test-one-day');
    const node = eventNode(structured(fixture));
    expect(node['location']).toMatchObject({ name: 'Miejsce testowe, Sala testowa' });
    expect((node['location'] as { address: object }).address).not.toHaveProperty('postalCode');
    expect(node).not.toHaveProperty('image');
    expect(eventNode(structured(fixture, { image: 'https://rownosc.krakow.pl/a.jpg' }))['image']).toEqual(['https://rownosc.krakow.pl/a.jpg']);
  });
});

describe('an event in every state, as Google reads it', () => {
  // The test events' "now" (tests/helpers/built-events.ts), so the phases are those the built pages show.
  const now = new Date('2027-05-20T10:00:00Z');
  const asOnPage = (fixture: FixtureEvent) => {
    const { data, span } = fixture;
    return structured(fixture, {
      previousStart: data.previousStart && { date: calendarDate(data.previousStart), ...(data.previousStartTime ? { time: data.previousStartTime } : {}) },
      onlineUrl: data.onlineUrl && onlineLinkShown(data.onlineUrlFrom, data.status, span, now) ? data.onlineUrl : undefined,
      registration: data.registration && {
        url: data.registration.url,
        price: data.registration.price,
        opens: data.registration.opens && calendarDate(data.registration.opens),
        closes: data.registration.closes && calendarDate(data.registration.closes),
        phase: registrationPhase(data.registration, data.status, span, now),
      },
    });
  };
  const fixtures = readFixtureEvents();

  it.each(fixtures.map((f) => [f.id, f] as const))('%s meets Google’s Event rules', (_, fixture) => {
    expect(googleEventProblems(eventNode(asOnPage(fixture)))).toEqual([]);
  });

  it('the fixtures cover every status and every attendance mode', () => {
    expect(new Set(fixtures.map((f) => f.data.status))).toEqual(new Set(['scheduled', 'cancelled', 'postponed', 'rescheduled', 'movedOnline']));
    expect(new Set(fixtures.map((f) => f.data.attendance))).toEqual(new Set(['inPerson', 'online', 'hybrid']));
  });

  it('says each status in schema.org’s words, a rescheduled event with its former start', () => {
    const status = (id: string) => eventNode(asOnPage(fixtureEvent(id)))['eventStatus'];
    expect(status('pl/test-cancelled')).toBe('https://schema.org/EventCancelled');
    expect(status('pl/test-postponed')).toBe('https://schema.org/EventPostponed');
    expect(status('pl/test-moved-online')).toBe('https://schema.org/EventMovedOnline');
    const rescheduled = eventNode(asOnPage(fixtureEvent('pl/test-rescheduled')));
    expect(rescheduled).toMatchObject({ eventStatus: 'https://schema.org/EventRescheduled', previousStartDate: '2027-06-03T09:00:00+02:00', startDate: '2027-06-20T10:00:00+02:00' });
    expect(zonedIso({ date: '2027-06-03', time: '09:00' }, 'Europe/Warsaw')).toBe(rescheduled['previousStartDate']);
  });

  it('offers registration with its price and window; a cancelled event offers nothing', () => {
    expect(eventNode(asOnPage(fixtureEvent('pl/test-hybrid')))['offers']).toEqual({
      '@type': 'Offer',
      url: 'https://example.org/rejestracja-warsztaty',
      price: 50,
      priceCurrency: 'PLN',
      availability: 'https://schema.org/InStock',
      validFrom: '2027-05-01',
      validThrough: '2027-06-01',
    });
    expect(eventNode(asOnPage(fixtureEvent('pl/test-online-registration-later')))['offers']).toMatchObject({ availability: 'https://schema.org/PreOrder', price: 0 });
    expect(eventNode(asOnPage(fixtureEvent('pl/test-registration-closed')))['offers']).toMatchObject({ availability: 'https://schema.org/SoldOut' });
    expect(eventNode(asOnPage(fixtureEvent('pl/test-cancelled')))).not.toHaveProperty('offers');
  });

  it('puts a hybrid event at its venue and online, with the venue’s stated features', () => {
    const node = eventNode(asOnPage(fixtureEvent('pl/test-hybrid')));
    expect(node['eventAttendanceMode']).toBe('https://schema.org/MixedEventAttendanceMode');
    const [place, online] = node['location'] as Array<Record<string, unknown>>;
    expect(online).toEqual({ '@type': 'VirtualLocation', url: 'https://example.org/transmisja' });
    expect((place!['amenityFeature'] as Array<{ name: string }>).map((f) => f.name)).toEqual(['Step-free access', 'Accessible toilet', 'Induction loop', 'Quiet room']);
  });

  it('points a virtual location at the event’s page until the link is published', () => {
    const node = eventNode(asOnPage(fixtureEvent('pl/test-moved-online')));
    expect(node['location']).toEqual({ '@type': 'VirtualLocation', url: 'https://rownosc.krakow.pl/wydarzenia/test-w-internecie/' });
  });

  it('the rules catch what they are for', () => {
    const good = eventNode(asOnPage(fixtureEvent('pl/test-rescheduled')));
    expect(googleEventProblems({ ...good, previousStartDate: undefined })).toContain('a rescheduled event needs previousStartDate');
    expect(googleEventProblems({ ...good, location: { '@type': 'VirtualLocation' } })).toContain('a VirtualLocation needs a url');
    expect(googleEventProblems({ ...good, eventStatus: 'Cancelled' })).toContain('eventStatus must be a schema.org EventStatusType');
  });
});

describe('the script text', () => {
  const fixture = fixtureEvent('pl/test-overnight');
  const text = jsonLdScript([organizationNode(office), eventNode(structured(fixture))]);

  it('cannot be closed by the content: no "<" at all, yet the same data', () => {
    expect(fixture.data.summary).toContain('</script>');
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    const parsed = JSON.parse(text) as { '@context': string; '@graph': Array<Record<string, unknown>> };
    expect(parsed['@context']).toBe('https://schema.org');
    expect(parsed['@graph'][1]!['description']).toBe(fixture.data.summary);
  });
});

describe('BreadcrumbList', () => {
  const pages = buildSitePages(readEntrySummaries(), indexTitles);

  it('follows the visible trail: home under its menu label, then each page by title', () => {
    const forum = pages.find((p) => p.key === 'events/empathic-cities-forum-2023' && p.locale === 'en')!;
    const crumbs = breadcrumbs(pages, forum, 'Home');
    expect(crumbs.map((c) => [c.title, c.path])).toEqual([
      ['Home', '/en/'],
      ['Events', '/en/events/'],
      ['International Forum of Empathic Cities', '/en/events/empathic-cities-forum-2023/'],
    ]);
    const node = breadcrumbNode(crumbs.map((c) => ({ title: c.title, url: `https://rownosc.krakow.pl${c.path}` })));
    expect(node['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://rownosc.krakow.pl/en/' },
      { '@type': 'ListItem', position: 2, name: 'Events', item: 'https://rownosc.krakow.pl/en/events/' },
      { '@type': 'ListItem', position: 3, name: 'International Forum of Empathic Cities', item: 'https://rownosc.krakow.pl/en/events/empathic-cities-forum-2023/' },
    ]);
  });

  it('is empty on the home page, which shows no trail', () => {
    const home = pages.find((p) => p.kind === 'home' && p.locale === 'pl')!;
    expect(breadcrumbs(pages, home, 'Strona główna')).toEqual([]);
  });
});

describe('the office and the site', () => {
  const publisher = { name: 'Miasto Kraków', alternateName: ['City of Kraków'], url: 'https://rownosc.krakow.pl/' };

  it('the office has one name under its @id; other languages are alternates', () => {
    expect(organizationNode(publisher)).toEqual({
      '@type': 'GovernmentOrganization',
      '@id': 'https://rownosc.krakow.pl/#organization',
      name: 'Miasto Kraków',
      alternateName: ['City of Kraków'],
      url: 'https://rownosc.krakow.pl/',
    });
  });

  it('each language’s site is its own WebSite, published by the office, searchable', () => {
    expect(
      websiteNode({ name: 'Kraków – Equal Treatment', url: 'https://rownosc.krakow.pl/en/', inLanguage: 'en-GB', searchUrl: 'https://rownosc.krakow.pl/en/search/', publisher }),
    ).toEqual({
      '@type': 'WebSite',
      '@id': 'https://rownosc.krakow.pl/en/#website',
      name: 'Kraków – Equal Treatment',
      url: 'https://rownosc.krakow.pl/en/',
      inLanguage: 'en-GB',
      publisher: { '@id': 'https://rownosc.krakow.pl/#organization' },
      potentialAction: { '@type': 'SearchAction', target: 'https://rownosc.krakow.pl/en/search/?q={search_term_string}', 'query-input': 'required name=search_term_string' },
    });
  });
});
