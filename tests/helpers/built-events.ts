import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { distFiles } from '../../scripts/dist-files.ts';
import { buildContent, contentWithOverlays } from './build';
import { projectRoot } from './content';
import { fixtureEventsDir } from './fixture-events';
import { TEST_EVENTS_NOW } from './test-events-now';

export { TEST_EVENTS_NOW };
import { decodeEntities, isMovedPage, jsonLdBlocks, pick } from './html';

/**
 * What a build writes for events, read back as its readers read it (calendar
 * files with a calendar parser, feeds with an XML parser, JSON-LD with
 * JSON.parse), each compared with the page it belongs to. The site is built
 * from content/ plus the test events of tests/fixtures/events/; a test file
 * calls `useEventsBuild()` once at its top and reads the build through the
 * helpers below.
 */
export const built = { dist: '', scratch: '' };
const overlay = [{ from: fixtureEventsDir, to: 'events' }];



/** Builds the site with the test events before the file's tests, into `name`; returns where. */
export function buildWithTestEvents(name: string): string {
  const { status, output, dist } = buildContent(contentWithOverlays(join(built.scratch, name), overlay), join(built.scratch, name, 'dist'), { BUILD_TIME: TEST_EVENTS_NOW });
  if (status !== 0) throw new Error(`the build failed:\n${output}`);
  return dist;
}

export function useEventsBuild(): void {
  beforeAll(() => {
    built.scratch = mkdtempSync(join(tmpdir(), 'built-events-'));
    built.dist = buildWithTestEvents('a');
  }, 240_000);
  afterAll(() => rmSync(built.scratch, { recursive: true, force: true }));
}

export type Locale = 'pl' | 'en';
type Strings = {
  site: { owner: string };
  event: { announced: string; where: string; attendance: string; attendanceMode: Record<string, string>; statusLabel: Record<string, string> };
  calendar: { name: string };
  feed: { title: string };
};
export const strings = Object.fromEntries(
  (['pl', 'en'] as const).map((l) => [l, JSON.parse(readFileSync(join(projectRoot, 'src/i18n/locales', l, 'translation.json'), 'utf8')) as Strings]),
) as Record<Locale, Strings>;

/** Built files ending in `suffix`; for HTML, the site's pages (not the pages left at old addresses). */
export const files = (suffix: string, root = built.dist) =>
  distFiles(root).filter((f) => f.endsWith(suffix) && !(f.endsWith('.html') && isMovedPage(readFileSync(join(root, f), 'utf8'))));
export const read = (path: string) => readFileSync(join(built.dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
export const langOf = (path: string): Locale => (path.startsWith('/en/') ? 'en' : 'pl');
export const eventsSection: Record<Locale, string> = { pl: '/wydarzenia/', en: '/en/events/' };
export const feedPath: Record<Locale, string> = { pl: '/wydarzenia/rss.xml', en: '/en/events/rss.xml' };
export const calendarPath: Record<Locale, string> = { pl: '/wydarzenia.ics', en: '/en/events.ics' };

/** Event pages: /wydarzenia/<slug>/ and /en/events/<slug>/ (not the lists by year or kind beside them). */
export const eventPages = () =>
  files('index.html')
    .filter((f) => /^\/(wydarzenia|en\/events)\/[^/]+\/index\.html$/.test(f) && existsSync(join(built.dist, f.replace(/\/index\.html$/, '.ics'))))
    .map((f) => f.replace(/index\.html$/, ''));
export const origin = () => new URL(pick(read('/'), /<link rel="canonical" href="([^"]+)"/, 'canonical URL')).origin;
export const canonical = (html: string) => pick(html, /<link rel="canonical" href="([^"]+)"/, 'canonical URL');
export const facts = (html: string) => pick(html, /<section class="facts"[^>]*>([\s\S]*?)<\/section>/, 'facts section');
/** The event's <time datetime> and text, the first thing its facts say. */
export const shownTime = (html: string) => {
  const [, datetime, text] = /<time datetime="([^"]+)"[^>]*>([^<]+)<\/time>/.exec(facts(html)) ?? [];
  return { datetime: datetime!, text: decodeEntities(text!) };
};

/** The event's status as its page shows it: the notice's data-status, else scheduled. */
export const shownStatus = (html: string) => /<div class="status-notice"[^>]*data-status="([a-zA-Z]+)"/.exec(html)?.[1] ?? 'scheduled';
/** The text of the fact under the heading `term` (a <dt>), or undefined when the page has no such fact. */
export const factText = (html: string, term: string) => {
  const after = facts(html).split(new RegExp(`>${term}</dt>`))[1];
  // Inline tags go without a trace (a link ends where its comma begins); block tags part words.
  const text = after?.split('</dd>')[0]!.replace(/<\/?(a|span|time|strong|em)\b[^>]*>/g, '').replace(/<[^>]+>/g, ' ');
  return text === undefined ? undefined : decodeEntities(text.replace(/\s+/g, ' ').trim());
};

export type Node = Record<string, unknown> & { '@type': string };
export const graphOf = (html: string): Node[] => jsonLdBlocks(html).flatMap((block) => (JSON.parse(block) as { '@graph': Node[] })['@graph']);
export const nodeOf = (html: string, type: string) => graphOf(html).find((n) => n['@type'] === type);
