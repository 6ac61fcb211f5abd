import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site';
import { localeCodes } from '../../i18n/locales.ts';
import { contentRoot, readStatementFacts } from '../../lib/content/index.ts';
import { securityTxt } from '../../lib/seo/index.ts';

/**
 * /.well-known/security.txt, only once the office's e-mail address is confirmed
 * in content/deklaracja-dostepnosci.yaml: an unconfirmed contact would send
 * reports nowhere. (A parameter route, so the file can be left out.)
 */
export const getStaticPaths = (() => {
  const { email } = readStatementFacts(contentRoot);
  return email.value && email.confirmed ? [{ params: { file: 'security.txt' }, props: { email: email.value } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ email: string }> = async ({ props, site }) => {
  const { builtAt } = await getSite();
  return new Response(securityTxt({ email: props.email, site: site!, builtAt, languages: localeCodes }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
