import { zonedIso, type EventSpan, type LocalMoment } from '../events/index.ts';
import { placeName, type Venue } from '../events/index.ts';
import type { AccessibilityFeature, AttendanceMode, EventStatus, RegistrationPhase } from '../events/index.ts';

/**
 * schema.org structured data (JSON-LD) for search engines: the office on every
 * page, the breadcrumb trail wherever one is shown, and an Event on each event
 * page (the fields Google lists as required and recommended that the content
 * really has: nothing is made up to fill a field).
 */

export type JsonLdNode = { '@type': string } & Record<string, unknown>;

export interface Organization {
  /** Its name in the site's first language: one name for one `@id`, on every page. */
  name: string;
  /** Its name in the other languages. */
  alternateName?: readonly string[] | undefined;
  /** Absolute URL of the site's root, the same in every language. */
  url: string;
  /** Contact details the office has confirmed (content/urzad.yaml); absent until then. */
  email?: string | undefined;
  telephone?: string | undefined;
  address?: { streetAddress?: string | undefined; postalCode?: string | undefined; addressLocality?: string | undefined } | undefined;
}

/** The office. One `@id` and one name on every page and language, so search engines see one organisation. */
export function organizationNode({ name, alternateName, url, email, telephone, address }: Organization): JsonLdNode {
  const postal = address && Object.fromEntries(Object.entries(address).filter(([, v]) => v !== undefined));
  return {
    '@type': 'GovernmentOrganization',
    '@id': `${url}#organization`,
    name,
    ...(alternateName && alternateName.length > 0 ? { alternateName: [...alternateName] } : {}),
    url,
    ...(email ? { email } : {}),
    ...(telephone ? { telephone } : {}),
    ...(postal && Object.keys(postal).length > 0 ? { address: { '@type': 'PostalAddress', ...postal, addressCountry: 'PL' } } : {}),
  };
}

export interface WebSiteFacts {
  name: string;
  /** Absolute URL of the home page in this language: each language's site is its own node. */
  url: string;
  /** BCP 47 tag of the language. */
  inLanguage: string;
  /** Absolute URL of the search page, to which `?q=` is added. */
  searchUrl: string;
  publisher: Organization;
}

/** The site in one language, published by the office, with its search (schema.org SearchAction). */
export function websiteNode({ name, url, inLanguage, searchUrl, publisher }: WebSiteFacts): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': `${url}#website`,
    name,
    url,
    inLanguage,
    publisher: { '@id': `${publisher.url}#organization` },
    potentialAction: { '@type': 'SearchAction', target: `${searchUrl}?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
  };
}

/** The breadcrumb trail exactly as shown on the page, with absolute URLs. */
export function breadcrumbNode(crumbs: ReadonlyArray<{ title: string; url: string }>): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.title, item: crumb.url })),
  };
}

export interface StructuredEvent {
  title: string;
  summary: string;
  span: EventSpan;
  /** Where it happens in person; absent for an online-only event. */
  venue?: Venue | undefined;
  /** Language codes spoken at the event. */
  languages: readonly string[];
  /** Absolute canonical URL of the event's page. */
  url: string;
  organizer: Organization;
  /** Absolute URL of a picture of the event, when there is one. */
  image?: string | undefined;
  status: EventStatus;
  /** The former start of a rescheduled event, as its page shows it. */
  previousStart?: LocalMoment | undefined;
  attendance: AttendanceMode;
  /**
   * Where to join online: the link when the page shows it, else the event's
   * page (Google requires a URL for a virtual location; the page says how the
   * link will come).
   */
  onlineUrl?: string | undefined;
  /** Accessibility features of the venue the editor stated. */
  accessibility: readonly AccessibilityFeature[];
  registration?: StructuredRegistration | undefined;
  /** The programme's sessions, as subEvents; their speakers are the event's performers. */
  sessions?: readonly StructuredSession[] | undefined;
  /** The series the event is an edition of. */
  series?: { name: string; url: string } | undefined;
}

export interface StructuredSession {
  title: string;
  start: LocalMoment;
  end: LocalMoment;
  language?: string | undefined;
  speakers: ReadonlyArray<{ name: string; role?: string | undefined; organisation?: string | undefined }>;
}

function personNode(speaker: StructuredSession['speakers'][number]): JsonLdNode {
  return {
    '@type': 'Person',
    name: speaker.name,
    ...(speaker.role ? { jobTitle: speaker.role } : {}),
    ...(speaker.organisation ? { affiliation: { '@type': 'Organization', name: speaker.organisation } } : {}),
  };
}

/** Sessions as schema.org subEvents, at the event's own place; each speaker once among the performers. */
function programmeNodes(sessions: readonly StructuredSession[], timeZone: string, location: unknown): Record<string, unknown> {
  if (sessions.length === 0) return {};
  const performers = new Map<string, JsonLdNode>();
  for (const speaker of sessions.flatMap((s) => s.speakers)) if (!performers.has(speaker.name)) performers.set(speaker.name, personNode(speaker));
  return {
    subEvent: sessions.map((s) => ({
      '@type': 'Event',
      name: s.title,
      startDate: zonedIso(s.start, timeZone),
      endDate: zonedIso(s.end, timeZone),
      location,
      ...(s.language ? { inLanguage: s.language } : {}),
      ...(s.speakers.length > 0 ? { performer: s.speakers.map(personNode) } : {}),
    })),
    ...(performers.size > 0 ? { performer: [...performers.values()] } : {}),
  };
}

export interface StructuredRegistration {
  url: string;
  price: number;
  /** YYYY-MM-DD */
  opens?: string | undefined;
  closes?: string | undefined;
  /** Where it stands on the day of the build; undefined when the event can no longer be joined (then there is no offer). */
  phase: RegistrationPhase | undefined;
}

const statusTypes: Record<EventStatus, string> = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  movedOnline: 'EventMovedOnline',
};

const attendanceTypes: Record<AttendanceMode, string> = {
  inPerson: 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  hybrid: 'MixedEventAttendanceMode',
};

/**
 * Venue features schema.org can name (LocationFeatureSpecification on the
 * Place). Sign-language interpreting and live captions are services of the
 * event, for which schema.org's Event has no property: the page states them.
 */
const placeFeatures: Partial<Record<AccessibilityFeature, string>> = {
  stepFree: 'Step-free access',
  accessibleToilet: 'Accessible toilet',
  inductionLoop: 'Induction loop',
  quietRoom: 'Quiet room',
};

function placeNode(venue: Venue, accessibility: readonly AccessibilityFeature[]): JsonLdNode {
  const features = accessibility.flatMap((f) => (placeFeatures[f] ? [{ '@type': 'LocationFeatureSpecification', name: placeFeatures[f], value: true }] : []));
  return {
    '@type': 'Place',
    name: placeName(venue),
    address: {
      '@type': 'PostalAddress',
      streetAddress: venue.street,
      addressLocality: venue.city,
      ...(venue.postalCode ? { postalCode: venue.postalCode } : {}),
      addressCountry: venue.country,
    },
    ...(features.length > 0 ? { amenityFeature: features } : {}),
  };
}

const offerAvailability: Record<RegistrationPhase, string> = {
  opensLater: 'https://schema.org/PreOrder',
  open: 'https://schema.org/InStock',
  closed: 'https://schema.org/SoldOut',
};

function offerNode(registration: StructuredRegistration): JsonLdNode {
  return {
    '@type': 'Offer',
    url: registration.url,
    price: registration.price,
    priceCurrency: 'PLN',
    ...(registration.phase ? { availability: offerAvailability[registration.phase] } : {}),
    ...(registration.opens ? { validFrom: registration.opens } : {}),
    ...(registration.closes ? { validThrough: registration.closes } : {}),
  };
}

/**
 * An Event. All-day events carry plain dates (the last day inclusive, as
 * schema.org reads endDate); timed ones carry the local time with its UTC offset
 * for that day (+02:00 in summer, +01:00 in winter), the same value as the
 * page's <time datetime>. A cancelled or postponed event keeps its dates, as
 * Google asks; a rescheduled one carries the new dates and the former start.
 */
export function eventNode(event: StructuredEvent): JsonLdNode {
  const { span, venue } = event;
  const online = event.attendance !== 'inPerson' ? { '@type': 'VirtualLocation', url: event.onlineUrl ?? event.url } : undefined;
  const place = venue && event.attendance !== 'online' ? placeNode(venue, event.accessibility) : undefined;
  const locations = [place, online].filter((l) => l !== undefined);
  const location = locations.length === 1 ? locations[0] : locations;
  return {
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: zonedIso(span.start, span.timeZone),
    endDate: zonedIso(span.end, span.timeZone),
    eventStatus: `https://schema.org/${statusTypes[event.status]}`,
    ...(event.previousStart ? { previousStartDate: zonedIso(event.previousStart, span.timeZone) } : {}),
    eventAttendanceMode: `https://schema.org/${attendanceTypes[event.attendance]}`,
    location,
    organizer: organizationNode(event.organizer),
    inLanguage: [...event.languages],
    url: event.url,
    ...(event.image ? { image: [event.image] } : {}),
    // An offer only while the event can still be joined: not once it is over, cancelled or postponed.
    ...(event.registration?.phase ? { offers: offerNode(event.registration) } : {}),
    ...programmeNodes(event.sessions ?? [], span.timeZone, location),
    ...(event.series ? { superEvent: { '@type': 'EventSeries', '@id': `${event.series.url}#series`, name: event.series.name, url: event.series.url } } : {}),
  };
}

/**
 * A series of events (an annual conference) on its own page: the same `@id`
 * its editions name as their superEvent, with each edition as a subEvent.
 */
export function eventSeriesNode(series: { name: string; url: string; editions: ReadonlyArray<{ name: string; url: string; span: EventSpan }> }): JsonLdNode {
  return {
    '@type': 'EventSeries',
    '@id': `${series.url}#series`,
    name: series.name,
    url: series.url,
    subEvent: series.editions.map((e) => ({ '@type': 'Event', name: e.name, url: e.url, startDate: zonedIso(e.span.start, e.span.timeZone) })),
  };
}

/**
 * The text of a `<script type="application/ld+json">`: one graph of all nodes.
 * Every `<` is written as \u003c (the same string to a JSON parser), so no text
 * from the content, such as "</script>", can end the script element early.
 */
export function jsonLdScript(nodes: readonly JsonLdNode[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes }).replace(/</g, '\\u003c');
}
