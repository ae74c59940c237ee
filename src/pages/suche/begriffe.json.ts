/** Titles and synonyms of all entries, for "Meinten Sie …?" when a search finds nothing. */
import type { APIRoute } from 'astro';
import { loadGlossary } from '../../data/glossary';
import { entryPath } from '../../lib/glossary/links';
import type { Term } from '../../lib/search/suggest';

export const GET: APIRoute = async () => {
  const { entries } = await loadGlossary();
  const terms: Term[] = entries.flatMap((e) =>
    [e.data.title, ...e.data.synonyms].map((label) => ({ label, title: e.data.title, url: entryPath(e.id) })),
  );
  return new Response(JSON.stringify(terms), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
