import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fieldPaths } from '../../src/lib/content/index.ts';
import { checkContent } from '../../src/lib/content/index.ts';
import { gitLastModified } from '../../src/lib/content/index.ts';
import { slugify } from '../../src/lib/content/index.ts';
import { astroEnv, contentDir, projectRoot } from '../helpers/content';

const scratch = mkdtempSync(join(tmpdir(), 'editor-tools-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function freshContent(name: string): string {
  const dir = join(scratch, name, 'content');
  cpSync(contentDir, dir, { recursive: true });
  return dir;
}

function run(script: string, args: string[], content: string) {
  const result = spawnSync('npx', ['node', `scripts/${script}`, ...args], {
    cwd: projectRoot,
    env: astroEnv({ CONTENT_DIR: content }),
    encoding: 'utf8',
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('slugify', () => {
  it.each([
    ['Międzynarodowe Forum Miast Empatycznych 2023', 'miedzynarodowe-forum-miast-empatycznych-2023'],
    ['Łódź – żółw, gęślą jaźń!', 'lodz-zolw-gesla-jazn'],
    ['  ICORN: Kraków  ', 'icorn-krakow'],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));
});

describe('npm run new', () => {
  const content = freshContent('new');
  const pl = join(content, 'events/pl/forum-rownosci-2027.mdx');
  const en = join(content, 'events/en/forum-rownosci-2027.mdx');

  it('creates a Polish file and its English pair as valid drafts and prints their paths', () => {
    const { status, out } = run('new-entry.ts', ['event', 'Forum Równości 2027'], content);
    expect(status, out).toBe(0);
    expect(out).toContain('events/pl/forum-rownosci-2027.mdx');
    expect(out).toContain('events/en/forum-rownosci-2027.mdx');
    expect(readFileSync(pl, 'utf8')).toMatch(/^---\ntitle: "Forum Równości 2027"\n[\s\S]*draft: true\nslug: forum-rownosci-2027\n/);
    expect(readFileSync(pl, 'utf8')).toMatch(/updated: \d{4}-\d{2}-\d{2}\n/);
    for (const includeDrafts of [true, false]) {
      expect(checkContent(content, projectRoot, { includeDrafts }).filter((p) => p.severity === 'error')).toEqual([]);
    }
  });

  it('offers every field an event can have, each optional one as a comment to switch on', () => {
    const text = readFileSync(pl, 'utf8');
    const frontmatter = text.slice(4, text.indexOf('\n---', 4));
    // titleLang and oldAddresses are for translations and moved pages, not for a new event.
    const offered = fieldPaths('events').filter((path) => !['titleLang', 'oldAddresses'].includes(path));
    for (const path of offered) {
      const key = path.split('.').at(-1)!;
      expect(frontmatter, path).toMatch(new RegExp(`^\\s*#?\\s*(- )?${key}:`, 'm'));
    }
  });

  it('refuses to overwrite existing files', () => {
    const before = readFileSync(pl, 'utf8');
    const { status, out } = run('new-entry.ts', ['event', 'Forum Równości 2027'], content);
    expect(status).toBe(1);
    expect(out).toContain('Plik już istnieje, nic nie zmieniam');
    expect(readFileSync(pl, 'utf8')).toBe(before);
  });

  it('will not let a scaffold be published before it is filled in', () => {
    spawnSync('sed', ['-i', 's/^draft: true$/draft: false/', pl, en]);
    const errors = checkContent(content, projectRoot, { includeDrafts: false }).filter((p) => p.severity === 'error');
    expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['summary', 'start', 'name', 'street', 'treść']));
  });

  it('explains how to use it when called wrongly', () => {
    const { status, out } = run('new-entry.ts', ['concert'], content);
    expect(status).toBe(2);
    expect(out).toContain('npm run new -- <event|network|page> "Tytuł po polsku"');
  });
});

describe('npm run check:content', () => {
  it('passes on the real content', () => {
    const { status, out } = run('check-content.ts', [], contentDir);
    expect(status, out).toBe(0);
    expect(out).toContain('Treść jest w porządku');
  });

  it('fails with one line per problem on broken content', () => {
    const content = freshContent('check');
    cpSync(join(projectRoot, 'tests/fixtures/bad-content/unknown-network'), content, { recursive: true });
    const { status, out } = run('check-content.ts', [], content);
    expect(status).toBe(1);
    expect(out).toMatch(/błąd: .*events\/en\/empathic-cities-forum-2023\.mdx:18 — networks\.1: nie ma sieci „icorm”/);
  });
});

describe('npm run i18n:status', () => {
  it('lists a page without its translation and no missing UI strings', () => {
    const content = freshContent('i18n');
    rmSync(join(content, 'networks/en/icorn.mdx'));
    const { status, out } = run('i18n-status.ts', [], content);
    expect(status, out).toBe(0);
    expect(out).toMatch(/Strony bez tłumaczenia \(1\):\n.*networks\/pl\/icorn\.mdx — brak wersji en/);
    expect(out).toContain('Teksty interfejsu bez tłumaczenia (0):');
  });
});

describe('last updated from git history', () => {
  it('is the date of the file’s last commit', () => {
    const expected = spawnSync('git', ['log', '-1', '--format=%cs', '--', 'README.md'], { cwd: projectRoot, encoding: 'utf8' }).stdout.trim();
    expect(expected).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(gitLastModified('README.md')).toBe(expected);
    expect(gitLastModified('content/does-not-exist.mdx')).toBeUndefined();
  });
});
