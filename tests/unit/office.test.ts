import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOffice, OFFICE_FILE, officeContact, signLanguageVideo } from '../../src/lib/content/index.ts';
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
      'warning: brak nagrania w polskim języku migowym (PJM) o działalności urzędu (ustawa o zapewnianiu dostępności, art. 6 pkt 3); deklaracja dostępności wymienia ten brak',
    ]);
    expect(signLanguageVideo(contentDir)).toBeUndefined();
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

describe('the film in Polish Sign Language (signLanguageVideo)', () => {
  // The first bytes of an MP4 file (an "ftyp" box), and a WebVTT file.
  const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(64)]);
  const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\nDzień dobry.\n';
  const files = (entries: Record<string, string | Buffer>) => {
    rmSync(join(folder, 'pjm'), { recursive: true, force: true });
    mkdirSync(join(folder, 'pjm'));
    for (const [name, data] of Object.entries(entries)) writeFileSync(join(folder, 'pjm', name), data);
  };
  const named = (confirmed: boolean) => officeWith({ signLanguageVideo: { value: { video: 'informacja.mp4', captions: 'informacja.vtt' }, confirmed } });
  const lines = (dir: string) => checkOffice(dir, 'content').filter((p) => p.field?.startsWith('signLanguageVideo')).map((p) => `${p.severity}: ${p.message}`);

  it('is shown once its files are there and the office confirms it, and not before', () => {
    files({ 'informacja.mp4': mp4, 'informacja.vtt': vtt });
    expect(signLanguageVideo(named(false))).toBeUndefined();
    expect(lines(folder)).toEqual(['warning: nagranie w polskim języku migowym czeka na potwierdzenie (strona go nie pokazuje)']);
    expect(signLanguageVideo(named(true))).toEqual({ video: '/pjm/informacja.mp4', captions: '/pjm/informacja.vtt', type: 'video/mp4', bytes: mp4.length });
    expect(lines(folder)).toEqual([]);
  });

  it('a missing file, a film that is not a film, captions that are not WebVTT: errors, and nothing shown', () => {
    files({ 'informacja.mp4': Buffer.from('to nie jest film') });
    const dir = named(true);
    expect(lines(dir)).toEqual(['error: plik informacja.mp4 nie jest filmem MP4', 'error: nie ma pliku napisów content/pjm/informacja.vtt']);
    expect(signLanguageVideo(dir)).toBeUndefined();
    files({ 'informacja.mp4': mp4, 'informacja.vtt': '1\n00:00:00,000 --> 00:00:02,000\nNapisy SRT.\n' });
    expect(lines(dir)).toEqual(['error: plik informacja.vtt nie jest plikiem napisów WebVTT (musi zaczynać się od słowa WEBVTT)']);
  });

  it('a file name with a folder, spaces or capitals is refused before anything is read', () => {
    const dir = officeWith({ signLanguageVideo: { value: { video: 'Film PJM.MP4', captions: 'informacja.srt' }, confirmed: true } });
    expect(checkOffice(dir, 'content').map((p) => p.field)).toEqual(['signLanguageVideo.value.video', 'signLanguageVideo.value.captions']);
  });
});
