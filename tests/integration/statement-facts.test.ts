import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent, contentWithOverlays } from '../helpers/build';

/**
 * The accessibility statement's facts file as the office may leave it: a date
 * not given yet (null) must read as missing on the page, not stop the build
 * (it crashed in formatDay('') before).
 */
const scratch = mkdtempSync(join(tmpdir(), 'statement-facts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the accessibility statement with a date not given yet', () => {
  it('builds, and says the date is missing where checkers look for it', () => {
    const content = contentWithOverlays(scratch, []);
    const file = join(content, 'deklaracja-dostepnosci.yaml');
    const facts = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, { value: unknown; confirmed: boolean }>;
    facts['published'] = { value: null, confirmed: false };
    writeFileSync(file, yaml.dump(facts, { schema: yaml.CORE_SCHEMA }));
    const { status, output, dist } = buildContent(content, join(scratch, 'dist'));
    expect(status, output).toBe(0);
    expect(output).toMatch(/deklaracja dostępności: brak danych w polach [^—]*\bpublished\b/);
    const pl = readFileSync(join(dist, 'deklaracja-dostepnosci/index.html'), 'utf8');
    expect(pl).toMatch(/<span id="a11y-data-publikacja" class="missing"[^>]*>brak danych — do uzupełnienia przez urząd<\/span>/);
    const en = readFileSync(join(dist, 'en/accessibility-statement/index.html'), 'utf8');
    expect(en).toMatch(/<span id="a11y-data-publikacja" class="missing"[^>]*>no details yet — to be completed by the office<\/span>/);
    // No confirmed e-mail address (the real file today): no security.txt, and the build says why.
    expect(existsSync(join(dist, '.well-known/security.txt'))).toBe(false);
    expect(output).toContain('bez potwierdzonego email nie powstanie też /.well-known/security.txt');
  });
});

describe('/.well-known/security.txt (RFC 9116)', () => {
  it('is written once the office confirms its e-mail address: contact, expiry within a year, languages, canonical', () => {
    const folder = join(scratch, 'security');
    const content = contentWithOverlays(folder, []);
    const file = join(content, 'deklaracja-dostepnosci.yaml');
    const facts = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, { value: unknown; confirmed: boolean }>;
    facts['email'] = { value: 'rownosc@example.krakow.pl', confirmed: true };
    writeFileSync(file, yaml.dump(facts, { schema: yaml.CORE_SCHEMA }));
    const { status, output, dist } = buildContent(content, join(folder, 'dist'), { BUILD_TIME: '2027-03-01T12:00:00Z' });
    expect(status, output).toBe(0);
    const text = readFileSync(join(dist, '.well-known/security.txt'), 'utf8');
    expect(text.split('\n')).toEqual([
      'Contact: mailto:rownosc@example.krakow.pl',
      'Expires: 2027-08-28T12:00:00Z',
      'Preferred-Languages: pl, en',
      'Canonical: https://rownosc.krakow.pl/.well-known/security.txt',
      '',
    ]);
  });
});

describe('the office’s e-mail and phone, kept once in content/urzad.yaml', () => {
  it('appear in the accessibility statement and make security.txt when the statement gives none of its own', () => {
    const folder = join(scratch, 'office-contact');
    const content = contentWithOverlays(folder, []);
    const file = join(content, 'urzad.yaml');
    const office = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    office['email'] = { value: 'kontakt@example.krakow.pl', confirmed: true };
    office['phone'] = { value: '+48 12 000 00 00', confirmed: true };
    writeFileSync(file, yaml.dump(office, { schema: yaml.CORE_SCHEMA }));
    const { status, output, dist } = buildContent(content, join(folder, 'dist'));
    expect(status, output).toBe(0);
    const pl = readFileSync(join(dist, 'deklaracja-dostepnosci/index.html'), 'utf8');
    expect(pl).toMatch(/id="a11y-email"[^>]*>[\s\S]*?kontakt@example\.krakow\.pl/);
    expect(pl).toMatch(/id="a11y-telefon"[^>]*>[\s\S]*?\+48 12 000 00 00/);
    expect(readFileSync(join(dist, '.well-known/security.txt'), 'utf8')).toContain('Contact: mailto:kontakt@example.krakow.pl');
    expect(output).not.toMatch(/brak danych w polach [^—]*\bemail\b/);
  });
});
