import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseIcs } from '../helpers/ical';
import { distDir, expectedLang, sitemapPaths, uiStrings } from './site';

/**
 * What a resident does with the event files: one click on an event page saves
 * a calendar file named after the event; the events index offers the whole
 * calendar and the feed. (Their contents are checked in
 * tests/integration/built-calendars.test.ts, built-feeds.test.ts and built-structured-data.test.ts, on a build that includes the test events.)
 */

// An event's page has its calendar file beside it; the lists by year or kind at the same depth do not.
const eventPages = sitemapPaths().filter((p) => /^\/(wydarzenia|en\/events)\/[^/]+\/$/.test(p) && existsSync(join(distDir, p.replace(/\/$/, '.ics'))));
const indexes = sitemapPaths().filter((p) => p === '/wydarzenia/' || p === '/en/events/');

test('there are event pages and both indexes to check', () => {
  expect(eventPages.length).toBeGreaterThanOrEqual(2);
  expect(indexes).toEqual(['/en/events/', '/wydarzenia/']);
});

for (const path of eventPages) {
  test(`${path}: "add to calendar" saves this event's calendar file`, async ({ page }) => {
    await page.goto(path);
    const strings = uiStrings(expectedLang(path));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: strings.get('calendar.add')! }).click()]);
    expect(download.suggestedFilename()).toBe(`${path.split('/').at(-2)}.ics`);
    const { events } = parseIcs(readFileSync((await download.path())!, 'utf8'));
    expect(events.map((e) => new URL(String(e.component.getFirstPropertyValue('url'))).pathname)).toEqual([path]);
    expect(events[0]!.summary).toBe((await page.locator('h1').innerText()).trim());
  });
}

for (const path of indexes) {
  test(`${path}: links the language's calendar and feed, served with their types`, async ({ page, request }) => {
    await page.goto(path);
    const strings = uiStrings(expectedLang(path));
    const calendar = page.getByRole('link', { name: strings.get('calendar.subscribe')! });
    const href = (await calendar.getAttribute('href'))!;
    // The address shown for subscribing is the one the link opens.
    await expect(calendar.locator('..')).toContainText(new RegExp(`https://\\S+${href.replace(/\./g, '\\.')}`));
    const ics = await request.get(href);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(parseIcs(await ics.text()).calendar.getFirstPropertyValue('x-wr-calname')).toBe(strings.get('calendar.name'));

    const feed = await request.get((await page.getByRole('link', { name: strings.get('feed.link')! }).getAttribute('href'))!);
    expect(feed.headers()['content-type']).toMatch(/xml/);
    expect(await feed.text()).toMatch(/^<\?xml[^>]*\?><rss version="2\.0"/);
  });
}
