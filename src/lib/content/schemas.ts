import { z } from 'astro/zod';
import { localeCodes } from '../../i18n/locales.ts';
import { eventTimingFields, timingProblems } from '../events/index.ts';

/*
 * The content schemas: what every frontmatter field of networks, events and
 * pages must hold. Astro applies them (src/content.config.ts), so does
 * `npm run check:content`, and the editors' field reference (docs/pola.md,
 * docs/fields.md) is generated from the descriptions attached here with
 * `doc()`, so the documentation cannot drift from the rules.
 *
 * Error messages are in Polish: the people who meet them are the office's editors.
 */

export interface FieldDoc {
  /** What the field means, in Polish (the editors' language). */
  pl: string;
  /** The same in English. */
  en: string;
  /** A line of frontmatter showing the field filled in. */
  example?: string;
  /** Set where the value type alone would mislead the reader (a path checked as an image). */
  kind?: 'image';
}

// Zod's own messages (wrong type, unknown value…) in Polish too.
z.config(z.locales.pl());

/** Attaches the field's documentation; call it last, after optional()/default(). */
export function doc<T extends z.ZodType>(schema: T, field: FieldDoc): T {
  return schema.meta({ ...field }) as T;
}

const text = (missing: string) => z.string({ error: missing }).trim().min(1, { error: missing });

const url = (field: string) =>
  z.url({ error: `${field}: podaj pełny adres zaczynający się od https://, np. https://www.icorn.org/` });

const slug = z
  .string({ error: 'podaj adres strony (slug), np. slug: femcities' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'slug może zawierać tylko małe litery a–z bez polskich znaków, cyfry i łączniki, np. forum-miast-2023',
  });

const baseFields = {
  title: doc(text('brak tytułu (title): dodaj linię np. title: "Tytuł strony"'), {
    pl: 'Tytuł strony: nagłówek strony i nazwa w karcie przeglądarki. Zwykły tekst.',
    en: 'Page title: the page heading and the browser tab name. Plain text.',
    example: 'title: "Femcities Network"',
  }),
  summary: doc(
    text('brak streszczenia (summary): dodaj jedno–dwa zdania o stronie').max(160, {
      error: 'streszczenie (summary) może mieć najwyżej 160 znaków: skróć je',
    }),
    {
      pl: 'Jedno–dwa zdania o stronie (najwyżej 160 znaków): opis dla wyszukiwarek i zapowiedź na listach.',
      en: 'One or two sentences about the page (at most 160 characters): the search-engine description and the teaser in lists.',
      example: 'summary: "Kraków należy do sieci Femcities od września 2022 roku."',
    },
  ),
  titleLang: doc(z.enum(localeCodes, { error: `titleLang: wpisz kod języka tytułu, jeden z: ${localeCodes.join(', ')}` }).optional(), {
    pl: 'Język tytułu, gdy jest inny niż język strony (np. en dla „Femcities Network” na stronie polskiej), by czytnik ekranu dobrze go wymówił.',
    en: 'Language of the title when it differs from the page’s (e.g. pl for a Polish name on an English page), so screen readers pronounce it right.',
    example: 'titleLang: en',
  }),
  updated: doc(z.date({ error: 'data aktualizacji (updated) musi mieć postać RRRR-MM-DD, np. 2023-04-26' }).optional(), {
    pl: 'Data ostatniej zmiany treści (RRRR-MM-DD). Bez niej strona pokazuje datę ostatniej zmiany pliku w historii git.',
    en: 'Date the content last changed (YYYY-MM-DD). Without it the page shows the date of the file’s last change in git history.',
    example: 'updated: 2026-11-20',
  }),
  draft: doc(z.boolean({ error: 'nieprawidłowa wartość: wpisz true albo false (bez cudzysłowu)' }).default(false), {
    pl: 'Szkic: true ukrywa stronę w opublikowanym serwisie (widać ją tylko w podglądzie npm run dev).',
    en: 'Draft: true keeps the page out of the published site (it shows only in the npm run dev preview).',
    example: 'draft: true',
  }),
};

const slugField = (section: string) =>
  doc(slug, {
    pl: `Ostatnia część adresu strony: \`${section}<slug>/\`. Małe litery bez polskich znaków, cyfry, łączniki.`,
    en: `Last part of the page address: \`${section}<slug>/\`. Lowercase letters without diacritics, digits, hyphens.`,
    example: 'slug: femcities',
  });

export function networkSchema<Image extends z.ZodType>(image: () => Image) {
  return z.object({
    ...baseFields,
    slug: slugField('/wspolpraca-miedzynarodowa/'),
    shortName: doc(z.string().trim().min(1).optional(), {
      pl: 'Krótka nazwa sieci do list i linków, np. ICORN.',
      en: 'Short name of the network for lists and links, e.g. ICORN.',
      example: 'shortName: "ICORN"',
    }),
    order: doc(z.number({ error: 'nieprawidłowa wartość: wpisz liczbę całkowitą, np. order: 1' }).int().default(100), {
      pl: 'Miejsce na listach sieci (najmniejsza liczba pierwsza).',
      en: 'Position in lists of networks (smallest first).',
      example: 'order: 1',
    }),
    joined: doc(
      z.object(
        {
          date: doc(
            z
              .string({ error: 'joined.date: podaj rok ("2022"), miesiąc ("2022-09") lub dzień ("2011-05-25") w cudzysłowie' })
              .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
                error: 'joined.date: podaj rok ("2022"), miesiąc ("2022-09") lub dzień ("2011-05-25") w cudzysłowie',
              }),
            {
              pl: 'Kiedy Kraków dołączył: rok, miesiąc albo dzień, tak dokładnie, jak podaje źródło. W cudzysłowie.',
              en: 'When Kraków joined: a year, month or day, as precise as the source. In quotes.',
              example: 'date: "2011-05-25"',
            },
          ),
          basis: doc(text('joined.basis: napisz jednym zdaniem, jak Kraków dołączył (np. uchwała Rady Miasta)'), {
            pl: 'Jak Kraków dołączył, jednym zdaniem (np. uchwała Rady Miasta Krakowa).',
            en: 'How Kraków joined, in one sentence (e.g. the City Council resolution).',
            example: 'basis: "Uchwała nr XVI/171/11 Rady Miasta Krakowa z dnia 25 maja 2011 r."',
          }),
        },
        { error: 'brak pola joined: dodaj joined z polami date i basis' },
      ),
      { pl: 'Przystąpienie Krakowa do sieci.', en: 'Kraków joining the network.' },
    ),
    website: doc(url('website'), {
      pl: 'Adres strony internetowej sieci.',
      en: 'Address of the network’s own website.',
      example: 'website: "https://www.icorn.org/"',
    }),
    memberCities: doc(
      z
        .object({
          count: doc(z.number({ error: 'nieprawidłowa wartość: wpisz liczbę, np. count: 60' }).int().positive(), {
            pl: 'Liczba miast podana przez źródło.',
            en: 'The number of cities the source gives.',
            example: 'count: 60',
          }),
          moreThan: doc(z.boolean({ error: 'nieprawidłowa wartość: wpisz true albo false (bez cudzysłowu)' }).default(false), {
            pl: 'true, gdy źródło mówi „ponad” (np. ponad 60 miast).',
            en: 'true when the source says “more than” (e.g. more than 60 cities).',
            example: 'moreThan: true',
          }),
        })
        .optional(),
      {
        pl: 'Liczba miast członkowskich, tylko jeśli źródło ją podaje.',
        en: 'Number of member cities, only if the source states it.',
      },
    ),
    image: doc(
      z
        .object({
          src: doc(image(), {
            pl: 'Ścieżka do obrazka względem tego pliku.',
            en: 'Path to the picture, relative to this file.',
            example: 'src: ./femcities.jpg',
            kind: 'image',
          }),
          alt: doc(text('brak tekstu alternatywnego (image.alt): dodaj alt: "co przedstawia obrazek" dla osób, które go nie widzą'), {
            pl: 'Tekst alternatywny: co przedstawia obrazek. Wymagany.',
            en: 'Text alternative: what the picture shows. Required.',
            example: 'alt: "Logo sieci Femcities"',
          }),
        })
        .optional(),
      { pl: 'Obrazek (opcjonalny).', en: 'Picture (optional).' },
    ),
  });
}

const venue = z.object(
  {
    name: doc(text('venue.name: podaj nazwę miejsca, np. Muzeum Krakowa'), {
      pl: 'Nazwa miejsca.',
      en: 'Name of the venue.',
      example: 'name: "Muzeum Krakowa"',
    }),
    room: doc(z.string().trim().min(1).optional(), {
      pl: 'Sala (jeśli jest).',
      en: 'Room or hall, if any.',
      example: 'room: "Sala Miedziana"',
    }),
    street: doc(text('venue.street: podaj ulicę i numer, np. Rynek Główny 35'), {
      pl: 'Ulica i numer.',
      en: 'Street and number.',
      example: 'street: "Rynek Główny 35"',
    }),
    postalCode: doc(z.string().trim().regex(/^\d{2}-\d{3}$/, { error: 'venue.postalCode: kod pocztowy ma postać 00-000' }).optional(), {
      pl: 'Kod pocztowy (jeśli znany).',
      en: 'Postal code, if known.',
      example: 'postalCode: "31-011"',
    }),
    city: doc(text('venue.city: podaj miasto'), { pl: 'Miasto.', en: 'City.', example: 'city: "Kraków"' }),
    country: doc(z.string().regex(/^[A-Z]{2}$/, { error: 'venue.country: dwuliterowy kod kraju, np. PL' }).default('PL'), {
      pl: 'Kod kraju (domyślnie PL).',
      en: 'Country code (PL by default).',
      example: 'country: "PL"',
    }),
  },
  { error: 'brak pola venue: dodaj miejsce wydarzenia (name, street, city)' },
);

export const eventSchema = z
  .object({
    ...baseFields,
    slug: slugField('/wydarzenia/'),
    start: doc(eventTimingFields.start, {
      pl: 'Pierwszy dzień wydarzenia (RRRR-MM-DD).',
      en: 'First day of the event (YYYY-MM-DD).',
      example: 'start: 2023-05-15',
    }),
    end: doc(eventTimingFields.end, {
      pl: 'Ostatni dzień wydarzenia (RRRR-MM-DD); pomiń przy wydarzeniu jednodniowym.',
      en: 'Last day of the event (YYYY-MM-DD); leave out for a one-day event.',
      example: 'end: 2023-05-16',
    }),
    startTime: doc(eventTimingFields.startTime, {
      pl: 'Godzina rozpoczęcia "GG:MM" w cudzysłowie; pomiń, gdy wydarzenie trwa całe dni.',
      en: 'Start time "HH:MM" in quotes; leave out for all-day events.',
      example: 'startTime: "10:00"',
    }),
    endTime: doc(eventTimingFields.endTime, {
      pl: 'Godzina zakończenia "GG:MM" (w ostatnim dniu); podaj razem ze startTime.',
      en: 'End time "HH:MM" (on the last day); give it together with startTime.',
      example: 'endTime: "16:30"',
    }),
    timeZone: doc(eventTimingFields.timeZone, {
      pl: 'Strefa czasowa godzin (domyślnie Europe/Warsaw); zwykle pomiń.',
      en: 'Time zone of the times (Europe/Warsaw by default); usually leave out.',
      example: 'timeZone: "Europe/Warsaw"',
    }),
    venue: doc(venue, { pl: 'Miejsce wydarzenia.', en: 'Where the event takes place.' }),
    languages: doc(
      z
        .array(z.string().regex(/^[a-z]{2,3}$/, { error: 'languages: kody języków małymi literami, np. [pl, en]' }), {
          error: 'languages: podaj listę języków, np. [pl, en]',
        })
        .min(1, { error: 'languages: podaj co najmniej jeden język, np. [pl]' }),
      {
        pl: 'Języki wydarzenia jako kody, np. [pl, en].',
        en: 'Languages of the event as codes, e.g. [pl, en].',
        example: 'languages: [pl, en]',
      },
    ),
    interpretation: doc(z.boolean({ error: 'nieprawidłowa wartość: wpisz true albo false (bez cudzysłowu)' }).default(false), {
      pl: 'true, gdy całe wydarzenie jest tłumaczone między jego językami.',
      en: 'true when the whole event is interpreted between its languages.',
      example: 'interpretation: true',
    }),
    agendaUrl: doc(url('agendaUrl').optional(), {
      pl: 'Link do agendy (programu) wydarzenia.',
      en: 'Link to the agenda.',
      example: 'agendaUrl: "https://…"',
    }),
    registrationUrl: doc(url('registrationUrl').optional(), {
      pl: 'Link do rejestracji.',
      en: 'Link to registration.',
      example: 'registrationUrl: "https://…"',
    }),
    announced: doc(z.date({ error: 'announced: data ogłoszenia musi mieć postać RRRR-MM-DD, np. 2023-04-26' }), {
      pl: 'Data ogłoszenia wydarzenia (RRRR-MM-DD).',
      en: 'Date the event was announced (YYYY-MM-DD).',
      example: 'announced: 2023-04-26',
    }),
    networks: doc(
      z.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'networks: nazwy plików sieci, np. [femcities, icorn]' })).default([]),
      {
        // Not Astro's reference(): its ids carry the language folder, and Astro 7
        // only logs a dangling reference; the content check fails the build instead.
        pl: 'Sieci, których dotyczy wydarzenie: nazwy plików z `content/networks/<ten sam język>/` bez `.mdx`.',
        en: 'Networks the event belongs to: file names from `content/networks/<same language>/` without `.mdx`.',
        example: 'networks: [femcities, icorn]',
      },
    ),
  })
  .superRefine((data, ctx) => {
    for (const [field, message] of timingProblems(data)) ctx.addIssue({ code: 'custom', path: [field], message });
  });

export const pageSchema = z.object({
  ...baseFields,
  slug: doc(slug.optional(), {
    pl: 'Adres strony: `/<slug>/`. Niepotrzebny w plikach home i international-cooperation.',
    en: 'Page address: `/<slug>/`. Not needed for the home and international-cooperation files.',
    example: 'slug: o-nas',
  }),
});

/** Schemas by collection; `image` is Astro's image() helper, or a stand-in outside Astro. */
export const contentSchemas = {
  networks: networkSchema,
  events: () => eventSchema,
  pages: () => pageSchema,
} as const;
