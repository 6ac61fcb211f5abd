import type { Locale } from './locales.ts';
import type polish from './locales/pl/statement.json';

/**
 * The fixed wording of the accessibility statement, per language, in
 * ./locales/<lang>/statement.json, following the structure the Polish
 * ministry's template prescribes (introduction, dates, compliance status,
 * preparation, feedback and contact, enforcement procedure, architectural
 * accessibility, mobile apps). The facts that vary come from
 * content/deklaracja-dostepnosci.yaml; the layout puts the two together.
 *
 * The compliance status says "partially compliant" because the automated
 * checks listed under `checked` are all the project can prove: each of them is
 * a test that runs on every page on every `npm test`.
 */
export type StatementText = typeof polish;

const texts = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: StatementText }>('./locales/*/statement.json', { eager: true })).map(([path, module]) => [
    path.split('/')[2],
    module.default,
  ]),
);

/** The statement's wording in one language; every language has the same keys (tests/unit/i18n.test.ts). */
export function statementText(locale: Locale): StatementText {
  const text = texts[locale];
  if (!text) throw new Error(`src/i18n/locales/${locale}/statement.json is missing`);
  return text;
}
