// npm run i18n:status — what is not yet translated:
//   1. content pages without their counterpart in the other language;
//   2. UI strings missing in a language, for every language of src/i18n/locales.ts:
//      src/i18n/locales/<lang>/translation.json (the interface) and
//      statement.json (the accessibility statement's wording).
// Exit code 1 when a string or a string file is missing (the build would show a
// raw key or fail); untranslated pages are allowed and only listed.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../src/i18n/locales.ts';
import { readEntries } from '../src/lib/content/index.ts';
import { untranslated } from '../src/lib/content/index.ts';
import { missingKeys, type StringTree } from '../src/i18n/ui-strings.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const contentDir = resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');

const { entries, problems: unreadable } = readEntries(contentDir, projectRoot);
const pages = untranslated(entries);
console.log(`Strony bez tłumaczenia (${pages.length}):`);
for (const { entry, missing } of pages) {
  console.log(`  ${entry.file} — brak wersji ${missing}${entry.draft ? ' (szkic)' : ''}`);
}
if (unreadable.length > 0) console.log(`  (pominięto ${unreadable.length} plików, których nie da się odczytać: uruchom npm run check:content)`);

const stringFiles = ['translation.json', 'statement.json'];
let total = 0;
const lines: string[] = [];
for (const file of stringFiles) {
  const path = (code: string) => join(projectRoot, 'src/i18n/locales', code, file);
  const present = localeCodes.filter((code) => existsSync(path(code)));
  for (const code of localeCodes.filter((c) => !present.includes(c))) {
    total += 1;
    lines.push(`  src/i18n/locales/${code}/${file} — brak pliku (skopiuj go z src/i18n/locales/${localeCodes[0]}/ i przetłumacz)`);
  }
  const trees = Object.fromEntries(present.map((code) => [code, JSON.parse(readFileSync(path(code), 'utf8')) as StringTree]));
  for (const [code, keys] of Object.entries(missingKeys(trees))) {
    total += keys.length;
    for (const key of keys) lines.push(`  src/i18n/locales/${code}/${file} — brak klucza ${key}`);
  }
}
console.log(`\nTeksty interfejsu bez tłumaczenia (${total}):`);
for (const line of lines) console.log(line);
process.exitCode = total > 0 ? 1 : 0;
