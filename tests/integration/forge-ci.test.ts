import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content';

/**
 * The forge pipelines are files in the repository (.github/workflows/,
 * .gitlab-ci.yml): each is validated against its forge's published schema by
 * the tool made for it (action-validator for GitHub Actions, gitlab-ci-local,
 * which carries GitLab's own CI schema), both are shown to reject a broken copy,
 * and both must run the same npm scripts, so they cannot drift apart.
 */
const scratch = mkdtempSync(join(tmpdir(), 'forge-ci-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const workflows = readdirSync(join(projectRoot, '.github/workflows')).map((f) => join(projectRoot, '.github/workflows', f));
const gitlabFile = join(projectRoot, '.gitlab-ci.yml');
const node = process.execPath;

function actionValidator(file: string) {
  return spawnSync(node, [join(projectRoot, 'node_modules/@action-validator/cli/cli.mjs'), file], { encoding: 'utf8' });
}

/** gitlab-ci-local reads the file from a git repository of its own, with a remote. */
function gitlabCiLocal(text: string, name: string) {
  const repo = join(scratch, name);
  cpSync(gitlabFile, join(repo, '.gitlab-ci.yml'));
  writeFileSync(join(repo, '.gitlab-ci.yml'), text);
  spawnSync('git', ['init', '-q'], { cwd: repo });
  spawnSync('git', ['remote', 'add', 'origin', 'https://gitlab.com/example/site.git'], { cwd: repo });
  return spawnSync(node, [join(projectRoot, 'node_modules/gitlab-ci-local/dist/index.js'), '--list'], { cwd: repo, encoding: 'utf8' });
}

describe('GitHub Actions workflows', () => {
  it.each(workflows.map((f) => [f.slice(projectRoot.length + 1), f]))('%s is a valid workflow', (_name, file) => {
    const run = actionValidator(file);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('a broken workflow is rejected (the validator can fail)', () => {
    const broken = join(scratch, 'broken.yml');
    writeFileSync(broken, readFileSync(workflows[0]!, 'utf8').replace(/runs-on:/g, 'run-on:'));
    const run = actionValidator(broken);
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('"path": "/jobs/content"');
  });
});

describe('GitLab CI', () => {
  it('.gitlab-ci.yml passes GitLab’s schema and has the check, audit, test and publish jobs', () => {
    const run = gitlabCiLocal(readFileSync(gitlabFile, 'utf8'), 'valid');
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toContain('json schema validated');
    for (const job of ['content', 'audit', 'test', 'publish']) expect(run.stdout).toMatch(new RegExp(`^${job}\\s`, 'm'));
  });

  it('a broken file is rejected (the schema check can fail)', () => {
    const run = gitlabCiLocal(readFileSync(gitlabFile, 'utf8').replace('  artifacts:\n    when: always\n    reports:', '  artifacts:\n    when: always\n    raports:'), 'broken');
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('raports');
  });
});

describe('both forges', () => {
  const commands = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(commands) : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => (k === 'run' || k === 'script' ? commands(v) : typeof v === 'object' ? commands(v) : [])) : [];
  const github = workflows.flatMap((f) => commands(yaml.load(readFileSync(f, 'utf8'))));
  const gitlab = commands(yaml.load(readFileSync(gitlabFile, 'utf8')));
  const steps = ['npm ci', 'check:content', 'npm audit --audit-level=high', 'bash .ci/system-packages', 'npm test', 'npm run build', 'bash deploy/publish.sh'];

  it.each(steps)('run %s', (step) => {
    expect(github.some((c) => c.includes(step)), github.join('\n')).toBe(true);
    expect(gitlab.some((c) => c.includes(step)), gitlab.join('\n')).toBe(true);
  });

  it('call only npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const used = [...github, ...gitlab].flatMap((c) => [...c.matchAll(/npm run (?:-s )?([\w:-]+)/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(2);
    expect(used.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});

describe('the nightly rebuild at 00:15 Warsaw time', () => {
  const publish = readFileSync(join(projectRoot, '.github/workflows/publish.yml'), 'utf8');
  const warsaw = (utc: string) => new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', hour: '2-digit', minute: '2-digit' }).format(new Date(utc));
  const offset = (utc: string) => new Intl.DateTimeFormat('en', { timeZone: 'Europe/Warsaw', timeZoneName: 'longOffset' }).format(new Date(utc)).replace(/.*GMT/, '').replace(':', '');

  it('GitHub: of the two UTC crons, the one whose offset matches that day is 00:15 in Warsaw, in winter and in summer', () => {
    for (const [cron, hour, wantedOffset] of [['15 22 * * *', 22, '+0200'], ['15 23 * * *', 23, '+0100']] as const) {
      expect(publish).toContain(`cron: '${cron}'`);
      expect(publish).toContain(`[ "$CRON" = '${cron}' ] && [ "$offset" != '${wantedOffset}' ]`);
      for (const day of ['2027-01-15', '2027-07-15', '2027-03-27', '2027-10-31']) {
        const utc = `${day}T${hour}:15:00Z`;
        if (offset(utc) === wantedOffset) expect(warsaw(utc), utc).toBe('00:15');
      }
    }
  });

  it('GitLab: the schedule is documented with its own time zone', () => {
    expect(readFileSync(gitlabFile, 'utf8')).toContain('"15 0 * * *" and the time zone "Europe/Warsaw"');
  });
});
