/**
 * Talks to Pagefind and the term list in the browser: instant matches from the term list,
 * full-text search with Pagefind (merged with them and re-ranked), suggestions.
 */
import { parseSynonyms } from '../lib/search/rank';
import { suggest, type Term } from '../lib/search/suggest';
import { mergeResults, termKey, termMatches, type TermEntry } from '../lib/search/terms';
import { loadPagefind } from '../scripts/pagefind';

export { loadPagefind };

/** One search hit as the UI shows it. */
export interface Hit extends TermEntry {
  /** Pagefind's excerpt: escaped text with <mark> around the matches; '' until it has arrived. */
  excerpt: string;
}

const termFiles = new Map<string, Promise<TermEntry[]>>();

/** The term file a query's matches are in, loaded once. */
function termFile(query: string): Promise<TermEntry[]> {
  const key = termKey(query);
  if (key === null) return Promise.resolve([]);
  let file = termFiles.get(key);
  if (!file) {
    file = fetch(`/suche/begriffe/${key}.json`).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<TermEntry[]>;
    });
    file.catch(() => termFiles.delete(key));
    termFiles.set(key, file);
  }
  return file;
}

/** Entries whose title or a synonym starts with the query, in reader order, without excerpts. */
export async function instantHits(query: string, limit: number): Promise<Hit[]> {
  const matches = termMatches(query, await termFile(query));
  return matches.slice(0, limit).map((entry) => ({ ...entry, excerpt: '' }));
}

/**
 * Pagefind's debounce: it preloads the index chunks for every keystroke at once, and searches
 * (and loads the result fragments) only when the reader has paused this long. Short, because a
 * word only the full text contains has no instant row and should show within 150 ms of the last
 * key; long enough to skip the searches between the keys of someone typing fast.
 */
const DEBOUNCE_MS = 40;

/** The full results, or null when a later search has superseded this one. */
export async function searchGlossary(query: string, limit: number): Promise<{ hits: Hit[]; total: number } | null> {
  const pf = await loadPagefind();
  const [response, terms] = await Promise.all([pf.debouncedSearch(query, {}, DEBOUNCE_MS), termFile(query).catch(() => [])]);
  if (!response) return null;
  // Only as many fragments as rows: title and synonym matches come from the term list whatever
  // Pagefind's order, so no extra results need loading to find them (each fragment is a request).
  const loaded = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  const hits: Hit[] = loaded.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    category: d.meta.category ?? '',
    synonyms: parseSynonyms(d.meta.synonyms),
    excerpt: d.excerpt,
  }));
  const merged = mergeResults(query, termMatches(query, terms), hits);
  return { hits: merged.slice(0, limit), total: Math.max(response.results.length, merged.length) };
}

let terms: Promise<Term[]> | undefined;

/** Closest titles and synonyms for a query without results (the list loads only when needed). */
export async function suggestionsFor(query: string): Promise<Term[]> {
  terms ??= fetch('/suche/begriffe.json').then((r) => {
    if (!r.ok) throw new Error(String(r.status));
    return r.json() as Promise<Term[]>;
  });
  terms.catch(() => (terms = undefined));
  return suggest(query, await terms);
}
