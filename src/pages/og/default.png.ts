/** The social image of every page that is not an entry. */
import type { APIRoute } from 'astro';
import { loadGlossary } from '../../data/glossary';
import { CARD_CACHE_DIR, cardColors, defaultCard } from '../../data/seo';
import { renderCardPng } from '../../lib/seo/render-card';

export const GET: APIRoute = async () => {
  const { entries } = await loadGlossary();
  const png = await renderCardPng(defaultCard(entries.length), cardColors(), { cacheDir: CARD_CACHE_DIR });
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
