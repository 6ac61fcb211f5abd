import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { localeGlob } from './i18n/locales.ts';
import { contentRoot, eventSchema, networkSchema, pageSchema } from './lib/content/index.ts';

/*
 * The three content collections, read from content/<collection>/<language>/*.mdx.
 * The schemas, with a description of every field, are in src/lib/content/schemas.ts.
 */

/** Entry ids are the path below the collection folder (`pl/femcities`), never the
 *  `slug` field: two languages may share a file name, and their slugs may collide. */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

const collectionLoader = (collection: string) =>
  glob({ pattern: `${localeGlob()}/**/*.mdx`, base: `${contentRoot}/${collection}`, generateId: idFromPath });

export const collections = {
  networks: defineCollection({ loader: collectionLoader('networks'), schema: ({ image }) => networkSchema(image) }),
  events: defineCollection({ loader: collectionLoader('events'), schema: ({ image }) => eventSchema(image) }),
  pages: defineCollection({ loader: collectionLoader('pages'), schema: pageSchema }),
};
