import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { builtFile, copyingPages } from '../../src/integrations/search-index.ts';

/** Astro's prerenderer, reduced to what the wrapper touches: one fixed response per call. */
function renderingOf(response: () => Response): AstroPrerenderer {
  return { name: 'fake', getStaticPaths: async () => [], render: async () => response() };
}

function handedOver() {
  const pages: Array<{ file: string; text: string }> = [];
  return { pages, add: (file: string, page: Uint8Array) => pages.push({ file, text: new TextDecoder().decode(page) }) };
}

const render = (prerenderer: AstroPrerenderer, url: string) =>
  prerenderer.render(new Request(url), { routeData: {} as Parameters<AstroPrerenderer['render']>[1]['routeData'] });

describe('the pages handed to the search index while Astro renders', () => {
  const indexedPage = '<!DOCTYPE html><html lang="pl"><body><main data-pagefind-body><h1>Żółć – Łódź</h1></main></body></html>';

  it('hands over each indexed page, and Astro writes the very bytes it rendered', async () => {
    const copies = handedOver();
    const wrapped = copyingPages(renderingOf(() => new Response(indexedPage, { status: 200, headers: { 'content-type': 'text/html' } })), copies);
    const result = await render(wrapped, 'https://example.org/wspolpraca/femcities/');
    const response = result instanceof Response ? result : result.response;
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new TextEncoder().encode(indexedPage));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(copies.pages).toEqual([{ file: 'wspolpraca/femcities/index.html', text: indexedPage }]);
  });

  it('leaves pages without an indexed body and files that are not HTML to Astro alone', async () => {
    const copies = handedOver();
    const notFound = copyingPages(renderingOf(() => new Response('<html><main><h1>404</h1></main></html>', { headers: { 'content-type': 'text/html' } })), copies);
    await render(notFound, 'https://example.org/404/');
    const feed = copyingPages(renderingOf(() => new Response('<rss data-pagefind-body></rss>', { headers: { 'content-type': 'application/rss+xml' } })), copies);
    const result = await render(feed, 'https://example.org/wydarzenia/rss.xml');
    expect(await (result instanceof Response ? result : result.response).text()).toBe('<rss data-pagefind-body></rss>');
    expect(copies.pages).toEqual([]);
  });

  it('names the file Astro writes for a path, as Pagefind would read it from the built site', () => {
    expect(builtFile('/')).toBe('index.html');
    expect(builtFile('/en/events/')).toBe('en/events/index.html');
    expect(builtFile('/404')).toBe('404.html');
    expect(builtFile('/wydarzenia/%C5%82%C3%B3d%C5%BA/')).toBe('wydarzenia/łódź/index.html');
  });
});
