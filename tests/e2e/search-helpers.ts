import { expect, type Page } from '@playwright/test';

/** What a search on the search page showed: result links in order, and the highlighted words. */
export interface Shown {
  urls: string[];
  marks: string[];
  status: string;
}

/** Opens a search page with `?q=` (a path, or a full URL for a fixture build) and waits for its results. */
export async function searchFor(page: Page, searchPage: string, query: string): Promise<Shown> {
  await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  return shownFor(page, query);
}

/** Waits until the results on screen answer `query`, and reads them. */
export async function shownFor(page: Page, query: string): Promise<Shown> {
  await expect(page.locator('site-search')).toHaveAttribute('data-results-for', query);
  return {
    urls: await page.locator('.results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
    marks: await page.locator('.results mark').allTextContents(),
    status: (await page.getByRole('status').textContent()) ?? '',
  };
}

/** A highlighted word without the punctuation Pagefind keeps around it, in lower case. */
export const word = (mark: string) => mark.toLocaleLowerCase('pl').replace(/[^\p{L}\p{N}]/gu, '');
