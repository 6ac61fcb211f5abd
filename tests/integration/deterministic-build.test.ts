import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { astroEnv, projectRoot } from '../helpers/content';

/**
 * Two builds of the same commit produce byte-identical files. (What would
 * legitimately differ: the events index's "as of" date and the upcoming/past
 * split when two builds straddle midnight in Warsaw — not the case here.)
 */
const scratch = mkdtempSync(join(tmpdir(), 'deterministic-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fingerprint(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

function build(name: string): Map<string, string> {
  const outDir = join(scratch, name);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { cwd: projectRoot, env: astroEnv({}), encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return fingerprint(outDir);
}

it('two builds of the same commit are byte-identical', () => {
  const first = build('first');
  const second = build('second');
  expect(first.size).toBeGreaterThan(20);
  expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
}, 180_000);
