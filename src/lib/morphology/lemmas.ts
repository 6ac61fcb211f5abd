import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { lemmaDictionaryOf, type Locale } from '../../i18n/locales.ts';
import { HunspellLemmas } from './hunspell.ts';

/**
 * A language's lemmatizer for the search index: the Hunspell dictionary its
 * locale entry names (src/i18n/locales.ts), plus the forms the dictionary
 * lists as headwords of their own (`src/i18n/locales/<code>/word-forms.json`:
 * Polish lists `Wiednia` and `Wiedniu` beside `Wiedeń`, unconnected). Answers
 * are remembered: a site repeats its words, and one lookup tries hundreds of
 * rules. Node only: it reads the dictionary from node_modules at build time.
 */
export interface Lemmatizer {
  (word: string): readonly string[];
  /** Every form of a lemma this lemmatizer gave (for the query side, see src/lib/search/word-forms.ts). */
  formsOf(lemma: string): readonly string[];
}

const loaded = new Map<string, Promise<Lemmatizer | undefined>>();

/** The language's lemmatizer, or undefined when its locale entry names no dictionary. */
export function lemmatizerFor(locale: Locale): Promise<Lemmatizer | undefined> {
  let lemmatizer = loaded.get(locale);
  if (!lemmatizer) {
    lemmatizer = load(locale);
    loaded.set(locale, lemmatizer);
  }
  return lemmatizer;
}

async function load(locale: Locale): Promise<Lemmatizer | undefined> {
  const name = lemmaDictionaryOf(locale);
  if (!name) return undefined;
  // The wooorm/dictionaries packages ship `index.aff` and `index.dic` beside
  // their entry point. Read as files: the build's module loader is closed by
  // the time the search index is written.
  const folder = dirname(createRequire(import.meta.url).resolve(name));
  const hunspell = new HunspellLemmas(readFileSync(join(folder, 'index.aff'), 'utf8'), readFileSync(join(folder, 'index.dic'), 'utf8'));
  const extra = extraForms(locale);
  const lemmaOfForm = new Map([...extra].flatMap(([lemma, forms]) => forms.map((form) => [form, lemma] as const)));
  const answers = new Map<string, readonly string[]>();
  const lemmatizer = (word: string) => {
    let lemmas = answers.get(word);
    if (!lemmas) {
      const own = lemmaOfForm.get(word) ?? lemmaOfForm.get(word.toLowerCase());
      lemmas = own ? [own] : hunspell.lemmasOf(word);
      answers.set(word, lemmas);
    }
    return lemmas;
  };
  const formsOf = (lemma: string) => {
    const own = extra.get(lemma);
    return own ? [lemma, ...own] : hunspell.formsOf(lemma);
  };
  return Object.assign(lemmatizer, { formsOf });
}

/** lemma → its forms the dictionary does not connect, from the language's word-forms.json (`{ "Wiedeń": ["Wiednia", …] }`), if it has one. */
function extraForms(locale: Locale): Map<string, readonly string[]> {
  const file = new URL(`../../i18n/locales/${locale}/word-forms.json`, import.meta.url);
  if (!existsSync(file)) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>));
}
