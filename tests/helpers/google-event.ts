/**
 * Google's Event structured-data rules (developers.google.com/search/docs/
 * appearance/structured-data/event), written out so a test can hold every
 * event to them: the required properties, the values an enumeration may take,
 * and what each status asks for. Returns one line per broken rule.
 */

type Node = Record<string, unknown>;

const STATUSES = ['EventScheduled', 'EventCancelled', 'EventPostponed', 'EventRescheduled', 'EventMovedOnline'].map((s) => `https://schema.org/${s}`);
const MODES = ['OfflineEventAttendanceMode', 'OnlineEventAttendanceMode', 'MixedEventAttendanceMode'].map((s) => `https://schema.org/${s}`);
const AVAILABILITY = ['InStock', 'SoldOut', 'PreOrder'].map((s) => `https://schema.org/${s}`);
const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$/;

export function googleEventProblems(event: Node): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, rule: string) => ok || problems.push(rule);
  need(event['@type'] === 'Event', '@type must be Event');
  need(typeof event['name'] === 'string' && event['name'] !== '', 'name is required');
  need(typeof event['startDate'] === 'string' && isoDate.test(event['startDate']), 'startDate must be ISO 8601');
  if (event['endDate'] !== undefined) need(typeof event['endDate'] === 'string' && isoDate.test(event['endDate']), 'endDate must be ISO 8601');
  need(STATUSES.includes(String(event['eventStatus'])), 'eventStatus must be a schema.org EventStatusType');
  need(MODES.includes(String(event['eventAttendanceMode'])), 'eventAttendanceMode must be a schema.org EventAttendanceModeEnumeration');

  const locations = ([] as unknown[]).concat(event['location'] ?? []) as Node[];
  need(locations.length > 0, 'location is required');
  const places = locations.filter((l) => l['@type'] === 'Place');
  const virtual = locations.filter((l) => l['@type'] === 'VirtualLocation');
  for (const place of places) {
    const address = place['address'] as Node | undefined;
    need(typeof place['name'] === 'string', 'a Place needs a name');
    need(address?.['@type'] === 'PostalAddress' && typeof address['streetAddress'] === 'string' && typeof address['addressLocality'] === 'string', 'a Place needs a full PostalAddress');
  }
  for (const online of virtual) need(typeof online['url'] === 'string' && /^https:\/\//.test(online['url']), 'a VirtualLocation needs a url');
  const mode = String(event['eventAttendanceMode']).replace('https://schema.org/', '');
  if (mode === 'OfflineEventAttendanceMode') need(places.length === 1 && virtual.length === 0, 'an offline event is at one Place');
  if (mode === 'OnlineEventAttendanceMode') need(virtual.length === 1 && places.length === 0, 'an online event is at one VirtualLocation');
  if (mode === 'MixedEventAttendanceMode') need(virtual.length === 1 && places.length === 1, 'a mixed event has a Place and a VirtualLocation');

  const status = String(event['eventStatus']).replace('https://schema.org/', '');
  if (status === 'EventRescheduled') need(typeof event['previousStartDate'] === 'string' && isoDate.test(event['previousStartDate']), 'a rescheduled event needs previousStartDate');
  else need(event['previousStartDate'] === undefined, 'previousStartDate belongs only to a rescheduled event');
  if (status === 'EventMovedOnline') need(mode === 'OnlineEventAttendanceMode', 'an event moved online has the online attendance mode');

  const offers = event['offers'] as Node | undefined;
  if (offers) {
    need(offers['@type'] === 'Offer', 'offers must be an Offer');
    need(typeof offers['price'] === 'number' && offers['price'] >= 0, 'offers.price must be a number');
    need(offers['priceCurrency'] === 'PLN', 'offers.priceCurrency must be an ISO 4217 code (PLN)');
    need(typeof offers['url'] === 'string', 'offers.url is recommended');
    if (offers['availability'] !== undefined) need(AVAILABILITY.includes(String(offers['availability'])), 'offers.availability must be InStock, SoldOut or PreOrder');
    if (offers['validFrom'] !== undefined) need(isoDate.test(String(offers['validFrom'])), 'offers.validFrom must be ISO 8601');
  }
  const organizer = event['organizer'] as Node | undefined;
  need(typeof organizer?.['name'] === 'string' && typeof organizer['url'] === 'string', 'organizer needs a name and a url');
  return problems;
}
