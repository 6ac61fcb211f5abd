export { HunspellLemmas } from './hunspell.ts';
export { lemmatizerFor, type Lemmatizer } from './lemmas.ts';
