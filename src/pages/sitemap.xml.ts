/** sitemap.xml: every canonical page on the configured site URL (not the 404 page). */
import type { APIRoute } from 'astro';
import { loadGlossary } from '../data/glossary';
import { sitemapUrls } from '../data/seo';
import { buildSitemap } from '../lib/seo/sitemap';

export const GET: APIRoute = async () => {
  const xml = buildSitemap(sitemapUrls(await loadGlossary()));
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
