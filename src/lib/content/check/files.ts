import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { OFFICE_FILE } from '../office.ts';
import { SIGN_LANGUAGE_FOLDER, signLanguageFiles } from '../sign-language-video.ts';
import { STATEMENT_FILE } from '../statement-facts.ts';
import type { BodyFacts } from './body.ts';
import { imageFileProblem } from './image-files.ts';
import type { Problem } from './problems.ts';
import { collections, type RawEntry } from './read.ts';

/**
 * Nothing under content/ is silently left out: every file is a page (.mdx in a
 * language folder, read by ./read.ts), a picture a page shows, the statement's
 * facts, the Polish Sign Language film named in urzad.yaml, or the editors' note — or it is reported here. And every picture a
 * body shows must exist, here, with its name written exactly.
 */

const IMAGE = /\.(png|jpe?g|webp|avif|gif|svg)$/i;
/** Files operating systems leave behind; never content, never published. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);
const ROOT_FILES = new Set(['README.md', STATEMENT_FILE, OFFICE_FILE]);

function allFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    // Hidden folders hold tools' state (a test build's cache), not content.
    if (entry.name.startsWith('.') && entry.isDirectory()) return [];
    const path = join(root, entry.name);
    return entry.isDirectory() ? allFiles(path) : SYSTEM_FILES.has(entry.name) ? [] : [path];
  });
}

/** Where a picture written in a body or frontmatter is, or why it cannot be shown. */
export function resolveImage(src: string, entry: RawEntry, projectRoot: string): { path: string } | { problem: string; fix: string; wanted?: string } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return {
      problem: `obrazek z innej strony (${src}) nie wyświetli się: serwis nie pobiera niczego z innych serwerów`,
      fix: 'zapisz plik obrazka obok tej strony i wstaw go jako ./nazwa-pliku.jpg',
    };
  }
  const path = src.startsWith('/') ? join(projectRoot, 'public', decodeURI(src)) : resolve(dirname(entry.path), decodeURI(src));
  if (existsSync(path) && readdirSync(dirname(path)).includes(basename(path))) return { path };
  const sameButCase = existsSync(dirname(path)) ? readdirSync(dirname(path)).find((n) => n.toLowerCase() === basename(path).toLowerCase()) : undefined;
  return sameButCase
    ? { problem: `nie ma pliku ${src}; jest ${sameButCase}`, fix: `napisz nazwę dokładnie tak jak plik, wielkość liter się liczy: ./${sameButCase}`, wanted: join(dirname(path), sameButCase) }
    : { problem: `nie ma pliku obrazka ${src} obok tej strony`, fix: 'zapisz plik obok pliku .mdx albo popraw jego nazwę' };
}

/** Pictures in bodies that cannot be shown. */
export function checkBodyImages(entries: readonly RawEntry[], facts: Map<RawEntry, BodyFacts>, projectRoot: string): Problem[] {
  return entries.flatMap((entry) =>
    (facts.get(entry)?.images ?? []).flatMap((image) => {
      const found = resolveImage(image.href, entry, projectRoot);
      return 'problem' in found ? [{ severity: 'error' as const, file: entry.file, line: image.line, field: 'treść', message: found.problem, fix: found.fix }] : [];
    }),
  );
}

/** Files under content/ that no page reads or shows. */
export function checkStrayFiles(
  root: string,
  projectRoot: string,
  entries: readonly RawEntry[],
  facts: Map<RawEntry, BodyFacts>,
): Problem[] {
  const used = new Set<string>();
  for (const entry of entries) {
    const frontmatterImage = (entry.data['image'] as { src?: unknown } | undefined)?.src;
    // An event's photos (materials[].image) are pictures of the page too.
    const materials = entry.data['materials'];
    const photos = Array.isArray(materials) ? materials.map((m) => (m as { image?: unknown } | null)?.image) : [];
    const sources = [...(facts.get(entry)?.images ?? []).map((i) => i.href), ...[frontmatterImage, ...photos].filter((src): src is string => typeof src === 'string')];
    for (const src of sources) {
      // A picture written with the wrong letter case is reported where it is written, not here as unused.
      const found = resolveImage(src, entry, projectRoot);
      const path = 'path' in found ? found.path : found.wanted;
      if (path) used.add(path);
    }
  }
  const signLanguage = new Set(signLanguageFiles(root));
  const problem = (path: string, message: string, fix: string): Problem => ({
    severity: 'error',
    file: relative(projectRoot, path).split('\\').join('/'),
    message,
    fix,
  });
  return allFiles(root).flatMap((path): Problem[] => {
    const inside = relative(root, path).split('\\').join('/');
    const extension = extname(path);
    if (ROOT_FILES.has(inside)) return [];
    // The Polish Sign Language film and its captions, named in urzad.yaml (checked there).
    if (signLanguage.has(path)) return [];
    if (inside.startsWith(`${SIGN_LANGUAGE_FOLDER}/`)) {
      return [problem(path, 'tego pliku nie wskazuje pole signLanguageVideo w content/urzad.yaml, więc nie zostanie opublikowany', 'wpisz jego nazwę w signLanguageVideo albo usuń plik')];
    }
    if (extension === '.mdx') {
      // In a collection it is a page (./read.ts checks its language folder); anywhere else it is lost.
      return collections.some((c) => inside.startsWith(`${c}/`))
        ? []
        : [problem(path, 'ta strona leży poza działami i nie zostanie opublikowana', `przenieś ją do ${collections.map((c) => `content/${c}/<język>/`).join(', ')}`)];
    }
    if (extension.toLowerCase() === '.mdx') return [problem(path, `rozszerzenie ${extension} wielkimi literami: strona nie zostanie opublikowana`, 'zmień je na .mdx (małymi literami)')];
    if (/^\.(md|markdown|txt)$/i.test(extension)) return [problem(path, `plik ${extension} nie zostanie opublikowany`, 'zmień rozszerzenie na .mdx')];
    if (IMAGE.test(path)) {
      if (!used.has(path)) return [problem(path, 'tego obrazka nie pokazuje żadna strona', 'wstaw go na stronę (![opis](./nazwa.jpg) albo pole image) albo usuń plik')];
      const unusable = imageFileProblem(path);
      return unusable ? [problem(path, unusable.message, unusable.fix)] : [];
    }
    return [problem(path, 'ten plik nie zostanie opublikowany: strony to pliki .mdx, obrazki leżą obok nich', 'usuń go albo zamień jego treść na stronę .mdx')];
  });
}
