import { expect, it } from 'vitest';
import { mdxToPlainText } from '../../src/lib/content/index.ts';

it('an easy-read body as plain text: title, headings as lines, every line kept, markup gone, links with their address', () => {
  const body = '\n{/* komentarz */}\n## Co to jest <span lang="en">Femcities</span>?\n\nZdanie pierwsze.\nZdanie drugie z [linkiem](/wydarzenia/).\n\n**Ważne** zdanie.\n';
  expect(mdxToPlainText('Tekst łatwy', body)).toBe(
    'Tekst łatwy\n===========\n\nCo to jest Femcities?\n---------------------\n\nZdanie pierwsze.\nZdanie drugie z linkiem (/wydarzenia/).\n\nWażne zdanie.\n',
  );
});
