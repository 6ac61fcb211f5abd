import type { ContentType, QueryPlan } from '../../lib/search/index.ts';
import { comparable, fillTemplate, foldQuery, formsFileKey, formsPath, planQuery, restoreFromIndex, withoutWordForms } from '../../lib/search/index.ts';
import { pagefindRequest, readState, resultsStatus, stateQuery, termsOnlyGuessed, type SearchState, type SearchStrings } from '../../lib/search/index.ts';
import { loadPagefind, type Pagefind, type PagefindData, type PagefindResult } from './pagefind.ts';

/** A search's results, and whether they answer every word asked (no prefix guess). */
interface Found {
  results: PagefindResult[];
  asked: boolean;
}

/**
 * <site-search>: inserts the search page's form and results (built with the
 * page, carried in `data-ui`, so nothing shows that only a script could run)
 * and turns them into live search
 * with Pagefind's JS API and our own markup (lighter than Pagefind's Component
 * UI, and every word of it comes from our translations). Loaded on the search
 * page only; Pagefind itself loads on the first search or when the field gets focus.
 */

/** Results rendered at a time; each needs its own small fetch. */
const PAGE_SIZE = 10;
/** Wait this long after the last keystroke before searching (Enter searches at once). */
const TYPING_PAUSE_MS = 200;

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
    if (!this.querySelector('form')) this.insertAdjacentHTML('beforeend', this.dataset['ui'] ?? '');
    this.#form = this.querySelector('form')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#list = this.querySelector('ol')!;
    this.#more = this.querySelector('button[data-more]')!;
    this.#yearField = this.querySelector('[data-year-field]');

    const state = readState(new URLSearchParams(location.search));
    this.#show(state);
    this.querySelector('[data-needs-js]')?.setAttribute('hidden', '');

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
    try {
      await this.#answer(run, state);
    } catch {
      // Pagefind did not load, or one of its files did not arrive: say so, and
      // leave no answer to an older query on screen.
      if (run === this.#run) this.#clear(this.#strings.needsBuild ?? this.#strings.unavailable);
    }
  }

  /**
   * Runs the query and shows its first page of results, unless a newer search
   * has started. A query that finds nothing as typed is planned again
   * (src/lib/search/query-plan.ts): without stop words, with a typo corrected,
   * or without the words the site does not have, and the status says so.
   */
  async #answer(run: number, state: SearchState): Promise<void> {
    const api: Pagefind = await loadPagefind();
    const { filters } = pagefindRequest(state);
    const searches = new Map<string, Promise<Found>>();
    const find = (words: readonly string[]): Promise<Found> => {
      const term = foldQuery(words.join(' '));
      let found = searches.get(term);
      if (!found) {
        found = this.#find(api, term, words, filters);
        searches.set(term, found);
      }
      return found;
    };
    const plan = await planQuery(state.q, this.#strings, {
      finds: async (words) => (await find(words)).asked,
      lemmasOf: (word) => this.#lemmasOf(word),
      vocabulary: () => this.#vocabulary(),
    });
    if (run !== this.#run) return;
    const found = plan.words.length > 0 ? await find(plan.words) : { results: [], asked: false };
    this.#pending = [...found.results];
    const firstPage = await this.#nextPage();
    if (run !== this.#run) return;
    this.#list.replaceChildren(...firstPage.map((page) => this.#item(page)));
    this.#list.hidden = firstPage.length === 0;
    this.#more.hidden = this.#pending.length === 0;
    this.#status.replaceChildren(...this.#statusOf(plan, found.results.length, state));
    // Tells tests and the benchmark which query the results on screen answer.
    this.dataset['resultsFor'] = state.q;
  }

  /** One Pagefind search. Its fallback for a word it does not know is the same for every page, so the best result tells whether the words were really found. */
  async #find(api: Pagefind, term: string, words: readonly string[], filters: Record<string, string>): Promise<Found> {
    const found = await api.search(term, { filters });
    const results = found?.results ?? [];
    const best = results[0] ? await results[0].data() : undefined;
    const asked = best !== undefined && termsOnlyGuessed(words, best.content, best.locations, this.#strings.endings).length === 0;
    return { results: asked ? results : [], asked };
  }

  /** Files fetched for queries that find nothing as typed, each once (a failed fetch is forgotten, so the next search tries again). */
  #fetched = new Map<string, Promise<unknown>>();

  async #json<T>(url: string, otherwise: T): Promise<T> {
    let file = this.#fetched.get(url);
    if (!file) {
      file = fetch(url).then((response) => (response.ok ? response.json() : otherwise));
      this.#fetched.set(url, file);
      file.catch(() => this.#fetched.delete(url));
    }
    return (await file.catch(() => otherwise)) as T;
  }

  /** The site's words for "did you mean", fetched only when a word matched nothing. */
  #vocabulary(): Promise<readonly string[]> {
    return this.#json<string[]>(this.#strings.vocabulary, []);
  }

  /** The lemmas of a form of the site's words, from the build's lookup (one small file per first two letters), if the language has one. */
  async #lemmasOf(word: string): Promise<readonly string[]> {
    const lang = this.#strings.formsOf;
    if (!lang) return [];
    return (await this.#json<Record<string, string[]>>(formsPath(lang, formsFileKey(word)), {}))[comparable(word)] ?? [];
  }

  /** The status line: what was corrected or left out, how many results, or which words the reader may have meant. */
  #statusOf(plan: QueryPlan, count: number, state: SearchState): (string | Node)[] {
    const fill = (template: string, values: Record<string, string | number>) => fillTemplate(template, values, this.#strings.intl);
    const quoted = (words: readonly string[]) => words.map((word) => fill(this.#strings.quoted, { word })).join(', ');
    const parts: (string | Node)[] = [];
    for (const { typed, used } of plan.corrected) parts.push(fill(this.#strings.corrected, { typed, used }), ' ');
    if (count > 0 && plan.leftOut.length > 0) parts.push(fill(this.#strings.leftOut, { words: quoted(plan.leftOut) }), ' ');
    if (count > 0 && plan.apart.length > 0) parts.push(fill(this.#strings.apart, { words: quoted(plan.apart) }), ' ');
    parts.push(resultsStatus(this.#strings, count, count > 0 ? plan.words.join(' ') : state.q));
    if (count === 0 && plan.didYouMean.length > 0) {
      const [before, after = ''] = this.#strings.didYouMean.split('{{words}}');
      parts.push(' ', before ?? '');
      plan.didYouMean.forEach(({ typed, words }, i) =>
        words.forEach((word, j) => {
          if (i + j > 0) parts.push(', ');
          const link = document.createElement('a');
          link.href = `${location.pathname}${stateQuery({ ...state, q: state.q.replace(typed, word) })}`;
          link.textContent = word;
          parts.push(link);
        }),
      );
      parts.push(after);
    }
    return parts;
  }

  #clear(message: string): void {
    this.#pending = [];
    this.#list.replaceChildren();
    this.#list.hidden = true;
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
    const waiting = [...this.#pending];
    let pages: PagefindData[];
    try {
      pages = await this.#nextPage();
    } catch {
      // Keep what is shown and the button, so a second press tries again.
      if (run === this.#run) {
        this.#pending = waiting;
        this.#status.textContent = this.#strings.unavailable;
      }
      return;
    }
    if (run !== this.#run) return;
    const items = pages.map((page) => this.#item(page));
    this.#list.append(...items);
    this.#more.hidden = this.#pending.length === 0;
    items[0]?.querySelector('a')?.focus();
  }

  #item(page: PagefindData): HTMLLIElement {
    const link = document.createElement('a');
    link.href = page.url;
    link.textContent = withoutWordForms(restoreFromIndex(page.meta['title'] ?? page.url));
    const heading = document.createElement('h2');
    heading.append(link);

    const type = page.filters['type']?.[0] as ContentType | undefined;
    const kind = document.createElement('p');
    kind.className = 'kind';
    kind.textContent = [type ? this.#strings.kind[type] : '', page.filters['year']?.[0] ?? ''].filter(Boolean).join(' · ');

    const excerpt = document.createElement('p');
    // Safe as HTML: Pagefind escapes the page text and adds only <mark> elements.
    excerpt.innerHTML = withoutWordForms(restoreFromIndex(page.excerpt));

    const item = document.createElement('li');
    item.append(heading, kind, excerpt);
    return item;
  }
}

customElements.define('site-search', SiteSearch);
