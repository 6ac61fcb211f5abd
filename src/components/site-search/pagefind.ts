/**
 * Loading Pagefind's browser API, once, on the search page only: on the first
 * search or when the field gets focus. A failed load (offline, or no index yet
 * in `astro dev`) is forgotten, so the next search tries again.
 */

/** The part of Pagefind's browser API used here (pagefind.js ships without types). */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
export interface PagefindResult {
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  /** The indexed text of the page; `locations` are positions of matched words in it. */
  content: string;
  locations: number[];
  /** Page text around the best matches, HTML-escaped by Pagefind, with <mark> around matched words. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

let pagefind: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  if (!pagefind) {
    pagefind = (async () => {
      // Written by src/integrations/search-index.ts at build time. A URL built at
      // run time, so that the bundler does not try to resolve it.
      const url = new URL('/pagefind/pagefind.js', location.origin).href;
      const api = (await import(/* @vite-ignore */ url)) as Pagefind;
      await api.options({ excerptLength: 24, excerptEllipsis: '…' });
      await api.init();
      return api;
    })();
    pagefind.catch(() => (pagefind = undefined));
  }
  return pagefind;
}
