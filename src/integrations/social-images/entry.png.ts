/** `astro dev` only: an entry's social image, drawn on request (the build draws them in social-images.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadGlossary, type GlossaryEntry } from '../../data/glossary';
import { cardColors, entryCard } from '../../lib/seo/cards';
import { renderCardPng } from '../../lib/seo/render-card';

export const getStaticPaths = (async () => {
  const { entries } = await loadGlossary();
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: GlossaryEntry }> = async ({ props }) => {
  const png = await renderCardPng(entryCard(props.entry.id, props.entry.data), cardColors(process.cwd()));
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
