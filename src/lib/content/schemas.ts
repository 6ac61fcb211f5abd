import { z } from 'astro/zod';
import { localeCodes } from '../../i18n/locales.ts';
import { eventLifecycleFields, eventTimingFields, lifecycleProblems, materialFields, materialProblems, programmeProblems, sessionFields, speakerFields, timingProblems } from '../events/index.ts';

/*
 * The content schemas: what every frontmatter field of networks, events and
 * pages must hold. Astro applies them (src/content.config.ts), so does
 * `npm run check:content`, and the editors' field reference (docs/pola.md,
 * docs/fields.md) is generated from the descriptions attached here with
 * `doc()`, so the documentation cannot drift from the rules.
 *
 * Error messages are in Polish: the people who meet them are the office's editors.
 */

/**
 * What the schema itself says of a field beyond its rules. What a field means
 * is written per documentation language in ./field-docs/<lang>.json.
 */
export interface FieldDoc {
  /** A line of frontmatter showing the field filled in. */
  example?: string;
  /** Set where the value type alone would mislead the reader (a path checked as an image). */
  kind?: 'image';
  /**
   * A fact, not language: the same in every language's file (a date, an address,
   * a link). `npm run check:content` compares the translations of an entry field
   * by field, so the calendars and the pages cannot disagree.
   */
  same?: true;
}

// Zod's own messages (wrong type, unknown value…) in Polish too.
z.config(z.locales.pl());

/** Attaches the field's documentation; call it last, after optional()/default(). */
export function doc<T extends z.ZodType>(schema: T, field: FieldDoc): T {
  return schema.meta({ ...field }) as T;
}

const text = (missing: string) => z.string({ error: missing }).trim().min(1, { error: missing });

/** A web address readers can open: http(s) and a real domain (z.url() alone takes htp:// and javascript:). */
const url = (field: string) =>
  z.url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: `${field}: podaj pełny adres zaczynający się od https://, np. https://www.icorn.org/`,
  });

const slug = z
  .string({ error: 'podaj adres strony (slug), np. slug: femcities' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'slug może zawierać tylko małe litery a–z bez polskich znaków, cyfry i łączniki, np. forum-miast-2023',
  });

const baseFields = {
  title: doc(text('brak tytułu (title): dodaj linię np. title: "Tytuł strony"'), { example: 'title: "Femcities Network"' }),
  summary: doc(
    text('brak streszczenia (summary): dodaj jedno–dwa zdania o stronie').max(160, {
      error: 'streszczenie (summary) może mieć najwyżej 160 znaków: skróć je',
    }),
    { example: 'summary: "Kraków należy do sieci Femcities od września 2022 roku."' },
  ),
  titleLang: doc(z.enum(localeCodes, { error: `titleLang: wpisz kod języka tytułu, jeden z: ${localeCodes.join(', ')}` }).optional(), { example: 'titleLang: en' }),
  updated: doc(z.date({ error: 'data aktualizacji (updated) musi mieć postać RRRR-MM-DD, np. 2023-04-26' }).optional(), { example: 'updated: 2026-11-20' }),
  draft: doc(z.boolean({ error: 'nieprawidłowa wartość: wpisz true albo false (bez cudzysłowu)' }).default(false), { example: 'draft: true' }),
  oldAddresses: doc(
    z
      .array(
        z.string().regex(/^\/[^\s?#]*$/, {
          error: 'oldAddresses: podaj dawny adres strony na tym serwerze, zaczynający się od /, bez https:// i bez ?…, np. "/rowne_traktowanie/270649,artykul,forum.html"',
        }),
      )
      .optional(),
    { example: 'oldAddresses: ["/rowne_traktowanie/270649,artykul,forum_miast_empatycznych.html"]' },
  ),
};

const slugField = doc(slug, { example: 'slug: femcities' });

export function networkSchema<Image extends z.ZodType>(image: () => Image) {
  return z.object({
    ...baseFields,
    slug: slugField,
    shortName: doc(z.string().trim().min(1).optional(), { example: 'shortName: "ICORN"' }),
    order: doc(z.number({ error: 'nieprawidłowa wartość: wpisz liczbę całkowitą, np. order: 1' }).int().default(100), { example: 'order: 1', same: true }),
    joined: doc(
      z.object(
        {
          date: doc(
            z
              .string({ error: 'joined.date: podaj rok ("2022"), miesiąc ("2022-09") lub dzień ("2011-05-25") w cudzysłowie' })
              .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
                error: 'joined.date: podaj rok ("2022"), miesiąc ("2022-09") lub dzień ("2011-05-25") w cudzysłowie',
              }),
            { example: 'date: "2011-05-25"', same: true },
          ),
          dateOf: doc(
            z.enum(['joining', 'resolution'], { error: 'joined.dateOf: wpisz joining (data przystąpienia) albo resolution (data uchwały)' }).default('joining'),
            { example: 'dateOf: resolution', same: true },
          ),
          basis: doc(text('joined.basis: napisz jednym zdaniem, jak Kraków dołączył (np. uchwała Rady Miasta)'), { example: 'basis: "Uchwała nr XVI/171/11 Rady Miasta Krakowa z dnia 25 maja 2011 r."' }),
        },
        { error: 'brak pola joined: dodaj joined z polami date i basis' },
      ),
      {},
    ),
    website: doc(url('website'), { example: 'website: "https://www.icorn.org/"', same: true }),
    websiteConfirmed: doc(z.boolean({ error: 'nieprawidłowa wartość: wpisz true albo false (bez cudzysłowu)' }).default(false), {
      example: 'websiteConfirmed: true',
      same: true,
    }),
    memberCities: doc(
      z
        .object({
          count: doc(z.number({ error: 'nieprawidłowa wartość: wpisz liczbę, np. count: 60' }).int().positive(), { example: 'count: 60', same: true }),
          moreThan: doc(z.boolean({ error: 'nieprawidłowa wartość: wpisz true albo false (bez cudzysłowu)' }).default(false), { example: 'moreThan: true', same: true }),
          asOf: doc(z.string().trim().min(1, { error: 'memberCities.asOf: podaj, z kiedy jest ta liczba, np. "2023" albo "2022–2023"' }).optional(), { example: 'asOf: "2022–2023"', same: true }),
        })
        .optional(),
      {},
    ),
    image: doc(
      z
        .object({
          src: doc(image(), {
            example: 'src: ./femcities.jpg',
            kind: 'image',
          }),
          alt: doc(text('brak tekstu alternatywnego (image.alt): dodaj alt: "co przedstawia obrazek" dla osób, które go nie widzą'), { example: 'alt: "Logo sieci Femcities"' }),
        })
        .optional(),
      {},
    ),
  });
}

const venue = z.object(
  {
    name: doc(text('venue.name: podaj nazwę miejsca, np. Muzeum Krakowa'), { example: 'name: "Muzeum Krakowa"' }),
    room: doc(z.string().trim().min(1).optional(), { example: 'room: "Sala Miedziana"' }),
    street: doc(text('venue.street: podaj ulicę i numer, np. Rynek Główny 35'), { example: 'street: "Rynek Główny 35"', same: true }),
    postalCode: doc(z.string().trim().regex(/^\d{2}-\d{3}$/, { error: 'venue.postalCode: kod pocztowy ma postać 00-000' }).optional(), { example: 'postalCode: "31-011"', same: true }),
    city: doc(text('venue.city: podaj miasto'), { example: 'city: "Kraków"' }),
    country: doc(z.string().regex(/^[A-Z]{2}$/, { error: 'venue.country: dwuliterowy kod kraju, np. PL' }).default('PL'), { example: 'country: "PL"', same: true }),
  },
  { error: 'venue: podaj miejsce jako grupę pól name, street, city (każde w nowej linii, wcięte dwiema spacjami)' },
);

const lifecycle = eventLifecycleFields;

export function eventSchema<Image extends z.ZodType>(image: () => Image) {
  return z
  .object({
    ...baseFields,
    slug: slugField,
    start: doc(eventTimingFields.start, { example: 'start: 2023-05-15', same: true }),
    end: doc(eventTimingFields.end, { example: 'end: 2023-05-16', same: true }),
    startTime: doc(eventTimingFields.startTime, { example: 'startTime: "10:00"', same: true }),
    endTime: doc(eventTimingFields.endTime, { example: 'endTime: "16:30"', same: true }),
    timeZone: doc(eventTimingFields.timeZone, { example: 'timeZone: "Europe/Warsaw"', same: true }),
    kind: doc(lifecycle.kind, { example: 'kind: conference', same: true }),
    status: doc(lifecycle.status, { example: 'status: rescheduled', same: true }),
    statusNote: doc(lifecycle.statusNote, { example: 'statusNote: "Forum przeniesiono z 10 na 20 maja z powodu remontu sali."' }),
    previousStart: doc(lifecycle.previousStart, { example: 'previousStart: 2023-05-10', same: true }),
    previousStartTime: doc(lifecycle.previousStartTime, { example: 'previousStartTime: "10:00"', same: true }),
    attendance: doc(lifecycle.attendance, { example: 'attendance: hybrid', same: true }),
    venue: doc(venue.optional(), {}),
    onlineUrl: doc(lifecycle.onlineUrl, { example: 'onlineUrl: "https://…"', same: true }),
    onlineUrlFrom: doc(lifecycle.onlineUrlFrom, { example: 'onlineUrlFrom: 2023-05-14', same: true }),
    languages: doc(
      z
        .array(z.string().regex(/^[a-z]{2,3}$/, { error: 'languages: kody języków małymi literami, np. [pl, en]' }), {
          error: 'languages: podaj listę języków, np. [pl, en]',
        })
        .min(1, { error: 'languages: podaj co najmniej jeden język, np. [pl]' }),
      { example: 'languages: [pl, en]', same: true },
    ),
    interpretation: doc(z.boolean({ error: 'nieprawidłowa wartość: wpisz true albo false (bez cudzysłowu)' }).default(false), { example: 'interpretation: true', same: true }),
    agendaUrl: doc(url('agendaUrl').optional(), { example: 'agendaUrl: "https://…"', same: true }),
    registration: doc(
      z
        .object({
          url: doc(lifecycle.registration.unwrap().shape.url, { example: 'url: "https://…"', same: true }),
          opens: doc(lifecycle.registration.unwrap().shape.opens, { example: 'opens: 2023-04-26', same: true }),
          closes: doc(lifecycle.registration.unwrap().shape.closes, { example: 'closes: 2023-05-10', same: true }),
          price: doc(lifecycle.registration.unwrap().shape.price, { example: 'price: 0', same: true }),
          capacity: doc(lifecycle.registration.unwrap().shape.capacity, { example: 'capacity: "Liczba miejsc: 120"' }),
        })
        .optional(),
      {},
    ),
    series: doc(
      z
        .object({
          name: doc(lifecycle.series.unwrap().shape.name, { example: 'name: forum-miast-empatycznych', same: true }),
          title: doc(lifecycle.series.unwrap().shape.title, { example: 'title: "Międzynarodowe Forum Miast Empatycznych"' }),
          slug: doc(lifecycle.series.unwrap().shape.slug, { example: 'slug: forum-miast-empatycznych' }),
        })
        .optional(),
      {},
    ),
    accessibility: doc(lifecycle.accessibility, { example: 'accessibility: [stepFree, accessibleToilet, signLanguage]', same: true }),
    assistance: doc(
      z
        .object({
          contact: doc(lifecycle.assistance.unwrap().shape.contact, { example: 'contact: "rownosc@um.krakow.pl"', same: true }),
          by: doc(lifecycle.assistance.unwrap().shape.by, { example: 'by: 2023-05-08', same: true }),
        })
        .optional(),
      {},
    ),
    announced: doc(z.date({ error: 'announced: data ogłoszenia musi mieć postać RRRR-MM-DD, np. 2023-04-26' }), { example: 'announced: 2023-04-26', same: true }),
    networks: doc(
      z.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'networks: nazwy plików sieci, np. [femcities, icorn]' })).default([]),
      {
        // Not Astro's reference(): its ids carry the language folder, and Astro 7
        // only logs a dangling reference; the content check fails the build instead.
        example: 'networks: [femcities, icorn]',
        same: true,
      },
    ),
    programme: doc(
      z
        .array(
          z.object({
            day: doc(sessionFields.day, { example: 'day: 2023-05-15', same: true }),
            start: doc(sessionFields.start, { example: 'start: "10:00"', same: true }),
            end: doc(sessionFields.end, { example: 'end: "11:30"', same: true }),
            title: doc(sessionFields.title, { example: 'title: "Otwarcie Forum"' }),
            language: doc(sessionFields.language, { example: 'language: en', same: true }),
            speakers: doc(
              z
                .array(
                  z.object({
                    name: doc(speakerFields.name, { example: 'name: "Anna Nowak"', same: true }),
                    role: doc(speakerFields.role, { example: 'role: "pełnomocniczka prezydenta"' }),
                    organisation: doc(speakerFields.organisation, { example: 'organisation: "Urząd Miasta Krakowa"' }),
                  }),
                )
                .default([]),
              {},
            ),
          }),
        )
        .default([]),
      {},
    ),
    materials: doc(
      z
        .array(
          z.object({
            type: doc(materialFields.type, { example: 'type: report', same: true }),
            title: doc(materialFields.title, { example: 'title: "Raport z Forum"' }),
            url: doc(materialFields.url, { example: 'url: "https://…/raport.pdf"', same: true }),
            format: doc(materialFields.format, { example: 'format: PDF', same: true }),
            size: doc(materialFields.size, { example: 'size: "2,4 MB"', same: true }),
            captions: doc(materialFields.captions, { example: 'captions: true', same: true }),
            image: doc(image().optional(), { example: 'image: ./forum-sala.jpg', kind: 'image', same: true }),
            alt: doc(materialFields.alt, { example: 'alt: "Uczestnicy Forum w Sali Miedzianej"' }),
          }),
        )
        .default([]),
      {},
    ),
  })
  .superRefine((data, ctx) => {
    for (const [field, message] of timingProblems(data)) ctx.addIssue({ code: 'custom', path: [field], message });
    for (const [field, message] of lifecycleProblems(data)) ctx.addIssue({ code: 'custom', path: field.split('.'), message });
    for (const [path, message] of programmeProblems(data)) ctx.addIssue({ code: 'custom', path, message });
    for (const [path, message] of materialProblems(data.materials)) ctx.addIssue({ code: 'custom', path, message });
  });
}

/** An event's frontmatter as the schema hands it over (defaults filled in). */
export type EventData = z.output<ReturnType<typeof eventSchema<z.ZodString>>>;

export const pageSchema = z.object({
  ...baseFields,
  slug: doc(slug.optional(), { example: 'slug: o-nas' }),
});

/** Schemas by collection; `image` is Astro's image() helper, or a stand-in outside Astro. */
export const contentSchemas = {
  networks: networkSchema,
  events: eventSchema,
  pages: () => pageSchema,
} as const;
