// npm run check:content — checks all content without building the site and
// prints each problem as `path:line — field: what is wrong — how to fix`.
// Exit code 1 on any error; warnings (e.g. a missing translation) do not fail.
//   --drafts   treat drafts as pages too (what `npm run dev` shows)
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, localeInfo } from '../src/i18n/locales.ts';
import { checkContent, formatProblem } from '../src/lib/content/index.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const contentDir = resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
const started = performance.now();
const problems = checkContent(contentDir, projectRoot, { includeDrafts: process.argv.includes('--drafts') });
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');

for (const p of errors) console.error(`błąd: ${formatProblem(p)}`);
for (const p of warnings) console.warn(`uwaga: ${formatProblem(p)}`);
const ms = Math.round(performance.now() - started);
// The messages are Polish, the editors' language (the site's first language).
const notes = { one: 'uwaga', few: 'uwagi', many: 'uwag', other: 'uwagi' } as Record<string, string>;
const noteCount = `${warnings.length} ${notes[new Intl.PluralRules(localeInfo(defaultLocale).intl).select(warnings.length)]}`;
console.log(
  errors.length === 0
    ? `Treść jest w porządku (${noteCount}, ${ms} ms).`
    : `Błędy: ${errors.length}, uwagi: ${warnings.length} (${ms} ms). Popraw błędy i uruchom ponownie.`,
);
process.exitCode = errors.length === 0 ? 0 : 1;
