import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchMarkersIn } from '../../site/index.ts';
import type { Problem } from './problems.ts';
import type { RawEntry } from './read.ts';

/**
 * Text that search reserves for its own markers (src/lib/site/search-markers.ts):
 * a page containing `~~` or `ḻ` would show in results with words cut away or
 * with `ł` in their place, so the build's search step stops on it. Found here
 * first, in Polish, with file, line and field. The body's text is checked in
 * ./body.ts, after Markdown is read, so a closed strikethrough `~~tekst~~` stays allowed.
 */

export const searchMarkerMessage = (marker: string) => `„${marker}” jest zarezerwowane dla wyszukiwarki serwisu (znaczy coś innego w jej indeksie)`;
export const SEARCH_MARKER_FIX = 'zapisz to inaczej: przekreślenie to ~~tekst~~ z tyldami po obu stronach, a zamiast „ḻ” wpisz „ł”';

/** Frontmatter lines of an entry, and every line of the YAML files beside the collections. */
export function checkSearchMarkers(entry: RawEntry): Problem[] {
  return entry.frontmatterLines.flatMap((text, index) => linesProblems(entry.file, text, index + 2));
}

/** The office's YAML files at the top of the content folder (urzad.yaml, deklaracja-dostepnosci.yaml). */
export function checkSearchMarkersInDataFiles(root: string, contentPrefix: string): Problem[] {
  return readdirSync(root)
    .filter((name) => /\.ya?ml$/.test(name))
    .flatMap((name) => readFileSync(join(root, name), 'utf8').split('\n').flatMap((text, index) => linesProblems(`${contentPrefix}/${name}`, text, index + 1)));
}

function linesProblems(file: string, text: string, line: number): Problem[] {
  const field = /^\s*(?:-\s+)?([\w-]+):/.exec(text)?.[1];
  return searchMarkersIn(text).map((marker) => ({ severity: 'error', file, line, field, message: searchMarkerMessage(marker), fix: SEARCH_MARKER_FIX }));
}
