import { describe, expect, it } from 'vitest';
import { fallbackFile, fallbackPage, renderNginxRedirects, renderRedirectsFile } from '../../src/lib/hosting/index.ts';

const forum = { from: '/rowne_traktowanie/270649,artykul,forum_miast_empatycznych.html', to: '/wydarzenia/forum-miast-empatycznych-2023/' };

describe('old addresses', () => {
  it('nginx: an exact-match location with a 301, quoted', () => {
    expect(renderNginxRedirects([forum, { from: '/a "b"', to: '/c/' }]).split('\n').slice(1)).toEqual([
      'location = "/rowne_traktowanie/270649,artykul,forum_miast_empatycznych.html" { return 301 "/wydarzenia/forum-miast-empatycznych-2023/"; }',
      'location = "/a \\"b\\"" { return 301 "/c/"; }',
      '',
    ]);
  });

  it('_redirects: from, to, 301, with the old address URL-encoded', () => {
    expect(renderRedirectsFile([forum, { from: '/stara strona', to: '/nowa/' }])).toBe(
      '/rowne_traktowanie/270649,artykul,forum_miast_empatycznych.html /wydarzenia/forum-miast-empatycznych-2023/ 301\n/stara%20strona /nowa/ 301\n',
    );
  });

  it('a fallback page where an HTML page can live, and none for other kinds of file', () => {
    expect(fallbackFile(forum.from)).toBe('rowne_traktowanie/270649,artykul,forum_miast_empatycznych.html');
    expect(fallbackFile('/stara-strona/')).toBe('stara-strona/index.html');
    expect(fallbackFile('/stara-strona')).toBe('stara-strona/index.html');
    expect(fallbackFile('/dokument.pdf')).toBeUndefined();
  });

  it('the fallback page sends the reader on and names the new page as canonical', () => {
    const html = fallbackPage(forum, 'https://rownosc.krakow.pl/wydarzenia/forum-miast-empatycznych-2023/', {
      lang: 'pl-PL',
      title: 'Strona została przeniesiona',
      text: 'Ta strona jest teraz pod adresem {{link}}.',
    });
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/wydarzenia/forum-miast-empatycznych-2023/">');
    expect(html).toContain('<link rel="canonical" href="https://rownosc.krakow.pl/wydarzenia/forum-miast-empatycznych-2023/">');
    expect(html).toContain('<p>Ta strona jest teraz pod adresem <a href="/wydarzenia/forum-miast-empatycznych-2023/">https://rownosc.krakow.pl/wydarzenia/forum-miast-empatycznych-2023/</a>.</p>');
  });
});
