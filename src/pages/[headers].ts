import type { APIRoute } from 'astro';
import { renderHeadersFile } from '../lib/hosting/index.ts';

/**
 * dist/_headers for hosts that read that format, from the same policy table as
 * deploy/nginx.conf (src/lib/hosting/). A file whose name starts with "_" is
 * not a route in Astro, hence the parameter.
 */
export function getStaticPaths() {
  return [{ params: { headers: '_headers' } }];
}

export const GET: APIRoute = () => new Response(renderHeadersFile(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
