import type { Problem } from './problems.ts';
import type { RawEntry } from './read.ts';

/** Marker that `npm run new` writes where an editor still has to fill something in. */
export const FILL_IN = 'UZUPEŁNIJ';

/** A draft may still say UZUPEŁNIJ; a page about to be published may not. */
export function checkFilledIn(entry: RawEntry): Problem[] {
  const problems: Problem[] = [];
  if (entry.draft) return problems;
  // Line by line, comments included: `npm run new` marks dates it had to guess
  // with a `# UZUPEŁNIJ` comment, since a date field cannot hold the word.
  entry.frontmatterLines.forEach((line, index) => {
    if (!line.includes(FILL_IN)) return;
    problems.push({
      severity: 'error',
      file: entry.file,
      line: index + 2,
      field: /^\s*(?:- )?([\w.]+)\s*:/.exec(line)?.[1],
      message: `pole nie jest uzupełnione (zawiera „${FILL_IN}”)`,
      fix: 'wpisz właściwą treść i usuń słowo UZUPEŁNIJ, albo zostaw stronę jako szkic (draft: true)',
    });
  });
  const bodyLine = entry.body.split('\n').findIndex((line) => line.includes(FILL_IN));
  // Nothing but blank lines and {/* comments */}: the page would show a title and no text.
  const text = entry.body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim();
  if (bodyLine === -1 && text === '') {
    problems.push({
      severity: 'error',
      file: entry.file,
      line: entry.frontmatterLines.length + 2,
      field: 'treść',
      message: 'strona nie ma treści pod nagłówkiem',
      fix: 'napisz tekst strony pod drugą linią --- albo zostaw ją jako szkic (draft: true)',
    });
  }
  if (bodyLine !== -1) {
    problems.push({
      severity: 'error',
      file: entry.file,
      line: bodyLine + 1,
      field: 'treść',
      message: `treść nie jest uzupełniona (zawiera „${FILL_IN}”)`,
      fix: 'napisz treść strony albo zostaw ją jako szkic (draft: true)',
    });
  }
  return problems;
}
