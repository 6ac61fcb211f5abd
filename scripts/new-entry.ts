// npm run new -- <event|network|page> "Tytuł po polsku"
//
// Creates the Polish file and its English pair with valid frontmatter, the
// address (slug) made from the title, today's date and `draft: true`, then
// prints their paths. Fields only a person can fill in say UZUPEŁNIJ: the
// content check refuses to publish a page that still does. Never overwrites.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

function frontmatter(locale: 'pl' | 'en'): string {
  const english = locale === 'en';
  const lines = [
    `title: ${quote(english ? `${FILL_IN}: English title of „${title}”` : title)}`,
    `summary: ${quote(`${FILL_IN}: ${english ? 'one or two sentences, at most 160 characters' : 'jedno–dwa zdania, najwyżej 160 znaków'}`)}`,
    `updated: ${today}`,
    'draft: true',
    `slug: ${slug}`,
  ];
  if (kind === 'event') {
    lines.push(
      `start: ${today} # ${FILL_IN}: ${english ? 'first day' : 'pierwszy dzień'} (RRRR-MM-DD)`,
      `end: ${today} # ${FILL_IN}: ${english ? 'last day' : 'ostatni dzień'}`,
      '# startTime: "10:00"  # tylko dla wydarzeń z godzinami',
      '# endTime: "16:00"',
      'venue:',
      `  name: ${quote(FILL_IN)}`,
      `  street: ${quote(FILL_IN)}`,
      '  city: "Kraków"',
      'languages: [pl]',
      'interpretation: false',
      `announced: ${today}`,
      'networks: []',
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

function body(locale: 'pl' | 'en'): string {
  return locale === 'pl'
    ? `\n{/* ${FILL_IN}: treść strony. Nagłówki zaczynaj od ## (tytuł jest już nagłówkiem #). */}\n`
    : `\n{/* ${FILL_IN}: the English translation of the Polish page. Headings start at ##. */}\n`;
}

const files = (['pl', 'en'] as const).map((locale) => ({ locale, path: join(contentDir, collection, locale, `${slug}.mdx`) }));
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
