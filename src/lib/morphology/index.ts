export { HunspellLemmas } from './hunspell.ts';
export { extraForms, lemmatizerFor, type Lemmatizer } from './lemmas.ts';
