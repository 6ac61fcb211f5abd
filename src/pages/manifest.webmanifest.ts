import type { APIRoute } from 'astro';
import { defaultLocale, localeInfo, useTranslations } from '../i18n';
import { homePath } from '../lib/site/index.ts';
import { tokenValue } from '../styles/token-values.ts';

/**
 * The web app manifest, in the default language, with its names from the UI
 * strings and its colours from the design tokens.
 */
export const GET: APIRoute = () => {
  const t = useTranslations(defaultLocale);
  const manifest = {
    name: t('site.name'),
    short_name: t('site.shortName'),
    description: t('site.description'),
    lang: defaultLocale,
    dir: localeInfo(defaultLocale).dir,
    start_url: homePath(defaultLocale),
    scope: '/',
    display: 'browser',
    background_color: tokenValue('bg'),
    theme_color: tokenValue('brand'),
    icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
};
