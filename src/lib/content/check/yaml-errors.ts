/**
 * YAML mistakes an editor makes, told in Polish on the line where they made them.
 *
 * js-yaml reports where it gave up, often a line or two after the cause, in
 * English ("bad indentation of a mapping entry" for `title: Forum: edycja 2`).
 * So the lines up to that point are read again for the usual causes — a colon
 * in an unquoted value, a quote left open, a tab — and the first one found is
 * named; only when none is found does the message fall back to where js-yaml
 * stopped, still in Polish.
 */

export interface YamlMistake {
  /** 0-based index into the lines given. */
  index: number;
  field?: string | undefined;
  message: string;
  fix: string;
}

interface Entry {
  indent: string;
  key: string;
  /** What follows `key:`, without the space after the colon. */
  value: string;
  spaceAfterColon: boolean;
}

function entryOf(line: string): Entry | undefined {
  const match = /^(\s*)(?:- )?([A-Za-z_][\w.-]*)\s*:(\s*)(.*)$/.exec(line);
  if (!match) return undefined;
  return { indent: match[1] ?? '', key: match[2] ?? '', spaceAfterColon: (match[3] ?? '') !== '' || match[4] === '', value: match[4] ?? '' };
}

/** How many times `quote` occurs unescaped in a quoted value ('' and \" are escapes). */
function quoteCount(value: string, quote: '"' | "'"): number {
  const unescaped = quote === '"' ? value.replace(/\\./g, '') : value.replace(/''/g, '');
  return unescaped.split(quote).length - 1;
}

const SPECIAL_START = /^[@`*&!%]/;

/** What is wrong with one line, if it shows one of the usual mistakes. */
function lineMistake(line: string, index: number): YamlMistake | undefined {
  if (/^\s*\t/.test(line) || /^ +\t/.test(line)) {
    return { index, message: 'we wcięciu jest tabulator', fix: 'zamień tabulator na dwie spacje (YAML przyjmuje tylko spacje)' };
  }
  if (/^\s*(#|$)/.test(line) || /^\s*-\s/.test(line)) return undefined;
  const entry = entryOf(line);
  if (!entry) {
    return { index, message: 'brak dwukropka po nazwie pola', fix: 'napisz nazwę pola, dwukropek i spację, np. title: "Tytuł"' };
  }
  const { key, value } = entry;
  const example = `${key}: "${value.replace(/"/g, '').trim() || '…'}"`;
  if (!entry.spaceAfterColon) {
    return { index, field: key, message: 'po dwukropku brakuje spacji', fix: `napisz ${key}: ${value}` };
  }
  for (const quote of ['"', "'"] as const) {
    if (!value.startsWith(quote)) continue;
    const count = quoteCount(value, quote);
    if (count === 1) {
      return { index, field: key, message: 'cudzysłów otwarty, ale nie zamknięty', fix: `dodaj ${quote} na końcu wartości` };
    }
    const rest = value.slice(value.indexOf(quote, 1) + 1).trim();
    if (count > 2 || (rest !== '' && !rest.startsWith('#'))) {
      return {
        index,
        field: key,
        message: 'w tekście w cudzysłowie jest drugi taki sam cudzysłów',
        fix: 'w środku tekstu użyj polskich cudzysłowów „…” albo ujmij całość w apostrofy \'…\'',
      };
    }
    return undefined;
  }
  if (/^[[{|>]/.test(value)) return undefined; // a list, a group or a block: YAML's own syntax
  if (/:(\s|$)/.test(value)) {
    return { index, field: key, message: 'dwukropek w wartości bez cudzysłowu', fix: `ujmij całą wartość w cudzysłów: ${example}` };
  }
  if (SPECIAL_START.test(value)) {
    return { index, field: key, message: `wartość zaczyna się od znaku ${value[0]}, który w nagłówku ma specjalne znaczenie`, fix: `ujmij całą wartość w cudzysłów: ${example}` };
  }
  return undefined;
}

/**
 * The lines that hold fields, with their index: the text lines of a block value
 * (`summary: >` followed by indented lines) are text, not fields.
 */
function fieldLines(lines: readonly string[]): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  let blockIndent: number | undefined;
  lines.forEach((line, index) => {
    const indent = /^\s*/.exec(line)?.[0].length ?? 0;
    if (blockIndent !== undefined && (line.trim() === '' || indent > blockIndent)) return;
    blockIndent = undefined;
    out.push([line, index]);
    const entry = entryOf(line);
    if (entry && /^[|>][-+]?\s*(#.*)?$/.test(entry.value)) blockIndent = entry.indent.length;
  });
  return out;
}

/** The Polish explanation of a js-yaml error thrown for `lines`. */
export function explainYamlError(error: unknown, lines: readonly string[]): YamlMistake {
  const { reason, mark } = error as { reason?: string; mark?: { line?: number } };
  const stoppedAt = Math.min(mark?.line ?? lines.length - 1, lines.length - 1);
  for (const [line, index] of fieldLines(lines)) {
    if (index > stoppedAt) break;
    const found = lineMistake(line, index);
    if (found) return found;
  }
  const field = entryOf(lines[stoppedAt] ?? '')?.key;
  if (reason?.startsWith('duplicated mapping key')) {
    return { index: stoppedAt, field, message: 'to pole występuje dwa razy', fix: 'zostaw jedno z nich i usuń drugie' };
  }
  if (reason?.includes('indentation')) {
    return { index: stoppedAt, field, message: 'wcięcie tej linii nie pasuje do poprzednich', fix: 'pola zagnieżdżone wcinaj dokładnie dwiema spacjami pod polem nadrzędnym, pozostałe zaczynaj od początku linii' };
  }
  return {
    index: stoppedAt,
    field,
    message: 'nagłówka nie da się odczytać w tej linii albo tuż przed nią',
    fix: 'sprawdź wcięcia (same spacje), dwukropki (po nazwie pola, a w tekście tylko w cudzysłowie) i cudzysłowy (zamknięte)',
  };
}

/**
 * Text YAML reads without an error but drops: after ` #` in an unquoted value
 * (`title: Forum #2` becomes "Forum"). Dates, numbers and true/false followed by
 * a comment lose nothing and pass (the templates of `npm run new` write them).
 */
export function yamlSilentLosses(lines: readonly string[]): YamlMistake[] {
  const found: YamlMistake[] = [];
  for (const [line, index] of fieldLines(lines)) {
    const entry = entryOf(line);
    if (!entry || /^["'[{|>]/.test(entry.value)) continue;
    const hash = entry.value.search(/\s#/);
    if (hash === -1) continue;
    const kept = entry.value.slice(0, hash).trim();
    if (kept === '' || /^(\d{4}-\d{2}-\d{2}|-?\d+(\.\d+)?|true|false|null|~)$/.test(kept)) continue;
    found.push({
      index,
      field: entry.key,
      message: `tekst po znaku # zostałby pominięty (opublikowane byłoby tylko „${kept}”)`,
      fix: `ujmij całą wartość w cudzysłów: ${entry.key}: "${entry.value.trim()}"`,
    });
  }
  return found;
}
