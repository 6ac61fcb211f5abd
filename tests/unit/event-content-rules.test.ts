import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content/index.ts';
import { contentDir, projectRoot } from '../helpers/content';

/**
 * The content check on an event's lists of groups (programme, materials) and
 * its series, run on a copy of content/ with the Forum's files changed.
 */

const scratch = mkdtempSync(join(tmpdir(), 'event-rules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let copies = 0;

/** Errors of the check after adding `extra[lang]` to the end of each language's Forum frontmatter. */
function errorsWith(extra: { pl: string; en: string }, files: Record<string, Buffer> = {}): string[] {
  const content = join(scratch, `c${copies++}`);
  cpSync(contentDir, content, { recursive: true });
  for (const lang of ['pl', 'en'] as const) {
    const file = join(content, 'events', lang, 'empathic-cities-forum-2023.mdx');
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n---', 4);
    writeFileSync(file, `${text.slice(0, end)}\n${extra[lang]}${text.slice(end)}`);
  }
  for (const [path, bytes] of Object.entries(files)) writeFileSync(join(content, path), bytes);
  return checkContent(content, projectRoot, { includeDrafts: false })
    .filter((p) => p.severity === 'error')
    .map((p) => formatProblem(p).replace(/^.*?\/c\d+\//, ''));
}

const session = (start: string, title: string, name = 'Anna Nowak') =>
  `  - day: 2023-05-15\n    start: "${start}"\n    end: "12:00"\n    title: "${title}"\n    speakers:\n      - name: "${name}"`;

describe('a programme written in both languages', () => {
  it('is one programme: the same times and names, each language its own titles', () => {
    expect(errorsWith({ pl: `programme:\n${session('10:00', 'Otwarcie')}`, en: `programme:\n${session('10:00', 'Opening')}` })).toEqual([]);
  });

  it('a time that differs is reported in the translation, on its line', () => {
    const errors = errorsWith({ pl: `programme:\n${session('10:00', 'Otwarcie')}`, en: `programme:\n${session('10:30', 'Opening')}` });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^events\/en\/empathic-cities-forum-2023\.mdx:\d+ — programme\[\]\.start: tu jest \[10:30\], a w .*events\/pl\/empathic-cities-forum-2023\.mdx \[10:00\]/);
  });

  it('a speaker’s name that differs is reported too', () => {
    const errors = errorsWith({ pl: `programme:\n${session('10:00', 'Otwarcie')}`, en: `programme:\n${session('10:00', 'Opening', 'Ana Nowak')}` });
    expect(errors.join('\n')).toMatch(/programme\[\]\.speakers\[\]\.name: tu jest \[Ana Nowak\], a w .* \[Anna Nowak\]/);
  });

  it('an unknown field in the second session is named with its place and line', () => {
    const pl = `programme:\n${session('10:00', 'Otwarcie')}\n${session('11:00', 'Panel').replace('title:', 'titel:')}`;
    const errors = errorsWith({ pl, en: `programme:\n${session('10:00', 'Opening')}\n${session('11:00', 'Panel')}` });
    const unknown = errors.find((e) => e.includes('titel'));
    expect(unknown).toMatch(/^events\/pl\/empathic-cities-forum-2023\.mdx:(\d+) — programme\.1\.titel: nieznane pole „titel” .* tu można wpisać: day, start, end, title, language, speakers$/);
    // The missing title of the same session is told once, in plain words, on that session's line.
    expect(errors).toContainEqual(expect.stringMatching(/:(\d+) — programme\.1\.title: podaj tytuł części programu — popraw wartość/));
    const file = readFileSync(join(contentDir, 'events/pl/empathic-cities-forum-2023.mdx'), 'utf8');
    const frontmatterEnd = file.slice(0, file.indexOf('\n---', 4)).split('\n').length;
    // programme: sits on the line after the old end; the second session begins 7 lines below it, its titel 10.
    expect(Number(/:(\d+) —/.exec(unknown!)![1])).toBe(frontmatterEnd + 1 + 10);
    const missing = errors.find((e) => e.includes('programme.1.title'));
    expect(Number(/:(\d+) —/.exec(missing!)![1])).toBe(frontmatterEnd + 1 + 7);
  });
});

describe('materials and series', () => {
  it('a photo named in materials is a used picture, not a stray file', () => {
    const png = readFileSync(join(projectRoot, 'tests/fixtures/with-image/networks/pl/femcities.png'));
    const photo = (alt: string) => `materials:\n  - type: photo\n    title: "Sala"\n    image: ./sala.png\n    alt: "${alt}"`;
    expect(errorsWith({ pl: photo('Sala'), en: photo('The hall') }, { 'events/pl/sala.png': png, 'events/en/sala.png': png })).toEqual([]);
  });

  it('editions of one series that name it differently in one language stop the check', () => {
    const content = join(scratch, 'series');
    cpSync(contentDir, content, { recursive: true });
    const series = (title: string) => `series:\n  name: forum\n  title: "${title}"\n  slug: forum`;
    for (const lang of ['pl', 'en'] as const) {
      const file = join(content, 'events', lang, 'empathic-cities-forum-2023.mdx');
      const text = readFileSync(file, 'utf8');
      const end = text.indexOf('\n---', 4);
      writeFileSync(file, `${text.slice(0, end)}\n${series('Forum Miast Empatycznych')}${text.slice(end)}`);
      const second = text.slice(0, end).replace(/^slug: .*$/m, 'slug: forum-2024').replace('start: 2023-05-15', 'start: 2024-05-15').replace('end: 2023-05-16', 'end: 2024-05-16').replace(/^oldAddresses: .*\n/m, '');
      writeFileSync(join(content, 'events', lang, 'forum-2024.mdx'), `${second}\n${series(lang === 'pl' ? 'Forum Miast' : 'Forum Miast Empatycznych')}${text.slice(end)}`);
    }
    const errors = checkContent(content, projectRoot, { includeDrafts: false }).filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/events\/pl\/forum-2024\.mdx:\d+ — series\.title: cykl „forum” ma tu nazwę „Forum Miast”, a w .*empathic-cities-forum-2023\.mdx „Forum Miast Empatycznych” — wpisz to samo we wszystkich edycjach/);
  });
});
