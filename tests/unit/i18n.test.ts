import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initAstroI18next, localizePath } from 'astro-i18next';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../src/i18n/astro-i18next.config';
import { defaultLocale, localeCodes, localeInfo } from '../../src/i18n/locales';
import { sections } from '../../src/i18n/sections';
import { sectionPath } from '../../src/lib/site/index.ts';
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

describe('astro-i18next configuration', () => {
  it('lists the same languages as src/i18n/locales.ts, default first', () => {
    expect(config.defaultLocale).toBe(defaultLocale);
    expect(config.locales).toEqual([...localeCodes]);
  });

  it('translates every section path the way the page table does', () => {
    initAstroI18next({ ...config, trailingSlash: 'always' });
    for (const section of Object.keys(sections) as Array<keyof typeof sections>) {
      for (const code of localeCodes) {
        expect(localizePath(sectionPath(section, defaultLocale), code)).toBe(sectionPath(section, code));
        expect(localizePath(sectionPath(section, code), defaultLocale)).toBe(sectionPath(section, defaultLocale));
      }
    }
  });
});
