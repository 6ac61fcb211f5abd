import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { eventSchema, networkSchema, pageSchema, type FieldDoc } from './schemas.ts';

/**
 * The editors' field reference (docs/pola.md, docs/fields.md), written from the
 * content schemas and the field descriptions in ./field-docs/<lang>.json — one
 * file per language the editors' documentation is written in, which need not be
 * every language of the site. tests/unit/field-reference.test.ts fails when the
 * committed files differ or a field has no description; `npm run docs:fields`
 * rewrites them.
 */

export interface FieldDocs {
  /** Name of the generated file in docs/. */
  file: string;
  heading: string;
  generated: string;
  intro: string;
  collections: Record<CollectionName, string>;
  columns: string[];
  yes: string;
  no: string;
  byDefault: string;
  dateFormat: string;
  /** Added to the meaning of a field that must be the same in every language. */
  same: string;
  types: Record<string, string>;
  /** Field path → meaning: `all` for the fields every collection has, then per collection. */
  fields: { all: Record<string, string> } & Record<CollectionName, Record<string, string>>;
}

const schemas = { networks: networkSchema(() => z.string()), events: eventSchema(() => z.string()), pages: pageSchema };
export type CollectionName = keyof typeof schemas;
export const documentedCollections = Object.keys(schemas) as CollectionName[];

const docsFolder = new URL('./field-docs/', import.meta.url);

/** The documentation languages: one per file in field-docs/. */
export function fieldDocLanguages(): string[] {
  return readdirSync(docsFolder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

export function readFieldDocs(lang: string): FieldDocs {
  return JSON.parse(readFileSync(new URL(`${lang}.json`, docsFolder), 'utf8')) as FieldDocs;
}

interface Def {
  type: string;
  format?: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional/default wrappers, noting what they said. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; fallback: unknown } {
  let inner = schema;
  let optional = false;
  let fallback: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' && def.innerType) optional = true;
    else if (def.type === 'default' && def.innerType) fallback = def.defaultValue;
    else break;
    inner = def.innerType;
  }
  return { inner, optional, fallback };
}

/**
 * The fields inside a field: a group's (`venue.name`), or those of each item of
 * a list of groups (`programme[].title`: `[]` stands for any item).
 */
function nestedFields(schema: z.ZodType, path: string): { shape: Record<string, z.ZodType>; prefix: string } | undefined {
  const def = defOf(schema);
  if (def.type === 'object' && def.shape) return { shape: def.shape, prefix: `${path}.` };
  if (def.type === 'array' && def.element) {
    const item = unwrap(def.element).inner;
    if (defOf(item).type === 'object' && defOf(item).shape) return { shape: defOf(item).shape!, prefix: `${path}[].` };
  }
  return undefined;
}

/** Every field path of a collection, nested fields after their parent: 'joined', 'joined.date', 'programme[].title'. */
export function fieldPaths(collection: CollectionName): string[] {
  const walk = (shape: Record<string, z.ZodType>, prefix: string): string[] =>
    Object.entries(shape).flatMap(([key, schema]) => {
      const nested = nestedFields(unwrap(schema).inner, `${prefix}${key}`);
      return [`${prefix}${key}`, ...(nested ? walk(nested.shape, nested.prefix) : [])];
    });
  return walk(schemas[collection].shape as Record<string, z.ZodType>, '');
}

/**
 * The fields that are facts, not language (marked `same` in the schemas), with
 * the value a file that leaves them out gets: the translations must agree on them.
 */
export function sameInEveryLanguage(collection: CollectionName): Array<{ path: string; fallback: unknown }> {
  const walk = (shape: Record<string, z.ZodType>, prefix: string): Array<{ path: string; fallback: unknown }> =>
    Object.entries(shape).flatMap(([key, schema]) => {
      const { inner, fallback } = unwrap(schema);
      const nested = nestedFields(inner, `${prefix}${key}`);
      const own = (schema.meta() as Partial<FieldDoc> | undefined)?.same ? [{ path: `${prefix}${key}`, fallback }] : [];
      return [...own, ...(nested ? walk(nested.shape, nested.prefix) : [])];
    });
  return walk(schemas[collection].shape as Record<string, z.ZodType>, '');
}

/** What a field means in one documentation language, or undefined when not written. */
export function fieldMeaning(docs: FieldDocs, collection: CollectionName, path: string): string | undefined {
  return docs.fields[collection][path] ?? docs.fields.all[path];
}

/** Fields without a description, and descriptions of fields that do not exist: one line each. */
export function fieldDocProblems(docs: FieldDocs): string[] {
  const problems: string[] = [];
  for (const collection of documentedCollections) {
    for (const path of fieldPaths(collection)) {
      if (!fieldMeaning(docs, collection, path)?.trim()) problems.push(`${collection}: ${path} has no description`);
    }
    for (const path of Object.keys(docs.fields[collection])) {
      if (!fieldPaths(collection).includes(path)) problems.push(`${collection}: ${path} is described but is no field`);
    }
  }
  for (const path of Object.keys(docs.fields.all)) {
    if (!documentedCollections.every((c) => fieldPaths(c).includes(path))) problems.push(`all: ${path} is not a field of every collection`);
  }
  return problems;
}

function kindOf(schema: z.ZodType, docs: FieldDocs, isImage: boolean): string {
  const types = docs.types;
  if (isImage) return types['image'] ?? 'image';
  const def = defOf(schema);
  if (def.type === 'string') return (def.format === 'url' ? types['url'] : types['string']) ?? def.type;
  if (def.type === 'date') return `${types['date']} (${docs.dateFormat})`;
  return types[def.type] ?? def.type;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function rows(shape: Record<string, z.ZodType>, docs: FieldDocs, collection: CollectionName, prefix: string): string[] {
  const out: string[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const meta = (schema.meta() ?? {}) as Partial<FieldDoc>;
    const { inner, optional, fallback } = unwrap(schema);
    const required = fallback !== undefined ? `${docs.byDefault}: \`${JSON.stringify(fallback)}\`)` : optional ? docs.no : docs.yes;
    const example = meta.example ? `\`${meta.example}\`` : '';
    const meaning = [fieldMeaning(docs, collection, `${prefix}${key}`) ?? '', meta.same ? docs.same : ''].filter(Boolean).join(' ');
    out.push(`| \`${prefix}${key}\` | ${kindOf(inner, docs, meta.kind === 'image')} | ${required} | ${cell(meaning)} | ${cell(example)} |`);
    const nested = nestedFields(inner, `${prefix}${key}`);
    if (nested) out.push(...rows(nested.shape, docs, collection, nested.prefix));
  }
  return out;
}

export function renderFieldReference(lang: string): string {
  const docs = readFieldDocs(lang);
  const sections = documentedCollections.map((name) => {
    const header = `| ${docs.columns.join(' | ')} |\n|${docs.columns.map(() => '---').join('|')}|`;
    const body = rows(schemas[name].shape as Record<string, z.ZodType>, docs, name, '').join('\n');
    return `## ${docs.collections[name]} (\`content/${name}/\`)\n\n${header}\n${body}\n`;
  });
  return `# ${docs.heading}\n\n> ${docs.generated}\n\n${docs.intro}\n\n${sections.join('\n')}`;
}

