/**
 * Where the search words occur in a text, for highlighting them on the page a result leads to:
 * whole words that start with a search word, ignoring case and diacritics.
 */
import { fold } from '../text/fold';

/** The search words of a query: at least 2 characters, folded, de-duplicated. */
export function searchWords(query: string): string[] {
  const words = query.split(/[\s,;:.!?()"„“]+/).map(fold).filter((w) => w.length >= 2);
  return [...new Set(words)];
}

/**
 * [start, end) ranges of the words in text that begin with one of the search words; a hyphenated
 * compound counts when any of its parts does ("Selling" marks "Up-Selling" and "Cross-Selling-Kampagne").
 */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  if (words.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}\-]*/gu)) {
    const parts = fold(match[0]).split('-');
    if (words.some((w) => parts.some((part) => part.startsWith(w)))) {
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  return ranges;
}
