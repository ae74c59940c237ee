/** Talks to Pagefind in the browser (loaded by src/scripts/pagefind.ts): searches, re-ranks, loads suggestions. */
import { parseSynonyms, rankResults } from '../lib/search/rank';
import { suggest, type Term } from '../lib/search/suggest';
import { loadPagefind } from '../scripts/pagefind';

/** One search hit as the UI shows it. */
export interface Hit {
  url: string;
  title: string;
  category: string;
  synonyms: string[];
  /** Pagefind's excerpt: escaped text with <mark> around the matches. */
  excerpt: string;
}

/** How many full-text results are loaded to re-rank (the exact title match may not be Pagefind's first). */
const CANDIDATES = 12;

export async function searchGlossary(query: string, limit: number): Promise<{ hits: Hit[]; total: number }> {
  const pf = await loadPagefind();
  const response = await pf.search(query);
  if (!response) return { hits: [], total: 0 };
  const loaded = await Promise.all(response.results.slice(0, Math.max(limit, CANDIDATES)).map((r) => r.data()));
  const hits = loaded.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    category: d.meta.category ?? '',
    synonyms: parseSynonyms(d.meta.synonyms),
    excerpt: d.excerpt,
  }));
  return { hits: rankResults(query, hits).slice(0, limit), total: response.results.length };
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
