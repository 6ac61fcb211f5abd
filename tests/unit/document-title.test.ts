import { describe, expect, it } from 'vitest';
import { documentTitle, TITLE_MAX } from '../../src/lib/seo/index.ts';

const site = { name: 'Kraków – Równe Traktowanie', shortName: 'Równe Traktowanie' };

describe('a page’s <title>', () => {
  it('names the page, then the site when it fits', () => {
    expect(documentTitle('Wydarzenia', site, false)).toBe('Wydarzenia – Kraków – Równe Traktowanie');
  });

  it('takes the short name, or none, rather than pass 70 characters', () => {
    expect(documentTitle('Międzynarodowe Forum Miast Empatycznych 2023', site, false)).toBe(
      'Międzynarodowe Forum Miast Empatycznych 2023 – Równe Traktowanie',
    );
    const long = 'ICORN – Międzynarodowa Sieć Miast Pisarzy Uchodźców i Uchodźczyń';
    expect(documentTitle(long, site, false)).toBe(long);
    for (const title of ['A', 'x'.repeat(40), 'x'.repeat(52)]) expect(documentTitle(title, site, false).length).toBeLessThanOrEqual(TITLE_MAX);
  });

  it('on the home page is the page’s own title (it already names the city)', () => {
    expect(documentTitle('Prawa człowieka i równe traktowanie w Krakowie', site, true)).toBe('Prawa człowieka i równe traktowanie w Krakowie');
  });
});
