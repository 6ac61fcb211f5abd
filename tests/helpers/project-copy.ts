import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './content';

/**
 * A copy of the project in `folder`, for tests that change source files or run
 * `astro dev`: Astro keeps state in the project's `.astro/` and
 * `node_modules/.astro`, `.vite`, and two Astro processes sharing them trip
 * over each other (a dev server answering 500 because another process rewrote
 * `.astro/content-modules.mjs`). Packages are linked one by one, so those
 * caches are the copy's own.
 */
const copied = ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export function copyProject(folder: string): void {
  for (const entry of copied) cpSync(join(projectRoot, entry), join(folder, entry), { recursive: true });
  const modules = join(folder, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(projectRoot, 'node_modules', name), join(modules, name), 'dir');
  }
}
