import { z } from 'astro/zod';
import type { Locale } from '../../i18n/locales.ts';
import type { Problem } from './check/problems.ts';
import { checkFactsFile, fact, localized, OFFICE_FILE, readFactsYaml } from './facts-file.ts';
import { checkSignLanguageVideo, signLanguageVideoSchema } from './sign-language-video.ts';

export { OFFICE_FILE };

/**
 * The office's contact details, from one file editors fill in: content/urzad.yaml.
 * Shown (footer, contact sections, structured data) only field by field as the
 * office confirms them: nothing invented, and no "no data" text for residents.
 */

export const officeSchema = z.object({
  unit: fact(localized),
  street: fact(z.string().trim().min(1)),
  postalCode: fact(z.string().regex(/^\d{2}-\d{3}$/, { error: 'kod pocztowy ma postać 00-000' })),
  city: fact(localized),
  email: fact(z.email({ error: 'nieprawidłowy adres e-mail' })),
  phone: fact(z.string().regex(/^\+?[\d ]{7,}$/, { error: 'numer telefonu z cyframi, np. +48 12 000 00 00' })),
  hours: fact(localized),
  signLanguageVideo: signLanguageVideoSchema,
});
export type OfficeFacts = z.infer<typeof officeSchema>;

/** The confirmed details in one language; a field the office has not confirmed is absent. */
export type OfficeContact = Partial<Record<Exclude<keyof OfficeFacts, 'signLanguageVideo'>, string>>;

export function officeContact(contentDir: string, locale: Locale): OfficeContact {
  const facts = officeSchema.parse(readFactsYaml(contentDir, OFFICE_FILE));
  const contact: OfficeContact = {};
  const { signLanguageVideo: _video, ...details } = facts;
  for (const [name, { value, confirmed }] of Object.entries(details) as Array<[keyof OfficeContact, { value: unknown; confirmed: boolean }]>) {
    if (!confirmed || value === null) continue;
    contact[name] = typeof value === 'string' ? value : (value as Record<Locale, string>)[locale];
  }
  return contact;
}

/** Errors in the file, and one warning line naming every field not confirmed yet. */
export function checkOffice(contentDir: string, contentPrefix: string): Problem[] {
  const file = `${contentPrefix}/${OFFICE_FILE}`;
  const result = checkFactsFile(contentDir, OFFICE_FILE, contentPrefix, officeSchema);
  if ('problems' in result) return result.problems;
  // The video has a warning of its own (./sign-language-video.ts): it is a duty in law, not a detail.
  const { signLanguageVideo: _video, ...details } = result.data;
  const open = Object.entries(details).filter(([, f]) => f.value === null || !f.confirmed).map(([name]) => name);
  return [
    ...(open.length > 0
      ? [{ severity: 'warning' as const, file, message: `dane urzędu: niepotwierdzone lub puste pola ${open.join(', ')} (serwis ich nie pokazuje)`, fix: 'wpisz dane urzędu i ustaw confirmed: true' }]
      : []),
    ...checkSignLanguageVideo(contentDir, contentPrefix),
  ];
}
