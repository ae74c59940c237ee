/**
 * The glossary's own term list, split by first letter, for instant results: the titles and
 * synonyms that start with what the reader typed can show before Pagefind has loaded its index
 * and fragments. One small file per letter (/suche/begriffe/<key>.json), so the first search
 * downloads a thirtieth of the list, at 70 entries as at 2,000.
 */
import { foldLoose } from '../text/fold';
import { matchClass, rankResults, type Rankable } from './rank';

/** A searchable page as a result row shows it, without Pagefind's excerpt. */
export interface TermEntry extends Rankable {
  url: string;
  title: string;
  /** Shown beside the title; '' for pages without a category (the calculators). */
  category: string;
  synonyms: string[];
}

/** The keys of the term files: one per letter, '0' for digits and signs. */
export const TERM_KEYS = [...'abcdefghijklmnopqrstuvwxyz', '0'] as const;

/**
 * The file a text's matches live in: the first letter of its folded form ("Ärger" → a,
 * "-Selling" → s), '0' for a digit or sign, null for a text without one. A label starts with the
 * query (as matchClass compares them) only if both have the same key.
 */
export function termKey(text: string): string | null {
  const first = foldLoose(text).charAt(0);
  if (first === '') return null;
  return /[a-z]/.test(first) ? first : '0';
}

/** The entries per key: an entry is in the file of each of its labels (title and synonyms). */
export function termFiles(entries: readonly TermEntry[]): Map<string, TermEntry[]> {
  const files = new Map<string, TermEntry[]>(TERM_KEYS.map((key) => [key, []]));
  for (const entry of entries) {
    const keys = new Set([entry.title, ...entry.synonyms].map(termKey));
    for (const key of keys) if (key !== null) files.get(key)!.push(entry);
  }
  return files;
}

/** The entries whose title or a synonym starts with the query, in reader order (rankResults). */
export function termMatches<T extends TermEntry>(query: string, entries: readonly T[]): T[] {
  return rankResults(
    query,
    entries.filter((entry) => matchClass(query, entry) < 4),
  );
}

/**
 * The final results: Pagefind's hits and the term list's matches for the same query, one row per
 * URL, in reader order. A page the term list knows keeps the term list's title, category and
 * synonyms and gets Pagefind's excerpt, so the rows shown at once stay the same rows, in the same
 * order, at the top; Pagefind only adds rows below them. A match Pagefind did not return (or
 * returned beyond the results it loaded) stays, without an excerpt.
 */
export function mergeResults<T extends TermEntry & { excerpt: string }>(query: string, matches: readonly TermEntry[], hits: readonly T[]): T[] {
  const byUrl = new Map(hits.map((hit) => [hit.url, hit]));
  const known = matches.map((entry) => ({ ...byUrl.get(entry.url), ...entry, excerpt: byUrl.get(entry.url)?.excerpt ?? '' }) as T);
  const urls = new Set(matches.map((entry) => entry.url));
  return rankResults(query, [...known, ...hits.filter((hit) => !urls.has(hit.url))]);
}
