import { defaultLocale, localeInfo } from '../i18n/locales.ts';
import type { Problem } from '../lib/content/index.ts';
import { escapeHtml as escape } from '../lib/site/index.ts';

// The checks speak the editors' language, the site's first.
const lang = localeInfo(defaultLocale).intl;


/**
 * What the dev preview shows instead of any page while the content has errors:
 * the same list `npm run check:content` prints, as a page an editor can read
 * (the terminal is not where they look). Plain HTML with its own few styles, so
 * it shows even when the error would break the site's layout.
 */
export function contentErrorPage(errors: readonly Problem[]): string {
  const items = errors
    .map((p) => {
      const where = p.line ? `${p.file}, linia ${p.line}` : p.file;
      const field = p.field ? `<code>${escape(p.field)}</code>: ` : '';
      return `<li><p><strong>${escape(where)}</strong></p><p>${field}${escape(p.message)}.</p><p>Jak poprawić: ${escape(p.fix)}.</p></li>`;
    })
    .join('\n');
  const word = { one: 'błąd', few: 'błędy', many: 'błędów', other: 'błędu' } as Record<string, string>;
  const count = `${errors.length} ${word[new Intl.PluralRules(lang).select(errors.length)]}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Błędy w treści — podgląd</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.75rem}li{margin-bottom:1.5rem}li p{margin:.25rem 0}code{font-size:1rem}</style>
</head>
<body>
<main>
<h1>Treść ma ${count}</h1>
<p>Podgląd pokaże strony, gdy je poprawisz. Tak samo zatrzymałaby się publikacja.</p>
<ol>
${items}
</ol>
<p>Zapisz poprawiony plik i odśwież tę stronę (klawisz F5).</p>
</main>
</body>
</html>
`;
}
