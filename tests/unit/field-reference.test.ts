import { describe, expect, it } from 'vitest';
import { renderFieldReference } from '../../src/lib/content/index.ts';

/**
 * The field reference in docs/ is generated from the schemas. If a schema
 * changes, these fail until `npm run docs:fields` rewrites the files.
 */
describe('editors’ field reference', () => {
  it('docs/pola.md matches the schemas', async () => {
    await expect(renderFieldReference('pl')).toMatchFileSnapshot('../../docs/pola.md');
  });

  it('docs/fields.md matches the schemas', async () => {
    await expect(renderFieldReference('en')).toMatchFileSnapshot('../../docs/fields.md');
  });

  it('documents every field of every collection, in both languages', () => {
    for (const lang of ['pl', 'en'] as const) {
      const text = renderFieldReference(lang);
      for (const field of ['title', 'summary', 'slug', 'joined.date', 'memberCities.moreThan', 'image.alt', 'venue.city', 'startTime', 'networks', 'draft']) {
        expect(text, `${lang}: ${field}`).toMatch(new RegExp(`\\| \`${field.replace('.', '\\.')}\` \\|[^\\n]*\\| [^|\\s][^|]* \\|`));
      }
    }
  });
});
