import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentRoot } from './lib/content-root';
import { eventTimingFields, timingProblems } from './lib/event-timing';

/*
 * Content schemas. Every field carries a one-line comment; `docs/` and the editors'
 * messages are written from these. Error messages are in Polish because the people
 * who meet them are the office's editors.
 */

/** Entry ids are the path below the collection folder (`pl/femcities`), never the
 *  `slug` field: two languages may share a file name, and their slugs may collide. */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

const collectionLoader = (collection: string) =>
  glob({ pattern: '{pl,en}/**/*.mdx', base: `${contentRoot}/${collection}`, generateId: idFromPath });

const slug = z
  .string({ error: 'podaj adres strony (slug), np. "femcities"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'slug może zawierać tylko małe litery a–z bez polskich znaków, cyfry i łączniki, np. "forum-miast-2023"',
  });

const base = z.object({
  /** Page title, shown as the heading and in the browser tab. Plain text. */
  title: z.string({ error: 'brak tytułu (title): dodaj linię np. title: "Tytuł strony"' }).trim().min(1, {
    error: 'tytuł (title) nie może być pusty',
  }),
  /** One or two sentences: the meta description and the teaser in lists (max. 160 characters). */
  summary: z
    .string({ error: 'brak streszczenia (summary): dodaj jedno–dwa zdania o stronie' })
    .trim()
    .min(1, { error: 'streszczenie (summary) nie może być puste' })
    .max(160, { error: 'streszczenie (summary) może mieć najwyżej 160 znaków: skróć je' }),
  /** The date the content was last checked or changed (YYYY-MM-DD). */
  updated: z.date({ error: 'data aktualizacji (updated) musi mieć postać RRRR-MM-DD, np. 2023-04-26' }),
  /** `true` keeps the entry out of the published site. */
  draft: z.boolean({ error: 'draft przyjmuje tylko true albo false' }).default(false),
});

const networks = defineCollection({
  loader: collectionLoader('networks'),
  schema: ({ image }) =>
    base.extend({
      /** Last part of the address: `/wspolpraca-miedzynarodowa/<slug>/`. */
      slug,
      /** Short name used in lists and breadcrumbs, e.g. "ICORN". */
      shortName: z.string().trim().min(1).optional(),
      /** Position in lists of networks (smallest first). */
      order: z.number().int().default(100),
      /** When and how Kraków joined the network. */
      joined: z.object({
        /** Year (2022), month (2022-09) or day (2011-05-25), as precise as the source says. */
        date: z
          .string({ error: 'joined.date: podaj rok (2022), miesiąc (2022-09) lub dzień (2011-05-25) w cudzysłowie' })
          .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
            error: 'joined.date: podaj rok (2022), miesiąc (2022-09) lub dzień (2011-05-25)',
          }),
        /** How Kraków joined, e.g. the City Council resolution. One sentence. */
        basis: z.string().trim().min(1),
      }),
      /** The network's own website. */
      website: z.url({ error: 'website: podaj pełny adres zaczynający się od https://' }),
      /** Number of member cities as the source states it. */
      memberCities: z
        .object({
          /** The number given by the source. */
          count: z.number().int().positive(),
          /** `true` when the source says "more than" (ponad). */
          moreThan: z.boolean().default(false),
        })
        .optional(),
      /** Optional picture; `alt` describes it for people who cannot see it. */
      image: z
        .object({
          /** Path to the picture, relative to this file. */
          src: image(),
          /** Text alternative: what the picture shows. Required. */
          alt: z.string({ error: 'image.alt: opisz obrazek dla osób niewidomych (tekst alternatywny)' }).trim().min(1, {
            error: 'image.alt: opisz obrazek dla osób niewidomych (tekst alternatywny)',
          }),
        })
        .optional(),
    }),
});

const events = defineCollection({
  loader: collectionLoader('events'),
  schema: base.extend({
    /** Last part of the address: `/wydarzenia/<slug>/`. */
    slug,
    ...eventTimingFields,
    /** Where the event takes place. */
    venue: z.object({
      /** Name of the place, e.g. "Muzeum Krakowa". */
      name: z.string().trim().min(1),
      /** Room or hall, if any. */
      room: z.string().trim().min(1).optional(),
      /** Street and number. */
      street: z.string().trim().min(1),
      /** Postal code, if known. */
      postalCode: z.string().trim().optional(),
      /** City. */
      city: z.string().trim().min(1),
      /** ISO 3166 country code. */
      country: z.string().length(2).default('PL'),
    }),
    /** Languages spoken at the event (codes: pl, en, …). */
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
    /** `true` when the whole event is interpreted between its languages. */
    interpretation: z.boolean().default(false),
    /** Link to the agenda, if published. */
    agendaUrl: z.url().optional(),
    /** Link to registration, if open. */
    registrationUrl: z.url().optional(),
    /** The date the event was announced (YYYY-MM-DD). */
    announced: z.date({ error: 'announced: data ogłoszenia musi mieć postać RRRR-MM-DD' }),
    /**
     * Networks the event belongs to: file names (without .mdx) from
     * content/networks/<same language>/, e.g. [femcities, icorn]. Not Astro's
     * `reference()`: its ids carry the language folder, and Astro 7 only logs a
     * dangling reference; `src/lib/content-guard.ts` fails the build instead.
     */
    networks: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  }).superRefine((data, ctx) => {
    for (const [field, message] of timingProblems(data)) ctx.addIssue({ code: 'custom', path: [field], message });
  }),
});

const pages = defineCollection({
  loader: collectionLoader('pages'),
  schema: base.extend({
    /** Address of the page: `/<slug>/`. Not needed for `home` and `international-cooperation`. */
    slug: slug.optional(),
  }),
});

export const collections = { networks, events, pages };
