import type { AstroIntegration } from 'astro';

/**
 * Drafts (`draft: true`) show only in the dev server, marked as drafts, and never
 * in a build. Decided by Astro's command, not by NODE_ENV or DEV, which a stray
 * environment variable could flip. src/data/site.ts reads the switch.
 */
export function drafts(): AstroIntegration {
  return {
    name: 'drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __SHOW_DRAFTS__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
