import { comparable } from './comparable.ts';

/**
 * "Did you mean": the site's words nearest to a query word that matched
 * nothing. Distance is counted in edits (a letter added, dropped or changed,
 * two neighbours swapped), on words compared as search compares them (no
 * accents, lower case). Words of five letters or more may be one edit away;
 * shorter words only a swap (`pcli` → `płci`), since one edit turns most short
 * words into other words. Among words one edit away, a changed letter counts
 * a little more than a missing, extra or swapped one, the commoner slips of
 * typing: `empathc` is `empathic` before it is `empathy`.
 */

const SUGGESTIONS = 3;
/** What a changed letter costs beyond one edit (see above). */
const CHANGED_LETTER = 0.25;

export interface Suggestion {
  word: string;
  edits: number;
}

export function editsAllowed(word: string): number {
  return comparable(word).length >= 5 ? 1 : 0;
}

/** Up to three nearest words of `vocabulary` (most frequent first), nearest first, then by frequency. */
export function nearestWords(query: string, vocabulary: readonly string[]): Suggestion[] {
  const wanted = comparable(query);
  const allowed = editsAllowed(query);
  const found: Suggestion[] = [];
  const seen = new Set<string>();
  for (const word of vocabulary) {
    const candidate = comparable(word);
    if (candidate === wanted || seen.has(candidate) || Math.abs(candidate.length - wanted.length) > allowed) continue;
    seen.add(candidate);
    const distance = allowed === 0 ? (isOneSwap(wanted, candidate) ? 1 : Infinity) : editDistance(wanted, candidate, allowed);
    if (distance > Math.max(allowed, 1)) continue;
    // Same length and one edit apart: a changed letter or a swap; a swap changes two letters.
    const changed = candidate.length === wanted.length && !isOneSwap(wanted, candidate);
    found.push({ word, edits: distance + (changed ? CHANGED_LETTER : 0) });
  }
  // Stable sort: among equals, the vocabulary's order (frequency) stays.
  return found.sort((a, b) => a.edits - b.edits).slice(0, SUGGESTIONS);
}

/**
 * The suggestion to search for instead, when one is clearly right: the only
 * word at the smallest distance. Several as near (`wiedna` → `wiednia`,
 * `wiedza`) are offered as links, not chosen for the reader.
 */
export function clearSuggestion(suggestions: readonly Suggestion[]): string | undefined {
  const [first, second] = suggestions;
  if (!first) return undefined;
  return second && second.edits === first.edits ? undefined : first.word;
}

function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!];
}

/** Optimal string alignment distance (edits with adjacent swaps), or Infinity once over `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return Infinity;
    before = previous;
    previous = current;
  }
  const distance = previous[b.length]!;
  return distance > limit ? Infinity : distance;
}
