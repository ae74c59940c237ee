/** The social image of each entry: title, summary and category on a 1200×630 card. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadGlossary, type GlossaryEntry } from '../../../data/glossary';
import { CARD_CACHE_DIR, cardColors, entryCard } from '../../../data/seo';
import { renderCardPng } from '../../../lib/seo/render-card';

export const getStaticPaths = (async () => {
  const { entries } = await loadGlossary();
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: GlossaryEntry }> = async ({ props }) => {
  const png = await renderCardPng(entryCard(props.entry), cardColors(), { cacheDir: CARD_CACHE_DIR });
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
