/**
 * An MDX body as plain text, for the machine-readable text file the accessibility
 * act asks for (art. 6 pt 3: information about the office in an easy-to-read text,
 * also as a text file): headings become lines of their own, links keep their
 * address in brackets, markup and comments go, every line of the text stays.
 */
export function mdxToPlainText(title: string, body: string): string {
  const text = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/^#{2,6}\s+(.*)$/gm, (_m, heading: string) => `${heading}\n${'-'.repeat(heading.length)}`)
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '$1$2')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return `${title}\n${'='.repeat(title.length)}\n\n${text}\n`;
}
