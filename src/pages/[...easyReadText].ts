import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, pageOfEntry, type PageEntry } from '../data/site';
import { mdxToPlainText } from '../lib/content/index.ts';
import { REQUIRED_PAGES } from '../lib/site/index.ts';

/**
 * The easy-to-read page of each language as a plain text file next to it
 * (/tekst-latwy-do-czytania.txt, /en/easy-read.txt): the machine-readable text
 * the accessibility act asks for, made from the same file, so it cannot differ.
 */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.editorial
    .filter((entry) => entry.id.endsWith(`/${REQUIRED_PAGES.easyRead}`))
    .map((entry) => ({ params: { easyReadText: `${pageOfEntry(site, 'pages', entry.id).path.replace(/^\/|\/$/g, '')}.txt` }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: PageEntry }> = ({ props }) =>
  new Response(mdxToPlainText(props.entry.data.title, props.entry.body ?? ''), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
