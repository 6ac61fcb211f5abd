import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent, contentRoot, formatProblem, type Problem } from '../lib/content/index.ts';
import { contentErrorPage } from './content-error-page.ts';

/**
 * Runs the content checks (the same as `npm run check:content`) before Astro
 * reads the content.
 *
 * In a build any error stops it — a broken page must never reach residents —
 * with the list of problems and nothing else: throwing from the hook would wrap
 * the list in Astro's "unhandled error" and a stack trace, noise to an editor.
 *
 * In the dev server the check runs again whenever a file under content/ changes;
 * while there are errors every page the browser asks for is the list of them
 * (src/integrations/content-error-page.ts), and the pages come back as soon as
 * the file is fixed.
 */
export function contentGuard(): AstroIntegration {
  let root = '';
  let projectRoot = '';
  let errors: Problem[] = [];

  // Warnings are printed once, at start: on every save they would bury the errors.
  const check = (includeDrafts: boolean, logger: AstroIntegrationLogger, warn: boolean) => {
    const problems = checkContent(root, projectRoot, { includeDrafts });
    if (warn) for (const warning of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
    errors = problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) logger.error(`Błędy w treści (${errors.length}) — popraw je:\n${errors.map(formatProblem).join('\n')}`);
  };

  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        projectRoot = fileURLToPath(config.root);
        root = resolve(projectRoot, contentRoot);
        // Drafts count as pages only in the dev server (see ./drafts.ts).
        check(command === 'dev', logger, true);
        if (errors.length > 0 && command === 'build') {
          logger.error('Serwis nie został zbudowany: popraw błędy wypisane wyżej i uruchom budowanie ponownie.');
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(root);
        server.watcher.on('all', (_event, file) => {
          if (!resolve(file).startsWith(root + sep)) return;
          const before = errors.length;
          check(true, logger, false);
          if (before > 0 && errors.length === 0) logger.info('Treść jest znów w porządku: podgląd pokazuje strony.');
        });
        server.middlewares.use((request, response, next) => {
          // Only pages the browser navigates to; scripts and styles of Vite pass.
          if (errors.length === 0 || !request.headers.accept?.includes('text/html')) return next();
          response.statusCode = 500;
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.setHeader('cache-control', 'no-store');
          response.end(contentErrorPage(errors));
        });
      },
    },
  };
}
