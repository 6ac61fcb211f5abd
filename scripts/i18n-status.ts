// npm run i18n:status — what is not yet translated:
//   1. content pages without their counterpart in the other language;
//   2. UI strings (src/i18n/locales/<lang>/translation.json) missing in a language.
// Exit code 1 when a UI string is missing (the build would show a raw key);
// untranslated pages are allowed and only listed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../src/i18n/locales.ts';
import type { Problem } from '../src/lib/content/index.ts';
import { readEntries } from '../src/lib/content/index.ts';
import { untranslated } from '../src/lib/content/index.ts';
import { missingKeys, type StringTree } from '../src/i18n/ui-strings.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const contentDir = resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');

const unreadable: Problem[] = [];
const pages = untranslated(readEntries(contentDir, projectRoot, unreadable));
console.log(`Strony bez tłumaczenia (${pages.length}):`);
for (const { entry, missing } of pages) {
  console.log(`  ${entry.file} — brak wersji ${missing}${entry.draft ? ' (szkic)' : ''}`);
}
if (unreadable.length > 0) console.log(`  (pominięto ${unreadable.length} plików, których nie da się odczytać: uruchom npm run check:content)`);

const trees = Object.fromEntries(
  localeCodes.map((code) => [code, JSON.parse(readFileSync(join(projectRoot, 'src/i18n/locales', code, 'translation.json'), 'utf8')) as StringTree]),
);
const missing = missingKeys(trees);
const total = Object.values(missing).reduce((sum, keys) => sum + keys.length, 0);
console.log(`\nTeksty interfejsu bez tłumaczenia (${total}):`);
for (const [code, keys] of Object.entries(missing)) {
  for (const key of keys) console.log(`  src/i18n/locales/${code}/translation.json — brak klucza ${key}`);
}
process.exitCode = total > 0 ? 1 : 0;
