/**
 * One thing wrong (or worth a warning) in the content, told the way an editor
 * can act on it: `path:line — field: what is wrong — how to fix`.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the project, e.g. content/events/pl/forum.mdx. */
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  message: string;
  fix: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? `${p.field}: ` : '';
  return `${where} — ${field}${p.message} — ${p.fix}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}
