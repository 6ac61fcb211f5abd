import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../lib/content-guard';
import { contentRoot } from '../lib/content-root';

/**
 * Runs the content checks before Astro reads the content. In a build any error
 * stops it (a broken page must never reach residents); in the dev server errors
 * are printed and the server keeps running so the editor can fix them live.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const projectRoot = fileURLToPath(config.root);
        const problems = checkContent(resolve(projectRoot, contentRoot), projectRoot);
        const errors = problems.filter((p) => p.severity === 'error');
        for (const warning of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
        if (errors.length === 0) return;
        const report = errors.map(formatProblem).join('\n');
        if (command === 'dev') {
          logger.error(`Błędy w treści:\n${report}`);
          return;
        }
        throw new Error(`Błędy w treści (${errors.length}) — popraw je i uruchom ponownie:\n${report}`);
      },
    },
  };
}
