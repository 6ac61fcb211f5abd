import type { Problem } from './problems.ts';
import { lineOf, type RawEntry } from './read.ts';

/**
 * A network's member count changes every year. Where the summary repeats the
 * number from `memberCities`, it must also say when the number is from, the way
 * the facts box does ("stan na 2022–2023"): lists, search results and link
 * previews show the summary alone, without the box.
 */
export function checkCountsAsOf(entry: RawEntry): Problem[] {
  if (entry.collection !== 'networks') return [];
  const members = entry.data['memberCities'] as { count?: unknown; asOf?: unknown } | undefined;
  const summary = entry.data['summary'];
  if (!members || typeof members.count !== 'number' || typeof members.asOf !== 'string' || typeof summary !== 'string') return [];
  const mentionsCount = new RegExp(`(^|[^\\d])${members.count}(?!\\d)`).test(summary);
  if (!mentionsCount || summary.includes(members.asOf)) return [];
  return [
    {
      severity: 'error',
      file: entry.file,
      line: lineOf(entry, ['summary']),
      field: 'summary',
      message: `opis podaje liczbę miast (${members.count}), ale nie mówi, z kiedy jest ta liczba`,
      fix: `dopisz w opisie okres z pola memberCities.asOf, np. „(stan na ${members.asOf})” albo po angielsku „(as of ${members.asOf})”`,
    },
  ];
}
