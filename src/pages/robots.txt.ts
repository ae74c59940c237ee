/** robots.txt: crawl everything, find the pages in the sitemap (absolute URL on the site URL). */
import type { APIRoute } from 'astro';
import { SITEMAP_PATH, url } from '../data/seo';
import { buildRobotsTxt } from '../lib/seo/robots';

export const GET: APIRoute = () =>
  new Response(buildRobotsTxt(url(SITEMAP_PATH)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
