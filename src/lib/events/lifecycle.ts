import { z } from 'astro/zod';
import { eventKindKeys, type EventKind } from '../../i18n/locales.ts';
import { calendarDay, clockTime, webAddress } from './field-types.ts';
import { calendarDate, eventSpan, momentKey, type EventTimingInput } from './timing.ts';

/**
 * An event's life after it is announced: what kind of event it is, whether it
 * is still on (status), how people take part (attendance), how they sign up
 * (registration) and what the venue offers disabled people (accessibility).
 * The field schemas are here, beside the rules that tie them together, so the
 * content schema (src/lib/content/schemas.ts) only lists them.
 *
 * Every message is in Polish: editors meet them.
 */

/** The kinds of event: the list lives with the languages, which give each kind's list its address. */
export const EVENT_KINDS = eventKindKeys;
export type { EventKind };

/**
 * The status names follow schema.org's EventStatusType: scheduled (on as
 * planned), cancelled, postponed (a new date is not known yet), rescheduled (a
 * new date: `start` holds it, `previousStart` the old one), movedOnline.
 */
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'movedOnline'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ATTENDANCE_MODES = ['inPerson', 'online', 'hybrid'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/** What the office can state about access, in the order the page lists it. */
export const ACCESSIBILITY_FEATURES = ['stepFree', 'accessibleToilet', 'inductionLoop', 'signLanguage', 'liveCaptions', 'quietRoom'] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

const listed = (values: readonly string[]) => values.join(', ');
export const eventLifecycleFields = {
  kind: z.enum(EVENT_KINDS, { error: `kind: wpisz rodzaj wydarzenia, jeden z: ${listed(EVENT_KINDS)}` }).default('other'),
  status: z.enum(EVENT_STATUSES, { error: `status: wpisz jeden z: ${listed(EVENT_STATUSES)}` }).default('scheduled'),
  statusNote: z.string().trim().min(1, { error: 'statusNote: napisz jednym–dwoma zdaniami, co się zmieniło' }).optional(),
  previousStart: calendarDay('previousStart').optional(),
  previousStartTime: clockTime('previousStartTime').optional(),
  attendance: z.enum(ATTENDANCE_MODES, { error: `attendance: wpisz jeden z: ${listed(ATTENDANCE_MODES)}` }).default('inPerson'),
  onlineUrl: webAddress('onlineUrl').optional(),
  onlineUrlFrom: calendarDay('onlineUrlFrom').optional(),
  registration: z
    .object({
      url: webAddress('registration.url'),
      opens: calendarDay('registration.opens').optional(),
      closes: calendarDay('registration.closes').optional(),
      price: z.number({ error: 'registration.price: wpisz cenę w złotych jako liczbę, np. 50; 0 znaczy bezpłatnie' }).nonnegative().default(0),
      capacity: z.string().trim().min(1).optional(),
    })
    .optional(),
  accessibility: z
    .array(z.enum(ACCESSIBILITY_FEATURES, { error: `accessibility: wpisz z listy: ${listed(ACCESSIBILITY_FEATURES)}` }))
    .default([]),
  series: z
    .object({
      name: z.string({ error: 'series.name: podaj nazwę cyklu małymi literami, np. forum-miast-empatycznych' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'series.name: nazwa cyklu to małe litery a–z, cyfry i łączniki, np. forum-miast-empatycznych (ta sama w obu językach)',
      }),
      title: z.string({ error: 'series.title: podaj nazwę cyklu dla czytelników' }).trim().min(1, { error: 'series.title: podaj nazwę cyklu dla czytelników' }),
      slug: z.string({ error: 'series.slug: podaj adres strony cyklu, np. forum-miast-empatycznych' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'series.slug: adres strony cyklu to małe litery a–z bez polskich znaków, cyfry i łączniki',
      }),
    })
    .optional(),
  assistance: z
    .object({
      contact: z.string().trim().min(3, { error: 'assistance.contact: podaj adres e-mail lub telefon, pod którym można zgłosić potrzebę' }),
      by: calendarDay('assistance.by').optional(),
    })
    .optional(),
};

export interface EventLifecycleInput extends EventTimingInput {
  status: EventStatus;
  statusNote?: string | undefined;
  previousStart?: Date | undefined;
  previousStartTime?: string | undefined;
  attendance: AttendanceMode;
  onlineUrl?: string | undefined;
  onlineUrlFrom?: Date | undefined;
  venue?: unknown;
  registration?: { url: string; opens?: Date | undefined; closes?: Date | undefined; price: number; capacity?: string | undefined } | undefined;
  assistance?: { contact: string; by?: Date | undefined } | undefined;
}

type Problem = [path: string, message: string];

/**
 * States the fields cannot be in together, as [field path, message] pairs:
 * each would show residents something untrue or leave a calendar app unable
 * to tell what changed.
 */
export function lifecycleProblems(input: EventLifecycleInput): Problem[] {
  const problems: Problem[] = [];
  const span = eventSpan(input);
  const last = span.end.date;
  const dateOf = (value: Date | undefined) => (value ? calendarDate(value) : undefined);

  if (input.status !== 'scheduled' && !input.statusNote) {
    // Told on the status line: the note is what is missing, and has no line yet.
    problems.push(['status', `status ${input.status} wymaga wyjaśnienia dla czytelników: dodaj statusNote: "…" (co się zmieniło i co mają zrobić)`]);
  }
  if (input.status === 'scheduled' && input.statusNote) {
    problems.push(['statusNote', 'statusNote pokazuje się tylko przy zmianie statusu: usuń je albo wpisz status (cancelled, postponed, rescheduled, movedOnline)']);
  }
  if (input.status === 'rescheduled' && !input.previousStart) {
    problems.push(['status', 'przy status: rescheduled podaj dawny pierwszy dzień: previousStart: RRRR-MM-DD (nowy wpisz w start)']);
  }
  if (input.status !== 'rescheduled' && (input.previousStart || input.previousStartTime)) {
    problems.push([input.previousStart ? 'previousStart' : 'previousStartTime', 'previousStart dotyczy tylko wydarzeń przeniesionych na inny termin: wpisz status: rescheduled albo usuń to pole']);
  }
  if (input.previousStartTime && !input.startTime) {
    problems.push(['previousStartTime', 'wydarzenie całodniowe nie ma godziny: usuń previousStartTime albo dodaj startTime i endTime']);
  }
  if (input.status === 'rescheduled' && input.previousStart) {
    const previous = momentKey({ date: calendarDate(input.previousStart), ...(input.previousStartTime ? { time: input.previousStartTime } : {}) });
    if (previous === momentKey(span.start)) problems.push(['previousStart', 'dawny termin jest taki sam jak nowy: w start wpisz nowy pierwszy dzień']);
  }
  if (input.status === 'movedOnline' && input.attendance !== 'online') {
    problems.push(['attendance', 'wydarzenie przeniesione do internetu (status: movedOnline) odbywa się online: wpisz attendance: online']);
  }
  if (input.attendance !== 'online' && input.venue === undefined) {
    problems.push(['venue', 'brak pola venue: podaj miejsce wydarzenia (name, street, city) albo wpisz attendance: online']);
  }
  if (input.attendance === 'inPerson' && input.onlineUrl) {
    problems.push(['onlineUrl', 'link online przy wydarzeniu tylko na miejscu: wpisz attendance: hybrid albo online, albo usuń onlineUrl']);
  }
  if (input.onlineUrlFrom && !input.onlineUrl) {
    problems.push(['onlineUrlFrom', 'onlineUrlFrom mówi, od kiedy pokazać link, ale brak onlineUrl: dodaj link albo usuń to pole']);
  }
  const shownFrom = dateOf(input.onlineUrlFrom);
  if (shownFrom && shownFrom > last) problems.push(['onlineUrlFrom', 'link pojawiłby się dopiero po wydarzeniu: wpisz datę nie późniejszą niż ostatni dzień']);

  const registration = input.registration;
  if (registration) {
    const [opens, closes] = [dateOf(registration.opens), dateOf(registration.closes)];
    if (closes && closes > last) problems.push(['registration.closes', 'rejestracja kończyłaby się po wydarzeniu: wpisz datę nie późniejszą niż ostatni dzień']);
    if (opens && closes && opens > closes) problems.push(['registration.opens', 'rejestracja otwierałaby się po jej zamknięciu: popraw opens albo closes']);
    if (opens && opens > last) problems.push(['registration.opens', 'rejestracja otwierałaby się po wydarzeniu: popraw datę']);
  }
  const by = dateOf(input.assistance?.by);
  if (by && by > span.start.date) problems.push(['assistance.by', 'termin zgłaszania potrzeb mija po początku wydarzenia: wpisz datę nie późniejszą niż pierwszy dzień']);
  return problems;
}
