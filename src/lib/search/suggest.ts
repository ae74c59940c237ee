/**
 * "Meinten Sie …?": the entry titles and synonyms closest to a query that found nothing,
 * by edit distance on the folded text, so "Cross-Seling" still leads to Cross-Selling.
 */
import { foldLoose } from '../text/fold';

export interface Term {
  /** Title or synonym as shown. */
  label: string;
  /** The entry's title (differs from label for a synonym). */
  title: string;
  url: string;
}

/** Damerau–Levenshtein distance (optimal string alignment): insert, delete, substitute, swap neighbours. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many edits a query of this length may be away from a term and still be suggested. */
export function tolerance(length: number): number {
  return length <= 3 ? 1 : length <= 7 ? 2 : 3;
}

/**
 * Up to `max` terms, closest first, one per entry. A term counts when the query is within the
 * tolerance of the whole term or of its beginning (the reader may have typed only part of it).
 */
export function suggest(query: string, terms: readonly Term[], max = 5): Term[] {
  const q = foldLoose(query);
  if (q.length < 2) return [];
  const limit = tolerance(q.length);
  const scored: { term: Term; distance: number }[] = [];
  for (const term of terms) {
    const t = foldLoose(term.label);
    const distance = Math.min(editDistance(q, t), editDistance(q, t.slice(0, q.length)) + 0.5);
    if (distance <= limit) scored.push({ term, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.term.label.localeCompare(b.term.label, 'de'));
  const seen = new Set<string>();
  const result: Term[] = [];
  for (const { term } of scored) {
    if (seen.has(term.url)) continue;
    seen.add(term.url);
    result.push(term);
    if (result.length === max) break;
  }
  return result;
}
