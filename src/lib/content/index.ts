// The content domain's public surface: what an editor may write (schemas and
// the field reference made from them), the checks that stop a mistake, and the
// facts read from content files. The checks' internals stay in check/. See README.md.
export * from './schemas.ts';
export * from './field-reference.ts';
export * from './slugify.ts';
export * from './last-updated.ts';
export * from './root.ts';
export * from './statement-facts.ts';
export * from './plain-text.ts';
export * from './office.ts';
export * from './sign-language-video.ts';
export { checkContent, type CheckOptions } from './check/index.ts';
export { FILL_IN } from './check/fill-in.ts';
export { formatProblem, type Problem } from './check/problems.ts';
export { githubAnnotation, gitlabCodeQuality, reportFormats, type ReportFormat } from './check/report-formats.ts';
export { readEntries, type RawEntry } from './check/read.ts';
export { eventFacts, untranslated } from './check/site.ts';
