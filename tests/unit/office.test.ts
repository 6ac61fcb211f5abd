import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOffice, OFFICE_FILE, officeContact } from '../../src/lib/content/index.ts';
import { contentDir } from '../helpers/content';

const folder = mkdtempSync(join(tmpdir(), 'office-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function officeWith(changes: Record<string, { value: unknown; confirmed: boolean }>): string {
  const facts = yaml.load(readFileSync(join(contentDir, OFFICE_FILE), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
  writeFileSync(join(folder, OFFICE_FILE), yaml.dump({ ...facts, ...changes }, { schema: yaml.CORE_SCHEMA }));
  return folder;
}

describe('the office’s contact details (content/urzad.yaml)', () => {
  it('today: nothing shown, one warning naming every field', () => {
    expect(officeContact(contentDir, 'pl')).toEqual({});
    expect(checkOffice(contentDir, 'content').map((p) => `${p.severity}: ${p.message}`)).toEqual([
      'warning: dane urzędu: niepotwierdzone lub puste pola unit, street, postalCode, city, email, phone, hours (serwis ich nie pokazuje)',
    ]);
  });

  it('shows a field once it is confirmed, in the reader’s language, and never an unconfirmed one', () => {
    const dir = officeWith({
      unit: { value: { pl: 'Wydział Polityki Społecznej', en: 'Social Policy Department' }, confirmed: true },
      email: { value: 'rownosc@example.krakow.pl', confirmed: true },
      phone: { value: '+48 12 000 00 00', confirmed: false },
    });
    expect(officeContact(dir, 'en')).toEqual({ unit: 'Social Policy Department', email: 'rownosc@example.krakow.pl' });
    expect(checkOffice(dir, 'content')[0]?.message).toBe('dane urzędu: niepotwierdzone lub puste pola street, postalCode, city, phone, hours (serwis ich nie pokazuje)');
  });

  it('a value that cannot be right stops the check', () => {
    const dir = officeWith({ email: { value: 'rownosc(at)krakow.pl', confirmed: true } });
    expect(checkOffice(dir, 'content')).toEqual([expect.objectContaining({ severity: 'error', field: 'email.value', message: 'nieprawidłowy adres e-mail' })]);
  });
});
