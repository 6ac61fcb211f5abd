import type { ContentType } from '../lib/search/index.ts';
import { restoreFromIndex } from '../lib/search/index.ts';
import { pagefindRequest, readState, resultsStatus, stateQuery, termsOnlyGuessed, type SearchState, type SearchStrings } from '../lib/search/index.ts';

/**
 * <site-search>: turns the search page's server-rendered form into live search
 * with Pagefind's JS API and our own markup (lighter than Pagefind's Component
 * UI, and every word of it comes from our translations). Loaded on the search
 * page only; Pagefind itself loads on the first search or when the field gets focus.
 */

/** The part of Pagefind's browser API used here (pagefind.js ships without types). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  /** The indexed text of the page; `locations` are positions of matched words in it. */
  content: string;
  locations: number[];
  /** Page text around the best matches, HTML-escaped by Pagefind, with <mark> around matched words. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** Results rendered at a time; each needs its own small fetch. */
const PAGE_SIZE = 10;
/** Wait this long after the last keystroke before searching (Enter searches at once). */
const TYPING_PAUSE_MS = 200;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
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
    // A failed load (offline, or no index in `astro dev`) is retried by the next search.
    pagefind.catch(() => (pagefind = undefined));
  }
  return pagefind;
}

class SiteSearch extends HTMLElement {
  #strings!: SearchStrings;
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  /** Absent when the site has no events to filter by year. */
  #yearField: HTMLElement | null = null;
  /** Counts searches, so that a slow one never overwrites a newer one. */
  #run = 0;
  #typing: ReturnType<typeof setTimeout> | undefined;
  #pending: PagefindResult[] = [];

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as SearchStrings;
    this.#form = this.querySelector('form')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#list = this.querySelector('ol')!;
    this.#more = this.querySelector('button[data-more]')!;
    this.#yearField = this.querySelector('[data-year-field]');

    const state = readState(new URLSearchParams(location.search));
    this.#show(state);
    this.querySelector('[data-needs-js]')?.setAttribute('hidden', '');
    this.#form.hidden = false;

    const query = this.#form.elements.namedItem('q') as HTMLInputElement;
    query.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
    query.addEventListener('input', () => {
      clearTimeout(this.#typing);
      this.#typing = setTimeout(() => void this.#search(), TYPING_PAUSE_MS);
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#typing);
      void this.#search();
    });
    // Filters apply as soon as they change; the year only belongs to events.
    this.#form.addEventListener('change', (event) => {
      if (event.target === query) return;
      if (this.#yearField) this.#yearField.hidden = this.#state().type !== 'event';
      void this.#search();
    });
    this.#more.addEventListener('click', () => void this.#showMore());

    if (state.q) void this.#search();
  }

  /** Puts a state (from the URL) into the form. */
  #show(state: SearchState): void {
    const field = (name: string) => this.#form.elements.namedItem(name) as HTMLInputElement | RadioNodeList | null;
    (field('q') as HTMLInputElement).value = state.q;
    const type = field('type');
    if (type) type.value = state.type;
    const year = field('year');
    if (year) year.value = state.year;
    if (this.#yearField) this.#yearField.hidden = state.type !== 'event';
  }

  #state(): SearchState {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.#form)) if (typeof value === 'string') params.append(name, value);
    return readState(params);
  }

  async #search(): Promise<void> {
    const run = ++this.#run;
    const state = this.#state();
    history.replaceState(history.state, '', `${location.pathname}${stateQuery(state)}`);
    if (!state.q) {
      this.#clear('');
      return;
    }
    let api: Pagefind;
    try {
      api = await loadPagefind();
    } catch {
      this.#clear(this.#strings.needsBuild ?? this.#strings.unavailable);
      return;
    }
    const { term, filters } = pagefindRequest(state);
    const found = await api.search(term, { filters });
    if (!found || run !== this.#run) return;
    this.#pending = [...found.results];
    const firstPage = await this.#nextPage();
    if (run !== this.#run) return;
    // Pagefind's fallback for a word it does not know is the same for every
    // page, so the best result tells whether the query was really found.
    const best = firstPage[0];
    const guessed = best ? termsOnlyGuessed(term, best.content, best.locations) : [];
    const shown = guessed.length > 0 ? [] : firstPage;
    if (guessed.length > 0) this.#pending = [];
    this.#list.replaceChildren(...shown.map((page) => this.#item(page)));
    this.#more.hidden = this.#pending.length === 0;
    this.#status.textContent = resultsStatus(this.#strings, guessed.length > 0 ? 0 : found.results.length, state.q);
    // Tells tests and the benchmark which query the results on screen answer.
    this.dataset['resultsFor'] = state.q;
  }

  #clear(message: string): void {
    this.#pending = [];
    this.#list.replaceChildren();
    this.#more.hidden = true;
    this.#status.textContent = message;
    delete this.dataset['resultsFor'];
  }

  /** Loads the next PAGE_SIZE results' details (one small fetch each). */
  #nextPage(): Promise<PagefindData[]> {
    return Promise.all(this.#pending.splice(0, PAGE_SIZE).map((result) => result.data()));
  }

  /** "Show more": renders the next results and moves focus to the first of them. */
  async #showMore(): Promise<void> {
    const run = this.#run;
    const pages = await this.#nextPage();
    if (run !== this.#run) return;
    const items = pages.map((page) => this.#item(page));
    this.#list.append(...items);
    this.#more.hidden = this.#pending.length === 0;
    items[0]?.querySelector('a')?.focus();
  }

  #item(page: PagefindData): HTMLLIElement {
    const link = document.createElement('a');
    link.href = page.url;
    link.textContent = restoreFromIndex(page.meta['title'] ?? page.url);
    const heading = document.createElement('h2');
    heading.append(link);

    const type = page.filters['type']?.[0] as ContentType | undefined;
    const kind = document.createElement('p');
    kind.className = 'kind';
    kind.textContent = [type ? this.#strings.kind[type] : '', page.filters['year']?.[0] ?? ''].filter(Boolean).join(' · ');

    const excerpt = document.createElement('p');
    // Safe as HTML: Pagefind escapes the page text and adds only <mark> elements.
    excerpt.innerHTML = restoreFromIndex(page.excerpt);

    const item = document.createElement('li');
    item.append(heading, kind, excerpt);
    return item;
  }
}

customElements.define('site-search', SiteSearch);
