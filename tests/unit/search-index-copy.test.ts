import { describe, expect, it } from 'vitest';
import { indexedCopy, isIndexed, SUMMARY_WEIGHT } from '../../src/lib/search/index.ts';

const page = (main: string, description = 'Streszczenie strony o współpracy.') =>
  `<!DOCTYPE html><html lang="pl"><head><meta name="description" content="${description}"></head>` +
  `<body><header><nav>Menu</nav></header><main data-pagefind-body data-pagefind-filter="type:page">${main}</main></body></html>`;

describe('the copy of a page that Pagefind indexes', () => {
  it('adds the summary under the title, weighted above body text', () => {
    const copy = indexedCopy(page('<h1>Tytuł</h1><p>Treść.</p>'), 'x.html');
    expect(copy).toContain(`<h1>Tytuḻ</h1><p data-pagefind-weight="${SUMMARY_WEIGHT}">Streszczenie strony o wspóḻpracy.</p><p>Treść.</p>`);
    expect(SUMMARY_WEIGHT).toBeGreaterThan(1);
  });

  it('weights a summary the page already shows where it stands, instead of repeating it', () => {
    const copy = indexedCopy(page('<h1>Tytuł</h1><p class="lead">Streszczenie strony o współpracy.</p>'), 'x.html');
    expect(copy.match(/Streszczenie/g)).toHaveLength(2); // the meta description and the lead
    expect(copy).toContain(`<p class="lead"><span data-pagefind-weight="${SUMMARY_WEIGHT}">Streszczenie strony o wspóḻpracy.</span></p>`);
  });

  it('copies a summary literally, $ signs included', () => {
    expect(indexedCopy(page('<h1>T</h1>', 'Koszt: $& i $1.'), 'x.html')).toContain('>Koszt: $& i $1.</p>');
  });

  it('keeps the terms and descriptions of fact lists apart', () => {
    const copy = indexedCopy(page('<h1>T</h1><dl><dt>Termin</dt><dd><time>maj 2023</time></dd><dt>Miejsce</dt><dd>Kraków</dd></dl>'), 'x.html');
    expect(copy).toContain('<dt>Termin</dt>: <dd><time>maj 2023</time></dd> <dt>Miejsce</dt>: <dd>Kraków</dd> </dl>');
  });

  it('has no ł left, and leaves the rest of the text alone', () => {
    const copy = indexedCopy(page('<h1>Łódź</h1><p>Żółw gęślą.</p>'), 'x.html');
    expect(copy).not.toMatch(/[łŁ]/);
    expect(copy).toContain('<h1>Ḻódź</h1>');
    expect(copy).toContain('Żóḻw gęślą.');
  });

  it('refuses a page that already uses the stand-ins, naming the file', () => {
    expect(() => indexedCopy(page('<h1>Ḻama</h1>'), 'pl/x/index.html')).toThrow(/pl\/x\/index\.html contains Ḻ/);
  });
});

describe('which built pages are indexed', () => {
  it('is the pages whose content is marked with data-pagefind-body', () => {
    expect(isIndexed(page('<h1>T</h1>'))).toBe(true);
    expect(isIndexed('<html lang="pl"><body><main id="main"><h1>Nie znaleziono strony</h1></main></body></html>')).toBe(false);
    expect(isIndexed('<html><body><p>Wpisz data-pagefind-body w szablonie.</p></body></html>')).toBe(false);
  });
});
