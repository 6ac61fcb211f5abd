import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent, contentWithOverlays } from '../helpers/build';
import { jsonLdBlocks } from '../helpers/html';

/**
 * The office's confirmed contact details in a real build: in every footer, in a
 * "Contact" section of the home and easy-read pages, and in the office's JSON-LD;
 * what is not confirmed appears nowhere. (The real file confirms nothing yet,
 * so tests/e2e covers the empty state: no contact block at all.)
 */
const scratch = mkdtempSync(join(tmpdir(), 'office-'));
// The first bytes of an MP4 file (its "ftyp" box) and a WebVTT caption file.
const film = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(256)]);
const captions = 'WEBVTT\n\n00:00.000 --> 00:02.000\nDzień dobry.\n';
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the office’s contact details and its sign-language film, once confirmed', () => {
  it('show in the footer, in Contact on the home and easy-read pages, and in structured data', () => {
    const content = contentWithOverlays(scratch, []);
    const file = join(content, 'urzad.yaml');
    const facts = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    Object.assign(facts, {
      unit: { value: { pl: 'Wydział Polityki Społecznej', en: 'Social Policy Department' }, confirmed: true },
      street: { value: 'ul. Przykładowa 1', confirmed: true },
      postalCode: { value: '31-000', confirmed: true },
      city: { value: 'Kraków', confirmed: true },
      email: { value: 'rownosc@example.krakow.pl', confirmed: true },
      phone: { value: '+48 12 000 00 00', confirmed: false },
      signLanguageVideo: { value: { video: 'informacja.mp4', captions: 'informacja.vtt' }, confirmed: true },
    });
    writeFileSync(file, yaml.dump(facts, { schema: yaml.CORE_SCHEMA }));
    mkdirSync(join(content, 'pjm'));
    writeFileSync(join(content, 'pjm/informacja.mp4'), film);
    writeFileSync(join(content, 'pjm/informacja.vtt'), captions);
    const { status, output, dist } = buildContent(content, join(scratch, 'dist'));
    expect(status, output).toBe(0);
    expect(output).toContain('dane urzędu: niepotwierdzone lub puste pola phone, hours');

    // Without Astro's scoping attributes, which say nothing about the content.
    const read = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8').replace(/ data-astro-cid-\w+/g, '');
    const footer = (html: string) => /<footer[\s\S]*<\/footer>/.exec(html)?.[0] ?? '';
    for (const [path, unit] of [
      ['', 'Wydział Polityki Społecznej'],
      ['en', 'Social Policy Department'],
      ['wydarzenia', 'Wydział Polityki Społecznej'],
    ] as const) {
      const html = footer(read(path));
      expect(html, path).toContain(unit);
      expect(html, path).toContain('ul. Przykładowa 1<br>31-000 Kraków');
      expect(html, path).toContain('<a href="mailto:rownosc@example.krakow.pl">rownosc@example.krakow.pl</a>');
      expect(html, path).not.toContain('000 00 00');
    }
    for (const path of ['', 'tekst-latwy-do-czytania', 'en', 'en/easy-read']) {
      expect(/<main[\s\S]*<\/main>/.exec(read(path))?.[0], path).toMatch(/<h2 id="contact-(pl|en)"[^>]*>(Kontakt|Contact)<\/h2>/);
    }
    const graph = JSON.parse(jsonLdBlocks(read('en'))[0]!)['@graph'] as Array<Record<string, unknown>>;
    expect(graph.find((n) => n['@type'] === 'GovernmentOrganization')).toMatchObject({
      email: 'rownosc@example.krakow.pl',
      address: { '@type': 'PostalAddress', streetAddress: 'ul. Przykładowa 1', postalCode: '31-000', addressLocality: 'Kraków', addressCountry: 'PL' },
    });
    expect(JSON.stringify(graph)).not.toContain('telephone');

    // The Polish Sign Language film: a section of both easy-read pages, linked from every footer, published as given.
    expect(output).not.toContain('polskim języku migowym');
    for (const [path, heading, captionsLabel] of [
      ['tekst-latwy-do-czytania', 'Informacja w polskim języku migowym (PJM)', 'Polski'],
      ['en/easy-read', 'Information in Polish Sign Language (PJM)', 'Polish'],
    ] as const) {
      const html = read(path);
      expect(html, path).toContain(`<h2 id="pjm-heading">${heading}</h2>`);
      expect(html, path).toContain('<source src="/pjm/informacja.mp4" type="video/mp4">');
      expect(html, path).toContain(`<track kind="captions" srclang="pl" label="${captionsLabel}" src="/pjm/informacja.vtt" default>`);
    }
    expect(footer(read('en/events'))).toContain('<a href="/en/easy-read/#pjm">Polish Sign Language (PJM)</a>');
    expect(footer(read(''))).toContain('<a href="/tekst-latwy-do-czytania/#pjm">Polski język migowy (PJM)</a>');
    expect(readFileSync(join(dist, 'pjm/informacja.mp4')).equals(film)).toBe(true);
    expect(readFileSync(join(dist, 'pjm/informacja.vtt'), 'utf8')).toBe(captions);
    // The statement names the missing film only while it is missing.
    expect(read('deklaracja-dostepnosci')).not.toContain('polskim języku migowym');
  });
});
