import { createHash } from 'node:crypto';
import { formatProblem, type Problem } from './problems.ts';

/**
 * The content check's problems in the forms forges show next to the changed
 * line, with the same Polish text as the terminal:
 * - GitHub Actions reads workflow commands from a step's output
 *   (`::error file=…,line=…,title=…::message`);
 * - GitLab reads a Code Quality report (a JSON array) from a job artifact.
 */
export type ReportFormat = 'text' | 'github' | 'gitlab';
export const reportFormats: readonly ReportFormat[] = ['text', 'github', 'gitlab'];

// Workflow command escaping: data may not hold %, CR or LF; properties not : or , either.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One GitHub workflow command per problem. */
export function githubAnnotation(p: Problem): string {
  const properties = [`file=${escapeProperty(p.file)}`, ...(p.line ? [`line=${p.line}`] : []), `title=${escapeProperty(p.field ? `Treść: ${p.field}` : 'Treść')}`];
  const command = p.severity === 'error' ? 'error' : 'warning';
  return `::${command} ${properties.join(',')}::${escapeData(`${p.message} — ${p.fix}`)}`;
}

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'major' | 'minor';
  location: { path: string; lines: { begin: number } };
}

/** A GitLab Code Quality report: every problem with a stable fingerprint. */
export function gitlabCodeQuality(problems: readonly Problem[]): CodeQualityIssue[] {
  return problems.map((p) => ({
    description: formatProblem({ ...p, file: '', line: undefined }).replace(/^ — /, ''),
    check_name: p.field ? `treść: ${p.field}` : 'treść',
    // The same problem in the same place keeps its fingerprint, so GitLab can tell new from old.
    fingerprint: createHash('sha256').update(`${p.file}\0${p.field ?? ''}\0${p.message}`).digest('hex'),
    severity: p.severity === 'error' ? 'major' : 'minor',
    location: { path: p.file, lines: { begin: p.line ?? 1 } },
  }));
}
