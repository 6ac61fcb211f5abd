// npm run check:content — checks all content without building the site and
// prints each problem as `path:line — field: what is wrong — how to fix`.
// Exit code 1 on any error; warnings (e.g. a missing translation) do not fail.
//   --drafts           treat drafts as pages too (what `npm run dev` shows)
//   --format github    GitHub Actions annotations on the changed lines (::error file=…)
//   --format gitlab    a GitLab Code Quality report (JSON) on standard output
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { defaultLocale, localeInfo } from '../src/i18n/locales.ts';
import { checkContent, formatProblem, githubAnnotation, gitlabCodeQuality, reportFormats, type ReportFormat } from '../src/lib/content/index.ts';

const { values } = parseArgs({ options: { drafts: { type: 'boolean', default: false }, format: { type: 'string', default: 'text' } } });
const format = values.format as ReportFormat;
if (!reportFormats.includes(format)) {
  console.error(`nieznany format „${values.format}” — użyj jednego z: ${reportFormats.join(', ')}`);
  process.exit(2);
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const contentDir = resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
const started = performance.now();
const problems = checkContent(contentDir, projectRoot, { includeDrafts: values.drafts });
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');

if (format === 'gitlab') {
  // The report is the output; the summary goes to the job log (stderr).
  console.log(JSON.stringify(gitlabCodeQuality(problems), null, 2));
} else if (format === 'github') {
  // Workflow commands are read from the step's standard output.
  for (const p of [...errors, ...warnings]) console.log(githubAnnotation(p));
} else {
  for (const p of errors) console.error(`błąd: ${formatProblem(p)}`);
  for (const p of warnings) console.warn(`uwaga: ${formatProblem(p)}`);
}
const ms = Math.round(performance.now() - started);
// The messages are Polish, the editors' language (the site's first language).
const notes = { one: 'uwaga', few: 'uwagi', many: 'uwag', other: 'uwagi' } as Record<string, string>;
const noteCount = `${warnings.length} ${notes[new Intl.PluralRules(localeInfo(defaultLocale).intl).select(warnings.length)]}`;
const summary =
  errors.length === 0
    ? `Treść jest w porządku (${noteCount}, ${ms} ms).`
    : `Błędy: ${errors.length}, uwagi: ${warnings.length} (${ms} ms). Popraw błędy i uruchom ponownie.`;
if (format === 'gitlab') console.error(summary);
else console.log(summary);
process.exitCode = errors.length === 0 ? 0 : 1;
