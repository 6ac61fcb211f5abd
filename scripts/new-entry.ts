// npm run new -- <event|network|page> "Tytuł po polsku"
//
// Creates the file in every language of the site (src/i18n/locales.ts): the
// default language's with the title given, the others waiting for their
// translation, all with valid frontmatter, the address (slug) made from the
// title, today's date and `draft: true`, then prints their paths. Fields only a person can fill in say UZUPEŁNIJ: the
// content check refuses to publish a page that still does. Never overwrites.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, localeCodes, localeInfo, type Locale } from '../src/i18n/locales.ts';
import { FILL_IN } from '../src/lib/content/index.ts';
import { todayIn } from '../src/lib/events/index.ts';
import { DEFAULT_TIME_ZONE } from '../src/lib/events/index.ts';
import { slugify } from '../src/lib/content/index.ts';

const kinds = { event: 'events', network: 'networks', page: 'pages' } as const;
type Kind = keyof typeof kinds;

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
if (!kind || !(kind in kinds) || !title) {
  console.error('Użycie: npm run new -- <event|network|page> "Tytuł po polsku"');
  console.error('Przykład: npm run new -- event "Forum Równości 2027"');
  process.exit(2);
}

const slug = slugify(title);
if (!slug) {
  console.error(`Z tytułu „${title}” nie da się zrobić adresu: użyj liter lub cyfr.`);
  process.exit(2);
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const contentDir = resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
const collection = kinds[kind as Kind];
const today = todayIn(DEFAULT_TIME_ZONE, new Date());
const quote = (text: string) => JSON.stringify(text);
/** A language's name in Polish, the editors' language: "angielski". */
const languageName = (locale: Locale) =>
  new Intl.DisplayNames([localeInfo(defaultLocale).intl], { type: 'language' }).of(locale) ?? locale;
/** Names the language in a translation's placeholders: " (język: angielski)"; nothing for the default language. */
const inLanguage = (locale: Locale) => (locale === defaultLocale ? '' : ` (język: ${languageName(locale)})`);

function frontmatter(locale: Locale): string {
  const translation = locale !== defaultLocale;
  const lines = [
    `title: ${quote(translation ? `${FILL_IN}: tytuł „${title}”${inLanguage(locale)}` : title)}`,
    `summary: ${quote(`${FILL_IN}: jedno–dwa zdania, najwyżej 160 znaków${inLanguage(locale)}`)}`,
    `updated: ${today}`,
    'draft: true',
    `slug: ${slug}`,
  ];
  if (kind === 'event') {
    // Optional fields come as comments: removing the # turns one on. Each
    // comment sits on its own line, since text after # on a value line is lost.
    lines.push(
      `start: ${today} # ${FILL_IN}: pierwszy dzień (RRRR-MM-DD), ten sam we wszystkich językach`,
      `end: ${today} # ${FILL_IN}: ostatni dzień`,
      '# startTime: "10:00"  # tylko dla wydarzeń z godzinami',
      '# endTime: "16:00"',
      '# timeZone: "Europe/London"  # tylko gdy godziny są w innej strefie czasowej niż Europe/Warsaw',
      '# Rodzaj: conference (konferencja), workshop (warsztaty), meeting (spotkanie), lecture (wykład), other (inne)',
      'kind: other',
      '# Status: scheduled (zgodnie z planem), cancelled (odwołane), postponed (przełożone, bez nowego terminu),',
      '# rescheduled (nowy termin: wpisz go w start, dawny w previousStart), movedOnline (przeniesione do internetu).',
      '# Przy każdej zmianie dopisz statusNote i zmień updated na dzisiejszą datę.',
      'status: scheduled',
      '# statusNote: "Co się zmieniło i co mają zrobić czytelnicy."',
      '# previousStart: RRRR-MM-DD',
      '# previousStartTime: "10:00"',
      '# Forma udziału: inPerson (na miejscu), online, hybrid (na miejscu i online); przy online usuń venue',
      'attendance: inPerson',
      'venue:',
      `  name: ${quote(FILL_IN)}`,
      '  # room: "Sala Miedziana"',
      `  street: ${quote(FILL_IN)}`,
      '  # postalCode: "31-011"',
      '  city: "Kraków"',
      '  # country: "PL"  # dwuliterowy kod kraju, gdy nie Polska',
      '# Link do udziału online (tylko przy online i hybrid) i dzień, od którego go pokazać:',
      '# onlineUrl: "https://…"',
      '# onlineUrlFrom: RRRR-MM-DD',
      `languages: [${defaultLocale}]`,
      'interpretation: false',
      '# agendaUrl: "https://…"  # program wydarzenia na innej stronie',
      '# Rejestracja: link, daty (opens, closes) i cena w złotych (0 = bezpłatnie):',
      '# registration:',
      '#   url: "https://…"',
      '#   opens: RRRR-MM-DD',
      '#   closes: RRRR-MM-DD',
      '#   price: 0',
      '#   capacity: "Liczba miejsc: 50"',
      '# Cykl (np. doroczna konferencja): nazwa ta sama we wszystkich edycjach, tytuł i adres w języku pliku:',
      '# series:',
      '#   name: forum-rownosci',
      '#   title: "Forum Równości"',
      '#   slug: forum-rownosci',
      '# Dostępność – wpisz tylko to, co potwierdzone: stepFree (bez schodów), accessibleToilet (toaleta),',
      '# inductionLoop (pętla indukcyjna), signLanguage (tłumacz PJM), liveCaptions (napisy na żywo), quietRoom (pokój wyciszenia)',
      'accessibility: []',
      '# Gdzie i do kiedy zgłaszać inne potrzeby:',
      '# assistance:',
      '#   contact: "adres e-mail lub telefon"',
      '#   by: RRRR-MM-DD',
      `announced: ${today}`,
      'networks: []',
      '# Program – tylko potwierdzony przez urząd (bez niego zostaw agendaUrl); godziny i nazwiska jak w drugim pliku:',
      '# programme:',
      '#   - day: RRRR-MM-DD',
      '#     start: "10:00"',
      '#     end: "11:00"',
      '#     title: "Tytuł części"',
      '#     language: pl',
      '#     speakers:',
      '#       - name: "Imię Nazwisko"',
      '#         role: "funkcja"',
      '#         organisation: "instytucja"',
      '# Materiały po wydarzeniu (strona pokaże je, gdy wydarzenie się odbędzie):',
      '# materials:',
      '#   - type: report',
      '#     title: "Raport z wydarzenia"',
      '#     url: "https://…"',
      '#     format: PDF',
      '#     size: "2,4 MB"',
      '#   - type: recording',
      '#     title: "Nagranie"',
      '#     url: "https://…"',
      '#     captions: true',
      '#   - type: photo',
      '#     title: "Podpis zdjęcia"',
      '#     image: ./zdjecie.jpg',
      '#     alt: "Co przedstawia zdjęcie"',
    );
  }
  if (kind === 'network') {
    lines.push(
      'order: 100',
      'joined:',
      `  date: "${today.slice(0, 4)}" # ${FILL_IN}: rok, miesiąc ("2022-09") albo dzień`,
      `  basis: ${quote(FILL_IN)}`,
      `website: "https://example.org/" # ${FILL_IN}`,
    );
  }
  return `---\n${lines.join('\n')}\n---\n`;
}

function body(locale: Locale): string {
  return locale === defaultLocale
    ? `\n{/* ${FILL_IN}: treść strony. Nagłówki zaczynaj od ## (tytuł jest już nagłówkiem #). */}\n`
    : `\n{/* ${FILL_IN}: tłumaczenie strony${inLanguage(locale)}. Nagłówki zaczynaj od ##. */}\n`;
}

const files = localeCodes.map((locale) => ({ locale, path: join(contentDir, collection, locale, `${slug}.mdx`) }));
const existing = files.filter((f) => existsSync(f.path));
if (existing.length > 0) {
  for (const f of existing) console.error(`Plik już istnieje, nic nie zmieniam: ${relative(process.cwd(), f.path)}`);
  console.error('Wybierz inny tytuł albo edytuj istniejący plik.');
  process.exit(1);
}
for (const { locale, path } of files) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, frontmatter(locale) + body(locale), { flag: 'wx' });
}
console.log('Utworzono (jako szkice, draft: true):');
for (const { path } of files) console.log(`  ${relative(process.cwd(), path)}`);
console.log(`\nUzupełnij pola oznaczone ${FILL_IN}, podejrzyj stronę (npm run dev), a gdy jest gotowa, usuń draft: true.`);
