import { z } from 'astro/zod';
import { calendarDay, clockTime } from './field-types.ts';
import { calendarDate, eventSpan, momentKey, type EventTimingInput, type LocalMoment } from './timing.ts';

/**
 * An event's programme: its sessions with their times, titles, language and
 * speakers, written in the event's file. Times, days, languages and speakers'
 * names are facts, the same in every language's file (the content check
 * compares them); titles, roles and organisations are written in each language.
 */

export const speakerFields = {
  name: z.string({ error: 'speakers.name: podaj imię i nazwisko' }).trim().min(1, { error: 'speakers.name: podaj imię i nazwisko' }),
  role: z.string().trim().min(1).optional(),
  organisation: z.string().trim().min(1).optional(),
};

export const sessionFields = {
  day: calendarDay('programme.day').optional(),
  start: clockTime('programme.start'),
  end: clockTime('programme.end'),
  title: z.string({ error: 'programme.title: podaj tytuł części programu' }).trim().min(1, { error: 'programme.title: podaj tytuł części programu' }),
  language: z.string().regex(/^[a-z]{2,3}$/, { error: 'programme.language: kod języka małymi literami, np. pl' }).optional(),
  speakers: z.array(z.object(speakerFields)).default([]),
};

export interface Session {
  day?: Date | undefined;
  start: string;
  end: string;
  title: string;
  language?: string | undefined;
  speakers: Array<{ name: string; role?: string | undefined; organisation?: string | undefined }>;
}

/** A session's start and end as local moments of the event's days (a one-day event's sessions need no day). */
export function sessionSpan(session: Session, eventStart: Date): { start: LocalMoment; end: LocalMoment } {
  const date = calendarDate(session.day ?? eventStart);
  return { start: { date, time: session.start }, end: { date, time: session.end } };
}

type Problem = [path: Array<string | number>, message: string];

/** Sessions that cannot be: outside the event's days or hours, ending before they begin, in a language the event does not have. */
export function programmeProblems(input: EventTimingInput & { languages: readonly string[]; programme: readonly Session[] }): Problem[] {
  const problems: Problem[] = [];
  const event = eventSpan(input);
  const multiDay = event.start.date !== event.end.date;
  input.programme.forEach((session, index) => {
    const at = (field: string): Array<string | number> => ['programme', index, field];
    if (multiDay && !session.day) {
      problems.push([at('day'), `wydarzenie trwa kilka dni: podaj dzień tej części, np. day: ${event.start.date}`]);
      return;
    }
    const { start, end } = sessionSpan(session, input.start);
    if (start.date < event.start.date || start.date > event.end.date) {
      problems.push([at('day'), `ta część programu wypada poza dniami wydarzenia (${event.start.date}–${event.end.date}): popraw day`]);
      return;
    }
    if (end.time! <= start.time!) problems.push([at('end'), 'ta część programu kończy się, zanim się zacznie: popraw start albo end']);
    if (!event.allDay) {
      if (momentKey(start) < momentKey(event.start)) problems.push([at('start'), `ta część zaczyna się przed początkiem wydarzenia (${event.start.time}): popraw start albo startTime wydarzenia`]);
      if (momentKey(end) > momentKey(event.end)) problems.push([at('end'), `ta część kończy się po końcu wydarzenia (${event.end.time}): popraw end albo endTime wydarzenia`]);
    }
    if (session.language && !input.languages.includes(session.language)) {
      problems.push([at('language'), `język „${session.language}” nie jest wśród języków wydarzenia (${input.languages.join(', ')}): popraw language albo languages`]);
    }
  });
  return problems;
}
