import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../src/i18n/astro-i18next.config';
import { defaultLocale, localeCodes, localeInfo, locales, sectionKeys } from '../../src/i18n/locales';
import { pluralCategories } from '../../src/i18n/plural.ts';
import { baseKey, flattenStrings, pluralForm, type StringTree } from '../../src/i18n/ui-strings.ts';
import { projectRoot } from '../helpers/content';

const strings = Object.fromEntries(
  localeCodes.map((code) => [
    code,
    JSON.parse(readFileSync(join(projectRoot, 'src/i18n/locales', code, 'translation.json'), 'utf8')) as StringTree,
  ]),
) as Record<string, StringTree>;

describe('UI strings', () => {
  it('have the same keys in every language (plural forms as each language needs)', () => {
    const base = (code: string) => new Set([...flattenStrings(strings[code]!).keys()].map(baseKey));
    const reference = [...base(defaultLocale)].sort();
    for (const code of localeCodes) expect([...base(code)].sort(), code).toEqual(reference);
  });

  it('give each plural key exactly the forms the language uses', () => {
    for (const code of localeCodes) {
      const keys = [...flattenStrings(strings[code]!).keys()];
      const plurals = new Set(keys.filter((k) => pluralForm(k)).map(baseKey));
      for (const key of plurals) {
        const forms = keys.filter((k) => baseKey(k) === key && pluralForm(k)).map((k) => pluralForm(k)!);
        expect(forms.sort(), `${code}: ${key}`).toEqual(pluralCategories(localeInfo(code).intl));
      }
    }
  });

  it('are never empty', () => {
    for (const code of localeCodes) for (const [key, value] of flattenStrings(strings[code]!)) expect(value.trim(), `${code}: ${key}`).not.toBe('');
  });
});

describe('Polish plurals and numbers through i18next', () => {
  const t = i18next.createInstance();
  beforeAll(async () => {
    await t.init({ resources: { pl: { translation: strings['pl']! }, en: { translation: strings['en']! } }, lng: 'pl', interpolation: { escapeValue: false } });
  });

  it.each([
    [1, '1 wydarzenie'],
    [2, '2 wydarzenia'],
    [4, '4 wydarzenia'],
    [5, '5 wydarzeń'],
    [12, '12 wydarzeń'],
    [22, '22 wydarzenia'],
    [25, '25 wydarzeń'],
    [0, '0 wydarzeń'],
  ])('pl: %i → %s', (count, expected) => {
    expect(t.getFixedT('pl')('events.count', { count })).toBe(expected);
  });

  it.each([
    [1, '1 event'],
    [2, '2 events'],
    [0, '0 events'],
  ])('en: %i → %s', (count, expected) => {
    expect(t.getFixedT('en')('events.count', { count })).toBe(expected);
  });

  it('formats large numbers per language', () => {
    expect(t.getFixedT('pl')('network.membersMoreThan', { count: 1500 })).toBe('ponad 1500');
    expect(t.getFixedT('pl')('network.membersMoreThan', { count: 15000 })).toBe('ponad 15\u00a0000');
    expect(t.getFixedT('en')('network.membersMoreThan', { count: 15000 })).toBe('more than 15,000');
  });
});

describe('the locale list (src/i18n/locales.ts)', () => {
  it('puts the default language first, at /, and every other one under /<code>', () => {
    expect(locales[0].code).toBe(defaultLocale);
    for (const [index, locale] of locales.entries()) expect(locale.prefix).toBe(index === 0 ? '' : `/${locale.code}`);
    expect(new Set(localeCodes).size).toBe(localeCodes.length);
  });

  it('gives every section a lowercase ASCII segment, distinct within a language and from every language prefix', () => {
    for (const locale of locales) {
      const segments = sectionKeys.map((section) => locale.sections[section]);
      for (const segment of segments) expect(segment).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(new Set(segments).size, locale.code).toBe(segments.length);
      for (const code of localeCodes) expect(segments, `${locale.code} has a section named like the language ${code}`).not.toContain(code);
    }
  });

  it('is what astro-i18next is configured with, default first', () => {
    expect(config.defaultLocale).toBe(defaultLocale);
    expect(config.locales).toEqual([...localeCodes]);
  });

  it('has the accessibility statement’s wording in every language, with the same keys as Polish', () => {
    const read = (code: string) => JSON.parse(readFileSync(join(projectRoot, 'src/i18n/locales', code, 'statement.json'), 'utf8')) as StringTree;
    const shape = (tree: StringTree) => [...new Set([...flattenStrings(tree).keys()].map((key) => key.replace(/\.\d+$/, '.#')))].sort();
    for (const code of localeCodes) expect(shape(read(code)), code).toEqual(shape(read(defaultLocale)));
  });
});
