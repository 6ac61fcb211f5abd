import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collections } from '../../src/content.config';

/** The schemas as Astro applies them; `image()` stands in as a plain path. */
function schemaOf(name: keyof typeof collections): z.ZodType {
  const schema = collections[name].schema;
  return (typeof schema === 'function' ? schema({ image: () => z.string() } as never) : schema) as z.ZodType;
}

const issues = (name: keyof typeof collections, data: unknown) => {
  const result = schemaOf(name).safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

const network = {
  title: 'ICORN',
  summary: 'Sieć miast schronienia.',
  updated: new Date('2026-11-20'),
  slug: 'icorn',
  joined: { date: '2011-05-25', basis: 'Uchwała nr XVI/171/11 Rady Miasta Krakowa z dnia 25 maja 2011 r.' },
  website: 'https://www.icorn.org/',
  memberCities: { count: 60, moreThan: true },
};

const event = {
  title: 'Forum',
  summary: 'Konferencja.',
  updated: new Date('2026-11-20'),
  slug: 'forum-2023',
  start: new Date('2023-05-15'),
  end: new Date('2023-05-16'),
  venue: { name: 'Muzeum Krakowa', room: 'Sala Miedziana', street: 'Rynek Główny 35', city: 'Kraków' },
  languages: ['pl', 'en'],
  interpretation: true,
  agendaUrl: 'https://rownosc.krakow.pl/rowne_traktowanie/270649,artykul,forum_miast_empatycznych.html',
  announced: new Date('2023-04-26'),
  networks: ['icorn'],
};

describe('networks schema', () => {
  it('accepts a complete network and fills defaults', () => {
    const parsed = schemaOf('networks').parse(network) as { draft: boolean; order: number };
    expect(parsed.draft).toBe(false);
    expect(parsed.order).toBe(100);
  });

  it.each([
    ['title', { ...network, title: undefined }, 'brak tytułu'],
    ['summary', { ...network, summary: 'x'.repeat(161) }, '160 znaków'],
    ['slug', { ...network, slug: 'Współpraca' }, 'małe litery'],
    ['joined.date', { ...network, joined: { ...network.joined, date: '25.05.2011' } }, 'joined.date'],
    ['website', { ...network, website: 'www.icorn.org' }, 'https://'],
    ['website', { ...network, website: 'htp://www.icorn.org/' }, 'https://'],
    ['website', { ...network, website: 'javascript:alert(1)' }, 'https://'],
    ['website', { ...network, website: 'https://icorn' }, 'https://'],
    ['image.alt', { ...network, image: { src: './x.png' } }, 'tekstu alternatywnego'],
    ['image.alt', { ...network, image: { src: './x.png', alt: ' ' } }, 'tekstu alternatywnego'],
    ['updated', { ...network, updated: 'wczoraj' }, 'RRRR-MM-DD'],
  ])('rejects a bad %s with a message saying how to fix it', (path, data, message) => {
    expect(issues('networks', data)).toContainEqual({ path, message: expect.stringContaining(message) });
  });
});

describe('events schema', () => {
  it('accepts an all-day, multi-day event in Europe/Warsaw by default', () => {
    expect(schemaOf('events').parse(event)).toMatchObject({ timeZone: 'Europe/Warsaw', draft: false });
  });

  it('accepts a timed event', () => {
    expect(issues('events', { ...event, end: undefined, startTime: '10:00', endTime: '16:30' })).toEqual([]);
  });

  it.each([
    ['end', { ...event, end: new Date('2023-05-14') }, 'wcześniej'],
    ['timeZone', { ...event, timeZone: 'Europe/Cracow' }, 'strefa czasowa'],
    ['startTime', { ...event, startTime: '9.30', endTime: '10:00' }, 'GG:MM'],
    ['venue.city', { ...event, venue: { ...event.venue, city: undefined } }, 'venue.city: podaj miasto'],
    ['languages', { ...event, languages: [] }, 'co najmniej jeden język'],
    ['languages.0', { ...event, languages: ['Polski'] }, 'kody języków małymi literami'],
  ])('rejects a bad %s with a message saying how to fix it', (path, data, message) => {
    expect(issues('events', data)).toContainEqual({ path, message: expect.stringContaining(message) });
  });
});

describe('an event’s life: states the fields cannot be in together', () => {
  const upcoming = { ...event, start: new Date('2027-06-10'), end: new Date('2027-06-11'), announced: new Date('2027-04-01') };

  it('accepts every status written fully, and an online event without a venue', () => {
    expect(issues('events', { ...upcoming, status: 'cancelled', statusNote: 'Odwołane z powodu choroby.' })).toEqual([]);
    expect(issues('events', { ...upcoming, status: 'postponed', statusNote: 'Nowy termin podamy.' })).toEqual([]);
    expect(issues('events', { ...upcoming, status: 'rescheduled', statusNote: 'Nowy termin.', previousStart: new Date('2027-06-01') })).toEqual([]);
    expect(issues('events', { ...upcoming, venue: undefined, attendance: 'online', status: 'movedOnline', statusNote: 'Tylko online.' })).toEqual([]);
    expect(
      issues('events', {
        ...upcoming,
        attendance: 'hybrid',
        onlineUrl: 'https://example.org/live',
        onlineUrlFrom: new Date('2027-06-09'),
        registration: { url: 'https://example.org/r', opens: new Date('2027-05-01'), closes: new Date('2027-06-11'), price: 20, capacity: '30 miejsc' },
        accessibility: ['stepFree', 'signLanguage'],
        assistance: { contact: 'rownosc@example.org', by: new Date('2027-06-10') },
        series: { name: 'forum', title: 'Forum', slug: 'forum' },
        programme: [
          { day: new Date('2027-06-10'), start: '10:00', end: '11:00', title: 'Otwarcie', language: 'en', speakers: [{ name: 'Anna Nowak', role: 'dyrektorka' }] },
          { day: new Date('2027-06-11'), start: '09:00', end: '17:00', title: 'Warsztaty' },
        ],
        materials: [
          { type: 'report', title: 'Raport', url: 'https://example.org/r.pdf', format: 'PDF', size: '2,4 MB' },
          { type: 'recording', title: 'Nagranie', url: 'https://example.org/v', captions: true },
          { type: 'photo', title: 'Sala', image: './sala.jpg', alt: 'Sala pełna ludzi' },
        ],
      }),
    ).toEqual([]);
  });

  it.each([
    ['status', { ...upcoming, status: 'cancelled' }, 'wymaga wyjaśnienia dla czytelników'],
    ['statusNote', { ...upcoming, statusNote: 'Bez zmian.' }, 'pokazuje się tylko przy zmianie statusu'],
    ['status', { ...upcoming, status: 'rescheduled', statusNote: 'Nowy termin.' }, 'podaj dawny pierwszy dzień'],
    ['previousStart', { ...upcoming, status: 'rescheduled', statusNote: 'Nowy termin.', previousStart: new Date('2027-06-10') }, 'taki sam jak nowy'],
    ['previousStart', { ...upcoming, previousStart: new Date('2027-06-01') }, 'wpisz status: rescheduled'],
    ['previousStartTime', { ...upcoming, status: 'rescheduled', statusNote: 'x', previousStart: new Date('2027-06-01'), previousStartTime: '10:00' }, 'całodniowe nie ma godziny'],
    ['attendance', { ...upcoming, status: 'movedOnline', statusNote: 'Online.' }, 'wpisz attendance: online'],
    ['venue', { ...upcoming, venue: undefined }, 'albo wpisz attendance: online'],
    ['onlineUrl', { ...upcoming, onlineUrl: 'https://example.org/live' }, 'tylko na miejscu'],
    ['onlineUrlFrom', { ...upcoming, attendance: 'online', onlineUrlFrom: new Date('2027-06-09') }, 'brak onlineUrl'],
    ['onlineUrlFrom', { ...upcoming, attendance: 'online', onlineUrl: 'https://example.org/l', onlineUrlFrom: new Date('2027-06-12') }, 'po wydarzeniu'],
    ['registration.closes', { ...upcoming, registration: { url: 'https://example.org/r', closes: new Date('2027-06-12') } }, 'rejestracja kończyłaby się po wydarzeniu'],
    ['registration.opens', { ...upcoming, registration: { url: 'https://example.org/r', opens: new Date('2027-06-05'), closes: new Date('2027-06-01') } }, 'po jej zamknięciu'],
    ['registration.price', { ...upcoming, registration: { url: 'https://example.org/r', price: -5 } }, ''],
    ['registration.url', { ...upcoming, registration: { url: 'rejestracja.pl' } }, 'https://'],
    ['accessibility.0', { ...upcoming, accessibility: ['ramp'] }, 'stepFree, accessibleToilet'],
    ['assistance.by', { ...upcoming, assistance: { contact: 'rownosc@example.org', by: new Date('2027-06-11') } }, 'po początku wydarzenia'],
    ['status', { ...upcoming, status: 'canceled' }, 'cancelled, postponed'],
    ['kind', { ...upcoming, kind: 'konferencja' }, 'conference, workshop'],
    ['programme.0.day', { ...upcoming, programme: [{ start: '10:00', end: '11:00', title: 'Otwarcie' }] }, 'wydarzenie trwa kilka dni'],
    ['programme.0.day', { ...upcoming, programme: [{ day: new Date('2027-06-12'), start: '10:00', end: '11:00', title: 'x' }] }, 'poza dniami wydarzenia'],
    ['programme.0.end', { ...upcoming, programme: [{ day: new Date('2027-06-10'), start: '11:00', end: '10:00', title: 'x' }] }, 'kończy się, zanim się zacznie'],
    ['programme.0.start', { ...upcoming, end: undefined, startTime: '10:00', endTime: '14:00', programme: [{ start: '09:00', end: '10:30', title: 'x' }] }, 'przed początkiem wydarzenia (10:00)'],
    ['programme.0.end', { ...upcoming, end: undefined, startTime: '10:00', endTime: '14:00', programme: [{ start: '13:00', end: '14:30', title: 'x' }] }, 'po końcu wydarzenia (14:00)'],
    ['programme.0.language', { ...upcoming, programme: [{ day: new Date('2027-06-10'), start: '10:00', end: '11:00', title: 'x', language: 'de' }] }, 'nie jest wśród języków wydarzenia'],
    ['programme.0.speakers.0.name', { ...upcoming, programme: [{ day: new Date('2027-06-10'), start: '10:00', end: '11:00', title: 'x', speakers: [{ role: 'x' }] }] }, 'imię i nazwisko'],
    ['materials.0.captions', { ...upcoming, materials: [{ type: 'recording', title: 'Nagranie', url: 'https://example.org/v' }] }, 'nagranie musi mieć napisy'],
    ['materials.0.format', { ...upcoming, materials: [{ type: 'report', title: 'Raport', url: 'https://example.org/r.pdf' }] }, 'format i rozmiar'],
    ['materials.0.size', { ...upcoming, materials: [{ type: 'document', title: 'Dok', url: 'https://example.org/d.pdf', format: 'PDF', size: 'duży' }] }, '"2,4 MB"'],
    ['materials.0.alt', { ...upcoming, materials: [{ type: 'photo', title: 'Sala', image: './sala.jpg' }] }, 'opisu dla osób, które go nie widzą'],
    ['materials.0.image', { ...upcoming, materials: [{ type: 'photo', title: 'Sala', alt: 'Sala' }] }, 'zdjęcie wymaga pliku'],
    ['materials.0.url', { ...upcoming, materials: [{ type: 'report', title: 'Raport', format: 'PDF', size: '1 MB' }] }, 'podaj adres materiału'],
    ['series.name', { ...upcoming, series: { name: 'Forum Miast', title: 'Forum', slug: 'forum' } }, 'małe litery'],
  ])('rejects %s in an impossible state, saying how to fix it', (path, data, message) => {
    expect(issues('events', data)).toContainEqual({ path, message: expect.stringContaining(message) });
  });
});

describe('pages schema', () => {
  it('makes slug optional (home and the overview have fixed places)', () => {
    expect(issues('pages', { title: 'Start', summary: 'Opis.', updated: new Date('2026-11-20') })).toEqual([]);
  });
});
