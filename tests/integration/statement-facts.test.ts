import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  });
});
