import { eventSpan, eventYear } from '../lib/events/index.ts';
import { searchAttributes } from '../lib/search/index.ts';
import type { SitePage } from '../lib/site/index.ts';
import type { Site } from './site';

/** The search attributes of a page's `<main>`, with the year of an event from its start date. */
export function pageSearchAttributes(site: Site, page: SitePage): Record<string, string> {
  const event = page.entry?.collection === 'events' ? site.events.find((e) => e.id === page.entry?.id) : undefined;
  return searchAttributes(page.kind, event ? eventYear(eventSpan(event.data)) : undefined);
}
