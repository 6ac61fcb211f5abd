/*
 * Types for astro-i18next 1.0.0-beta.21. The package ships .d.ts files but its
 * package.json "exports" map hides them from TypeScript's bundler resolution,
 * so the parts this site uses are declared here (mirroring dist/types/*.d.ts).
 */
declare module 'astro-i18next' {
  import type { AstroIntegration } from 'astro';
  import type { InitOptions } from 'i18next';

  export interface AstroI18nextConfig {
    defaultLocale: string;
    locales: string[];
    namespaces?: string | string[];
    defaultNamespace?: string;
    load?: Array<'server' | 'client'>;
    resourcesBasePath?: string;
    i18nextServer?: InitOptions;
    routes?: Record<string, unknown>;
    showDefaultLocale?: boolean;
    trailingSlash?: 'always' | 'never' | 'ignore';
  }

  export function initAstroI18next(config: AstroI18nextConfig): void;
  export default function astroI18next(options?: { configPath?: string }): AstroIntegration;
}
