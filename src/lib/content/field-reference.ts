import { z } from 'astro/zod';
import { eventSchema, networkSchema, pageSchema, type FieldDoc } from './schemas.ts';

/**
 * The editors' field reference (docs/pola.md, docs/fields.md), written from the
 * content schemas and their `doc()` descriptions. tests/unit/field-reference.test.ts
 * fails when the committed files differ; `npm run docs:fields` rewrites them.
 */

type Lang = 'pl' | 'en';

const words = {
  pl: {
    heading: 'Pola nagłówka (frontmatter)',
    generated:
      'Ten plik powstaje automatycznie ze schematów treści (`src/lib/content/schemas.ts`) poleceniem `npm run docs:fields`. Nie edytuj go ręcznie: zmiany wprowadzaj w schematach.',
    intro: 'Nagłówek to część pliku `.mdx` między liniami `---`. Pola zagnieżdżone (np. `venue.name`) wpisuje się z wcięciem dwóch spacji pod polem nadrzędnym.',
    collections: { networks: 'Sieci', events: 'Wydarzenia', pages: 'Strony' },
    columns: ['Pole', 'Rodzaj', 'Wymagane', 'Znaczenie', 'Przykład'],
    yes: 'tak',
    no: 'nie',
    byDefault: 'nie (domyślnie',
    types: { string: 'tekst', url: 'adres URL', date: 'data', boolean: 'true / false', number: 'liczba', array: 'lista', object: 'grupa pól', image: 'ścieżka do obrazka' },
  },
  en: {
    heading: 'Frontmatter fields',
    generated:
      'This file is generated from the content schemas (`src/lib/content/schemas.ts`) by `npm run docs:fields`. Do not edit it by hand: change the schemas.',
    intro: 'The frontmatter is the part of an `.mdx` file between the `---` lines. Nested fields (e.g. `venue.name`) are written indented by two spaces under their parent.',
    collections: { networks: 'Networks', events: 'Events', pages: 'Pages' },
    columns: ['Field', 'Kind', 'Required', 'Meaning', 'Example'],
    yes: 'yes',
    no: 'no',
    byDefault: 'no (default',
    types: { string: 'text', url: 'URL', date: 'date', boolean: 'true / false', number: 'number', array: 'list', object: 'group of fields', image: 'path to a picture' },
  },
} as const;

interface Def {
  type: string;
  format?: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  shape?: Record<string, z.ZodType>;
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

function kindOf(schema: z.ZodType, lang: Lang, isImage: boolean): string {
  const types = words[lang].types;
  if (isImage) return types.image;
  const def = defOf(schema);
  if (def.type === 'string') return def.format === 'url' ? types.url : types.string;
  if (def.type === 'date') return `${types.date} (${lang === 'pl' ? 'RRRR-MM-DD' : 'YYYY-MM-DD'})`;
  return types[def.type as keyof typeof types] ?? def.type;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function rows(shape: Record<string, z.ZodType>, lang: Lang, prefix: string): string[] {
  const out: string[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const meta = (schema.meta() ?? {}) as Partial<FieldDoc>;
    const { inner, optional, fallback } = unwrap(schema);
    const w = words[lang];
    const required = fallback !== undefined ? `${w.byDefault}: \`${JSON.stringify(fallback)}\`)` : optional ? w.no : w.yes;
    const example = meta.example ? `\`${meta.example}\`` : '';
    out.push(`| \`${prefix}${key}\` | ${kindOf(inner, lang, meta.kind === 'image')} | ${required} | ${cell(meta[lang] ?? '')} | ${cell(example)} |`);
    const nested = defOf(inner).shape;
    if (defOf(inner).type === 'object' && nested) out.push(...rows(nested, lang, `${prefix}${key}.`));
  }
  return out;
}

export function renderFieldReference(lang: Lang): string {
  const w = words[lang];
  const schemas = { networks: networkSchema(() => z.string()), events: eventSchema, pages: pageSchema };
  const sections = (Object.keys(schemas) as Array<keyof typeof schemas>).map((name) => {
    const header = `| ${w.columns.join(' | ')} |\n|${w.columns.map(() => '---').join('|')}|`;
    const body = rows(schemas[name].shape as Record<string, z.ZodType>, lang, '').join('\n');
    return `## ${w.collections[name]} (\`content/${name}/\`)\n\n${header}\n${body}\n`;
  });
  return `# ${w.heading}\n\n> ${w.generated}\n\n${w.intro}\n\n${sections.join('\n')}`;
}
