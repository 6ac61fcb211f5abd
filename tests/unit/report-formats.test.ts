import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { githubAnnotation, gitlabCodeQuality, type Problem } from '../../src/lib/content/index.ts';
import { projectRoot } from '../helpers/content';

const problem: Problem = {
  severity: 'error',
  file: 'content/events/pl/forum, 2027.mdx',
  line: 18,
  field: 'networks.1',
  message: 'nie ma sieci „icorm”: 100% pewności',
  fix: 'wpisz jedną z: femcities, icorn\nalbo usuń',
};

describe('the check’s problems as forges show them beside the line', () => {
  it('GitHub: a workflow command, properties and message escaped, the same Polish text', () => {
    expect(githubAnnotation(problem)).toBe(
      '::error file=content/events/pl/forum%2C 2027.mdx,line=18,title=Treść%3A networks.1::nie ma sieci „icorm”: 100%25 pewności — wpisz jedną z: femcities, icorn%0Aalbo usuń',
    );
    expect(githubAnnotation({ ...problem, severity: 'warning', line: undefined, field: undefined })).toMatch(/^::warning file=[^,]+,title=Treść::/);
  });

  it('GitLab: a Code Quality issue per problem with a fingerprint that stays when the line moves', () => {
    const [issue] = gitlabCodeQuality([problem]);
    expect(issue).toEqual({
      description: 'networks.1: nie ma sieci „icorm”: 100% pewności — wpisz jedną z: femcities, icorn\nalbo usuń',
      check_name: 'treść: networks.1',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'major',
      location: { path: 'content/events/pl/forum, 2027.mdx', lines: { begin: 18 } },
    });
    expect(gitlabCodeQuality([{ ...problem, line: 30 }])[0]!.fingerprint).toBe(issue!.fingerprint);
    expect(gitlabCodeQuality([{ ...problem, message: 'inny' }])[0]!.fingerprint).not.toBe(issue!.fingerprint);
  });

  it('npm run check:content -- --format gitlab prints a report and nothing else on standard output', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.ts', '--format', 'gitlab'], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Array<{ location: { path: string } }>;
    expect(report.every((issue) => issue.location.path.startsWith('content/'))).toBe(true);
    expect(run.stderr).toContain('Treść jest w porządku');
  });

  it('npm run check:content -- --format github prints the annotations on standard output, where the runner reads them', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.ts', '--format', 'github'], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::warning file=content/')).length).toBeGreaterThan(0);
    expect(run.stderr).not.toContain('::');
  });

  it('an unknown format is refused', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.ts', '--format', 'xml'], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nieznany format „xml”');
  });
});
