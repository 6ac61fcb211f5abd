import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { distFiles } from '../../scripts/dist-files.ts';
import { astroEnv, projectRoot } from '../helpers/content';

/**
 * Two builds of the same commit produce byte-identical files. (What would
 * legitimately differ: the events index's "as of" date and the upcoming/past
 * split when two builds straddle midnight in Warsaw — not the case here.)
 */
const scratch = mkdtempSync(join(tmpdir(), 'deterministic-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fingerprint(dir: string): Map<string, string> {
  return new Map(distFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
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
