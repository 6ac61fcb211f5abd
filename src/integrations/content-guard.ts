import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../lib/content/index.ts';
import { contentRoot } from '../lib/content/index.ts';

/**
 * Runs the content checks (the same as `npm run check:content`) before Astro
 * reads the content. In a build any error stops it: a broken page must never
 * reach residents. In the dev server errors are printed and the server keeps
 * running, so the editor can fix them and see the page again.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Drafts count as pages only in the dev server (see ./drafts.ts).
        const projectRoot = fileURLToPath(config.root);
        const problems = checkContent(resolve(projectRoot, contentRoot), projectRoot, { includeDrafts: command === 'dev' });
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
