/**
 * The term list for instant results, one file per first letter (/suche/begriffe/k.json): every
 * entry and calculator with a title or synonym that starts with that letter (src/lib/search/terms.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CALCULATOR_PAGES } from '../../../data/calculators';
import { loadGlossary } from '../../../data/glossary';
import { categoryBySlug } from '../../../lib/glossary/categories';
import { entryPath } from '../../../lib/glossary/links';
import { TERM_KEYS, termFiles, type TermEntry } from '../../../lib/search/terms';

export const getStaticPaths = (async () => {
  const { entries } = await loadGlossary();
  const terms: TermEntry[] = [
    ...entries.map((e) => ({ url: entryPath(e.id), title: e.data.title, category: categoryBySlug(e.data.category).name, synonyms: e.data.synonyms })),
    ...CALCULATOR_PAGES.map((c) => ({ url: c.path, title: c.title, category: '', synonyms: [] })),
  ];
  const files = termFiles(terms);
  return TERM_KEYS.map((key) => ({ params: { key }, props: { terms: files.get(key)! } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ terms: TermEntry[] }> = ({ props }) =>
  new Response(JSON.stringify(props.terms), { headers: { 'content-type': 'application/json; charset=utf-8' } });
