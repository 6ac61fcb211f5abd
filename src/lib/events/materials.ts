import { z } from 'astro/zod';
import { webAddress } from './field-types.ts';

/**
 * What an event leaves behind, shown on its page once it is over: a report,
 * photos, a recording, documents. Each says what a reader needs before opening
 * it: a document its format and size, a photo what it shows (alt), a
 * recording that it is captioned (WCAG 1.2.2; the office confirms it).
 */

export const MATERIAL_TYPES = ['report', 'photo', 'recording', 'document'] as const;
export type MaterialType = (typeof MATERIAL_TYPES)[number];

export const materialFields = {
  type: z.enum(MATERIAL_TYPES, { error: `materials.type: wpisz jeden z: ${MATERIAL_TYPES.join(', ')}` }),
  title: z.string({ error: 'materials.title: podaj tytuł materiału' }).trim().min(1, { error: 'materials.title: podaj tytuł materiału' }),
  url: webAddress('materials.url').optional(),
  format: z.string().trim().regex(/^[A-Za-z0-9]{2,5}$/, { error: 'materials.format: podaj format pliku, np. PDF, DOCX, MP4' }).optional(),
  size: z
    .string()
    .trim()
    .regex(/^\d+([,.]\d+)?\s?(kB|KB|MB|GB)$/, { error: 'materials.size: podaj rozmiar pliku, np. "2,4 MB" albo "350 kB"' })
    .optional(),
  captions: z.boolean({ error: 'nieprawidłowa wartość: wpisz true albo false (bez cudzysłowu)' }).optional(),
  alt: z.string().trim().min(1).optional(),
};

export interface Material {
  type: MaterialType;
  title: string;
  url?: string | undefined;
  format?: string | undefined;
  size?: string | undefined;
  captions?: boolean | undefined;
  image?: unknown;
  alt?: string | undefined;
}

type Problem = [path: Array<string | number>, message: string];

/** What each type of material must say, or it could not be opened, read or seen by everyone. */
export function materialProblems(materials: readonly Material[]): Problem[] {
  const problems: Problem[] = [];
  materials.forEach((m, index) => {
    const at = (field: string): Array<string | number> => ['materials', index, field];
    if (m.type === 'photo') {
      if (m.image === undefined) problems.push([at('image'), 'zdjęcie wymaga pliku: image: ./nazwa.jpg (plik obok pliku .mdx)']);
      if (!m.alt) problems.push([at('alt'), 'zdjęcie wymaga opisu dla osób, które go nie widzą: alt: "co przedstawia"']);
      if (m.url) problems.push([at('url'), 'zdjęcie pokazujemy z pliku (image), nie z adresu: usuń url']);
      return;
    }
    if (m.image !== undefined || m.alt) problems.push([at(m.image !== undefined ? 'image' : 'alt'), 'image i alt dotyczą tylko zdjęć (type: photo): usuń je albo zmień type']);
    if (!m.url) problems.push([at('url'), 'podaj adres materiału: url: "https://…"']);
    if (m.type === 'recording' && m.captions !== true) {
      problems.push([at('captions'), 'nagranie musi mieć napisy (WCAG 1.2.2): dodaj je i wpisz captions: true']);
    }
    if ((m.type === 'report' || m.type === 'document') && (!m.format || !m.size)) {
      problems.push([at(!m.format ? 'format' : 'size'), 'plik do pobrania musi mieć podany format i rozmiar, np. format: PDF i size: "2,4 MB" (czytelnik wie, co pobiera)']);
    }
  });
  return problems;
}
