import { describe, expect, it } from 'vitest';
import { fieldDocLanguages, fieldDocProblems, readFieldDocs, renderFieldReference } from '../../src/lib/content/index.ts';

/**
 * The field reference in docs/ is generated from the schemas and the
 * descriptions in src/lib/content/field-docs/<lang>.json. If either changes,
 * the snapshot fails until `npm run docs:fields` rewrites the files; the other
 * tests fail on a field without a description whatever the snapshot says.
 */
describe('editors’ field reference', () => {
  it('is written in Polish and English', () => {
    expect(fieldDocLanguages()).toEqual(['en', 'pl']);
  });

  for (const lang of fieldDocLanguages()) {
    const docs = readFieldDocs(lang);

    it(`docs/${docs.file} matches the schemas and the ${lang} descriptions`, async () => {
      await expect(renderFieldReference(lang)).toMatchFileSnapshot(`../../docs/${docs.file}`);
    });

    it(`describes every field of every collection in ${lang}, and nothing else`, () => {
      expect(fieldDocProblems(docs)).toEqual([]);
    });
  }

  it('notices a field left undescribed and a description of no field (the check can fail)', () => {
    const docs = readFieldDocs('pl');
    const { title: _title, ...allButTitle } = docs.fields.all;
    const broken = { ...docs, fields: { ...docs.fields, all: allButTitle, events: { ...docs.fields.events, tittle: 'literówka' } } };
    expect(fieldDocProblems(broken)).toEqual(
      expect.arrayContaining(['networks: title has no description', 'events: title has no description', 'events: tittle is described but is no field']),
    );
  });
});
