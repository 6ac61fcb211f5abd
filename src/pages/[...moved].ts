import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, redirectsOf } from '../data/site';
import { localeInfo, uiTemplate, type Locale } from '../i18n';
import { fallbackFile, fallbackPage, type Redirect } from '../lib/hosting/index.ts';

/**
 * A page at each old address, for hosts that read neither nginx's map nor
 * _redirects: it sends the reader on and names the new page as canonical.
 * (nginx and _redirects hosts answer 301 before this file is ever served.)
 */
export const getStaticPaths = (async () => {
  const redirects = redirectsOf(await getSite());
  return redirects.flatMap((redirect) => {
    const file = fallbackFile(redirect.from);
    return file ? [{ params: { moved: file }, props: { redirect } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ redirect: Redirect & { locale: Locale } }> = ({ props, site }) => {
  const { redirect } = props;
  const words = { lang: localeInfo(redirect.locale).intl, title: uiTemplate(redirect.locale, 'moved.title'), text: uiTemplate(redirect.locale, 'moved.text') };
  return new Response(fallbackPage(redirect, new URL(redirect.to, site).href, words), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
