/** `astro dev` only: the social image of every page that is not an entry, drawn on request. */
import type { APIRoute } from 'astro';
import { loadGlossary } from '../../data/glossary';
import { cardColors, defaultCard } from '../../lib/seo/cards';
import { renderCardPng } from '../../lib/seo/render-card';

export const GET: APIRoute = async () => {
  const { entries } = await loadGlossary();
  const png = await renderCardPng(defaultCard(entries.length), cardColors(process.cwd()));
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
