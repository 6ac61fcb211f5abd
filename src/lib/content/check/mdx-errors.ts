/**
 * MDX parser errors in the form an editor can act on. The parser speaks of JSX,
 * expressions and oxc; an editor wrote a `<span>` without `</span>`, a `{` in
 * running text or an HTML comment. Each known message maps to what went wrong
 * and the fix; anything else keeps the parser's words after a Polish lead.
 */
const known: Array<[RegExp, (m: RegExpExecArray) => { message: string; fix: string }]> = [
  [
    /Expected a closing tag for `<([^>`]+)>`/,
    (m) => ({
      message: `znacznik <${m[1]}> nie jest zamknięty`,
      fix: `dodaj </${m[1]}> tam, gdzie kończy się jego tekst, w tym samym akapicie (znacznik bez tekstu pisz jako <${m[1]} />)`,
    }),
  ],
  [
    /Unexpected closing tag `<\/([^>`]+)>`, expected corresponding closing tag for `<([^>`]+)>`/,
    (m) => ({ message: `znacznik </${m[1]}> zamyka coś innego niż otwarty wcześniej <${m[2]}>`, fix: `najpierw zamknij <${m[2]}> znacznikiem </${m[2]}>` }),
  ],
  [
    /Unexpected closing tag `<\/([^>`]+)>`, expected an open tag first/,
    (m) => ({ message: `znacznik </${m[1]}> zamyka coś, czego nie otwarto`, fix: `usuń go albo dodaj <${m[1]}> na początku tekstu` }),
  ],
  [
    /corresponding closing brace for `\{`/,
    () => ({ message: 'nawias klamrowy { nie jest zamknięty', fix: 'w zwykłym tekście pisz nawiasy klamrowe jako \\{ i \\}' }),
  ],
  [
    /Could not parse expression/,
    () => ({ message: 'tekst w nawiasach klamrowych { } jest czytany jak kod programu', fix: 'w zwykłym tekście pisz nawiasy klamrowe jako \\{ i \\}' }),
  ],
  [
    /to create a comment in MDX/,
    () => ({ message: 'komentarz <!-- … --> nie działa w plikach MDX', fix: 'napisz komentarz jako {/* tekst komentarza */}' }),
  ],
  [
    /to create a link in MDX/,
    () => ({ message: 'znak < przed literą jest czytany jak początek znacznika', fix: 'napisz go jako &lt; — a link jako [tekst linku](https://…)' }),
  ],
];

/** The line and the Polish message of an MDX parser error ("3:7: Expected …"). */
export function explainMdxError(error: unknown): { line: number | undefined; message: string; fix: string } {
  const text = error instanceof Error ? error.message : String(error);
  const line = /^(\d+):\d+/.exec(text)?.[1];
  for (const [pattern, explain] of known) {
    const match = pattern.exec(text);
    if (match) return { line: line ? Number(line) : undefined, ...explain(match) };
  }
  return {
    line: line ? Number(line) : undefined,
    message: `treści nie da się odczytać (${text.replace(/^\d+:\d+:\s*/, '')})`,
    fix: 'sprawdź, czy każdy znacznik <…> jest zamknięty (np. <span lang="en">…</span>), a znaki { } < zapisane jako \\{ \\} &lt;',
  };
}
