/**
 * Re-ranks search results the way a reader expects: an exact title match first, then an
 * exact synonym, then titles and synonyms that start with the query (A–Z within each); the
 * rest in full-text order.
 */
import { compareGerman } from '../glossary/alphabet';
import { foldLoose } from '../text/fold';

export interface Rankable {
  title: string;
  synonyms: readonly string[];
}

/** 0 exact title, 1 exact synonym, 2 title starts with query, 3 synonym starts with it, 4 other. */
export function matchClass(query: string, item: Rankable): number {
  const q = foldLoose(query);
  if (q === '') return 4;
  const title = foldLoose(item.title);
  const synonyms = item.synonyms.map(foldLoose);
  if (title === q) return 0;
  if (synonyms.includes(q)) return 1;
  if (title.startsWith(q)) return 2;
  if (synonyms.some((s) => s.startsWith(q))) return 3;
  return 4;
}

/**
 * The items in reader order. Title and synonym matches (classes 0–3) are ordered A–Z within their
 * class, not by full-text score: the instant results from the term list (terms.ts) know no score,
 * and when Pagefind's results replace them the rows must stay where they are. Other items keep
 * their incoming (full-text score) order.
 */
export function rankResults<T extends Rankable>(query: string, items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index, rank: matchClass(query, item) }))
    .sort((a, b) => a.rank - b.rank || (a.rank < 4 ? compareGerman(a.item.title, b.item.title) : 0) || a.index - b.index)
    .map((x) => x.item);
}

/** Splits the synonyms meta field as the entry pages write it ("A|B|C"). */
export function parseSynonyms(meta: string | undefined): string[] {
  return (meta ?? '').split('|').map((s) => s.trim()).filter(Boolean);
}

/** Joins synonyms for the meta field (the inverse of parseSynonyms). */
export function joinSynonyms(synonyms: readonly string[]): string {
  return synonyms.map((s) => s.replace(/\|/g, '/')).join('|');
}
