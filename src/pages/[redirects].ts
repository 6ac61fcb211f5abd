import type { APIRoute } from 'astro';
import { getSite, redirectsOf } from '../data/site';
import { renderNginxRedirects, renderRedirectsFile } from '../lib/hosting/index.ts';

/**
 * dist/_redirects (Netlify, Cloudflare Pages) and dist/_redirects.nginx (included
 * by deploy/nginx.conf): the entries' old addresses as permanent redirects.
 * Written even when empty: the nginx configuration includes it.
 */
export function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }, { params: { redirects: '_redirects.nginx' } }];
}

export const GET: APIRoute = async ({ params }) => {
  const redirects = redirectsOf(await getSite());
  const body = params.redirects === '_redirects.nginx' ? renderNginxRedirects(redirects) : renderRedirectsFile(redirects);
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
