import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content/index.ts';
import { buildContent, contentWithOverlays } from '../helpers/build';
import { projectRoot } from '../helpers/content';

/**
 * Every editor mistake in tests/fixtures/bad-content/ must be reported by
 * `npm run check:content` and must stop a real build, both times as
 * `path:line — field: what is wrong — how to fix`. Builds run one after the
 * other: they share the project's .astro/ folder.
 */
const fixtures = join(projectRoot, 'tests/fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A copy of the real content with the fixture's files laid over it; a file the
 * fixture lists in `.remove` (one path below content/ a line) is taken away.
 */
function contentWith(fixture: string): string {
  const content = contentWithOverlays(join(scratch, fixture), [{ from: join(fixtures, fixture) }]);
  const removals = join(content, '.remove');
  if (existsSync(removals)) {
    for (const file of readFileSync(removals, 'utf8').split('\n').filter(Boolean)) rmSync(join(content, file));
    rmSync(removals);
  }
  return content;
}
const build = (content: string) => buildContent(content, join(content, '..', 'dist'));

// [fixture, file below content/, line (0: the whole file), field ('' for none), what the message must say]
const cases: Array<[string, string, number, string, RegExp]> = [
  ['missing-title', 'networks/pl/icorn.mdx', 1, 'title', /brak tytułu \(title\) — dodaj linię np\. title:/],
  ['wrong-type', 'events/pl/empathic-cities-forum-2023.mdx', 14, 'interpretation', /nieprawidłowa wartość — wpisz true albo false/],
  ['malformed-date', 'events/pl/empathic-cities-forum-2023.mdx', 17, 'announced', /„2023-02-30” nie jest prawdziwą datą — wpisz datę jako RRRR-MM-DD/],
  ['end-before-start', 'events/pl/empathic-cities-forum-2023.mdx', 7, 'end', /koniec wydarzenia jest wcześniej niż jego początek/],
  ['unknown-network', 'events/en/empathic-cities-forum-2023.mdx', 18, 'networks.1', /nie ma sieci „icorm” .* jedną z: femcities, icorn, intercultural-cities/],
  ['duplicate-slug', 'networks/pl/icorn.mdx', 5, 'slug', /adres \/wspolpraca-miedzynarodowa\/femcities\/ ma też .*networks\/pl\/femcities\.mdx — nadaj tej stronie inny slug/],
  ['broken-link', 'networks/pl/icorn.mdx', 23, 'treść', /link \/wspolpraca-miedzynarodowa\/miasta-miedzy-kulturowe\/ prowadzi do strony, której nie ma/],
  ['missing-anchor', 'networks/en/icorn.mdx', 23, 'treść', /kotwicy #history, której nie ma na stronie \/en\/international-cooperation\/femcities\//],
  ['image-without-alt', 'networks/pl/femcities.mdx', 8, 'image.alt', /brak tekstu alternatywnego \(image\.alt\) — dodaj alt:/],
  ['body-image-without-alt', 'pages/pl/international-cooperation.mdx', 11, 'treść', /obrazek bez tekstu alternatywnego/],
  ['unclosed-tag', 'networks/pl/femcities.mdx', 14, 'treść', /znacznik <span> nie jest zamknięty — dodaj <\/span> tam, gdzie kończy się jego tekst/],
  ['script-in-body', 'pages/en/home.mdx', 11, 'treść', /znacznik <script> jest niedozwolony/],
  ['iframe-in-body', 'events/en/empathic-cities-forum-2023.mdx', 30, 'treść', /znacznik <iframe> jest niedozwolony/],
  ['inline-handler', 'pages/pl/home.mdx', 11, 'treść', /atrybut onClick uruchamia skrypt/],
  ['heading-level-1', 'networks/en/femcities.mdx', 14, 'treść', /nagłówek # \(poziom 1\) jest zarezerwowany dla tytułu/],
  ['heading-skip', 'networks/pl/icorn.mdx', 19, 'treść', /nagłówek poziomu 4 pomija poziom 3/],
  ['unknown-time-zone', 'events/en/empathic-cities-forum-2023.mdx', 8, 'timeZone', /nieznana strefa czasowa — usuń to pole \(domyślnie Europe\/Warsaw\)/],
  // The quote left open is on line 2; js-yaml reports the line where it gave up, and
  // its own English reason (Polish wording and the right line: the editors' issue).
  ['unreadable-frontmatter', 'networks/pl/icorn.mdx', 2, 'title', /cudzysłów otwarty, ale nie zamknięty — dodaj " na końcu wartości/],
  ['yaml-colon', 'pages/pl/international-cooperation.mdx', 2, 'title', /dwukropek w wartości bez cudzysłowu — ujmij całą wartość w cudzysłów: title: "Współpraca międzynarodowa: sieci miast"/],
  ['yaml-tab', 'events/pl/empathic-cities-forum-2023.mdx', 10, '', /nagłówek: we wcięciu jest tabulator — zamień tabulator na dwie spacje/],
  ['yaml-hash', 'networks/en/femcities.mdx', 6, 'shortName', /tekst po znaku # zostałby pominięty \(opublikowane byłoby tylko „Femcities”\) — ujmij całą wartość w cudzysłów: shortName: "Femcities #1"/],
  ['no-frontmatter', 'pages/pl/o-nas.mdx', 1, '', /brak nagłówka \(frontmatter\) między liniami --- — zacznij plik od linii ---/],
  ['outside-language-folder', 'pages/o-nas.mdx', 0, '', /plik leży poza folderem języka — przenieś go do folderu swojego języka: content\/pages\/pl\/ albo content\/pages\/en\//],
  ['page-without-slug', 'pages/pl/o-nas.mdx', 2, 'slug', /brak adresu strony — dodaj pole slug/],
  ['languages-disagree-date', 'events/en/empathic-cities-forum-2023.mdx', 6, 'start', /tu jest „2023-05-14”, a w .*events\/pl\/empathic-cities-forum-2023\.mdx „2023-05-15”; to fakt, który musi być taki sam w każdym języku — wpisz tę samą wartość w obu plikach/],
  ['languages-disagree-website', 'networks/en/icorn.mdx', 11, 'website', /tu jest „https:\/\/icorn\.org\/en\/”, a w .*networks\/pl\/icorn\.mdx „https:\/\/www\.icorn\.org\/”/],
  ['own-site-link-broken', 'networks/pl/icorn.mdx', 23, 'treść', /link https:\/\/rownosc\.krakow\.pl\/wspolpraca-miedzynarodowa\/miasta-miedzy-kulturowe\/ prowadzi do strony, której nie ma w serwisie/],
  ['cross-language-link', 'networks/en/icorn.mdx', 23, 'treść', /link \/wspolpraca-miedzynarodowa\/miasta-miedzykulturowe\/ prowadzi do strony w innym języku \(pl\) — napisz \/en\/international-cooperation\/intercultural-cities\/; jeśli celowo, napisz <a href=.* hreflang="pl">/],
  ['bad-language-tag', 'networks/pl/femcities.mdx', 15, 'treść', /lang="english": nieznany kod języka — wpisz dwuliterowy kod języka, np\. lang="en"/],
  ['image-not-a-picture', 'pages/pl/spotkanie.jpg', 0, '', /to zdjęcie w formacie HEIC \(z telefonu\), którego przeglądarki nie wyświetlają — zapisz go jako JPG albo PNG/],
  ['empty-body', 'networks/pl/femcities.mdx', 13, 'treść', /strona nie ma treści pod nagłówkiem — napisz tekst strony pod drugą linią ---/],
  ['table-without-headers', 'networks/pl/icorn.mdx', 23, 'treść', /tabela nie ma nagłówków kolumn \(pierwszy wiersz jest pusty\) — wpisz w pierwszym wierszu/],
  ['implausible-year', 'events/pl/empathic-cities-forum-2023.mdx', 4, 'updated', /rok 2203 wygląda na pomyłkę \(spodziewany rok od 1990 do \d{4}\) — sprawdź cyfry roku/],
  ['old-address-of-a-page', 'events/pl/empathic-cities-forum-2023.mdx', 16, 'oldAddresses.0', /\/wydarzenia\/ to adres strony tego serwisu, nie dawny adres — usuń go z listy oldAddresses/],
  ['link-bad-scheme', 'networks/pl/icorn.mdx', 23, 'treść', /link htp:\/\/example\.org: nieznany rodzaj adresu „htp:” \(literówka w https\?\) — zacznij adres od https:\/\//],
  ['link-www', 'networks/pl/icorn.mdx', 23, 'treść', /link www\.coe\.int\/icc nie ma https:\/\/ .* — napisz https:\/\/www\.coe\.int\/icc/],
  ['website-bad-scheme', 'networks/pl/icorn.mdx', 11, 'website', /podaj pełny adres zaczynający się od https:\/\//],
  ['link-without-slash', 'networks/pl/icorn.mdx', 23, 'treść', /link \/wspolpraca-miedzynarodowa\/femcities nie kończy się ukośnikiem — napisz \/wspolpraca-miedzynarodowa\/femcities\//],
  ['draft-network-referenced', 'events/pl/empathic-cities-forum-2023.mdx', 18, 'networks.0', /sieć „femcities” jest szkicem \(draft: true\) i nie zostanie opublikowana/],
  ['required-page-draft', 'pages/en/tekst-latwy-do-czytania.mdx', 0, '', /ta strona jest wymagana i nie może być szkicem — usuń draft: true/],
  ['required-page-missing', 'pages/en/tekst-latwy-do-czytania.mdx', 0, '', /brak wymaganej strony — utwórz ten plik/],
  ['img-without-alt', 'pages/pl/home.mdx', 11, 'treść', /obrazek <img> bez atrybutu alt — dodaj alt="opis obrazka"/],
  ['missing-frontmatter-image', 'networks/pl/femcities.mdx', 10, 'image.src', /nie ma pliku obrazka \.\/nie-ma-takiego\.png obok tej strony — zapisz plik obok pliku \.mdx albo popraw jego nazwę/],
  ['frontmatter-image-wrong-case', 'networks/pl/femcities.mdx', 9, 'image.src', /nie ma pliku \.\/Femcities\.png; jest femcities\.png — napisz nazwę dokładnie tak jak plik/],
  ['statement-unreadable', 'deklaracja-dostepnosci.yaml', 11, 'confirmed', /nie da się odczytać pliku: wcięcie tej linii nie pasuje do poprzednich — pola zagnieżdżone wcinaj dokładnie dwiema spacjami/],
  ['statement-bad-email', 'deklaracja-dostepnosci.yaml', 0, 'email.value', /nieprawidłowy adres e-mail/],
  ['statement-bad-date', 'deklaracja-dostepnosci.yaml', 0, 'published.value', /data w postaci RRRR-MM-DD/],
  ['md-extension', 'pages/pl/o-nas.md', 0, '', /plik \.md nie zostanie opublikowany — zmień rozszerzenie na \.mdx/],
  ['uppercase-extension', 'pages/pl/o-nas.MDX', 0, '', /rozszerzenie \.MDX wielkimi literami: strona nie zostanie opublikowana — zmień je na \.mdx/],
  ['stray-file', 'networks/pl/notatki.docx', 0, '', /ten plik nie zostanie opublikowany/],
  ['unused-image', 'networks/pl/zdjecie.png', 0, '', /tego obrazka nie pokazuje żadna strona — wstaw go na stronę/],
  ['sign-language-film-not-named', 'pjm/film.mp4', 0, '', /tego pliku nie wskazuje pole signLanguageVideo w content\/urzad\.yaml, więc nie zostanie opublikowany/],
  ['page-outside-sections', 'o-nas.mdx', 0, '', /ta strona leży poza działami i nie zostanie opublikowana/],
  ['body-image-missing', 'pages/pl/international-cooperation.mdx', 11, 'treść', /nie ma pliku obrazka \.\/mapa\.png obok tej strony/],
  ['body-image-wrong-case', 'pages/pl/international-cooperation.mdx', 11, 'treść', /nie ma pliku \.\/Mapa\.png; jest mapa\.png — napisz nazwę dokładnie tak jak plik/],
  ['unknown-field-typo', 'networks/pl/icorn.mdx', 3, 'tittle', /nieznane pole „tittle” — strona by go nie pokazała — czy chodziło o „title”\?/],
  ['unknown-field-case', 'events/pl/empathic-cities-forum-2023.mdx', 16, 'agendaURL', /nieznane pole „agendaURL” .* czy chodziło o „agendaUrl”\? Popraw nazwę \(wielkość liter się liczy\)/],
  ['unknown-nested-field', 'events/en/empathic-cities-forum-2023.mdx', 13, 'venue.postcode', /nieznane pole „postcode” .* czy chodziło o „postalCode”\?/],
  ['cancelled-without-note', 'events/pl/empathic-cities-forum-2023.mdx', 19, 'status', /status cancelled wymaga wyjaśnienia dla czytelników — dodaj statusNote: "…" \(co się zmieniło i co mają zrobić\)/],
  ['remote-image', 'pages/pl/international-cooperation.mdx', 11, 'treść', /obrazek z innej strony \(https:\/\/example\.org\/mapa\.png\) nie wyświetli się/],
];

describe('each editor mistake is reported with file, line, field and fix', () => {
  it.each(cases)('%s', (fixture, file, line, field, says) => {
    const content = contentWith(`bad-content/${fixture}`);
    const prefix = `${relative(projectRoot, content)}/${file}${line ? `:${line}` : ''} — ${field ? `${field}: ` : ''}`;
    const lines = checkContent(content, projectRoot, { includeDrafts: false })
      .filter((p) => p.severity === 'error')
      .map(formatProblem);
    expect(lines.find((l) => l.startsWith(prefix)), lines.join('\n')).toMatch(says);

    const { status, output } = build(content);
    expect(status, output).not.toBe(0);
    expect(output).toContain(prefix);
    expect(output).toMatch(says);
    // The list and nothing else: no "unhandled error" wrapper, no stack trace.
    expect(output).not.toMatch(/unhandled error|Stack trace|\n\s+at /);
  });

  it('covers every fixture folder', () => {
    const folders = readdirSync(join(fixtures, 'bad-content')).filter((f) => !f.endsWith('.md'));
    expect(folders.sort()).toEqual(cases.map((c) => c[0]).sort());
  });
});

describe('HTML in a title', () => {
  it('is printed as text, never as markup', () => {
    const content = contentWith('html-in-title');
    const { status, output, dist } = build(content);
    expect(status, output).toBe(0);
    const html = readFileSync(join(dist, 'wspolpraca-miedzynarodowa/icorn/index.html'), 'utf8');
    expect(html).toContain('<h1>ICORN &lt;img src=x onerror=alert(1)&gt; &lt;b&gt;pogrubienie&lt;/b&gt;</h1>');
    // Quoted attribute values (meta content) may hold a literal `<`, which is
    // inert there; outside them no element may come from the title.
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(markup).not.toMatch(/<img src=x/);
    expect(markup).not.toContain('<b>pogrubienie</b>');
  });
});

describe('a file saved by Windows Notepad (byte order mark, CRLF line ends)', () => {
  it('is published intact, like any other', () => {
    const content = contentWithOverlays(join(scratch, 'notepad'), []);
    const file = join(content, 'networks/pl/icorn.mdx');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `\uFEFF${original.replace(/\n/g, '\r\n')}`);
    expect(checkContent(content, projectRoot, { includeDrafts: false }).filter((p) => p.severity === 'error')).toEqual([]);

    const { status, output, dist } = build(content);
    expect(status, output).toBe(0);
    const html = readFileSync(join(dist, 'wspolpraca-miedzynarodowa/icorn/index.html'), 'utf8');
    expect(html).toContain('<h1>ICORN – Międzynarodowa Sieć Miast Pisarzy Uchodźców</h1>');
    const lastParagraph = original.trim().split('\n').at(-1)!;
    expect(html).toContain(lastParagraph.slice(0, 60));
    expect(html).not.toContain('\uFEFF');
  });
});

describe('a picture over the size limit (a 21 MB file, made sparse here rather than kept in the repository)', () => {
  it('stops the check and the build naming the file, its size and the fix', () => {
    const content = contentWithOverlays(join(scratch, 'huge-picture'), []);
    const pageFile = join(content, 'pages/pl/international-cooperation.mdx');
    writeFileSync(pageFile, `${readFileSync(pageFile, 'utf8')}\n![Zdjęcie z aparatu](./ogromne.jpg)\n`);
    const picture = join(content, 'pages/pl/ogromne.jpg');
    writeFileSync(picture, Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    truncateSync(picture, 21 * 1024 * 1024);
    const prefix = `${relative(projectRoot, content)}/pages/pl/ogromne.jpg — `;
    const says = /obrazek ma 21 MB, a najwięcej można 20 MB — zmniejsz go przed wstawieniem/;
    const lines = checkContent(content, projectRoot, { includeDrafts: false }).map(formatProblem);
    expect(lines.find((l) => l.startsWith(prefix)), lines.join('\n')).toMatch(says);
    const { status, output } = build(content);
    expect(status, output).not.toBe(0);
    expect(output).toContain(prefix);
    expect(output).toMatch(says);
  });
});
