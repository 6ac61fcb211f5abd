import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { collections } from '../../src/content.config';
import { eventSpan, type EventSpan } from '../../src/lib/events/index.ts';
import type { EventData } from '../../src/lib/content/schemas.ts';
import { projectRoot } from './content';

/** The test events of tests/fixtures/events/, read through the real events schema. */

export const fixtureEventsDir = join(projectRoot, 'tests/fixtures/events');

export interface FixtureEvent {
  /** 'pl/test-overnight', like a content entry id. */
  id: string;
  data: EventData;
  span: EventSpan;
}

export function readFixtureEvents(): FixtureEvent[] {
  // The schema as Astro applies it; a picture's path stands in for Astro's image().
  const schema = (collections.events.schema as unknown as (context: { image: () => z.ZodType }) => { parse: (input: unknown) => EventData })({ image: () => z.string() });
  return readdirSync(fixtureEventsDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(fixtureEventsDir, file), 'utf8');
      // js-yaml's default schema reads 2024-10-26 as a Date at UTC midnight, as Astro does.
      const data = schema.parse(yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? ''));
      return { id: file.replace(/\.mdx$/, ''), data, span: eventSpan(data) };
    });
}

export function fixtureEvent(id: string): FixtureEvent {
  const event = readFixtureEvents().find((e) => e.id === id);
  if (!event) throw new Error(`no fixture event ${id}`);
  return event;
}
