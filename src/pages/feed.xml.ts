/** Atom feed of new and updated entries, newest `updated` first. */
import type { APIRoute } from 'astro';
import { site } from '../site';
import { loadGlossary } from '../data/glossary';
import { FEED_PATH, FEED_TITLE, url } from '../data/seo';
import { categoryBySlug } from '../lib/glossary/categories';
import { entryPath } from '../lib/glossary/links';
import { buildAtomFeed } from '../lib/seo/feed';

export const GET: APIRoute = async () => {
  const { entries } = await loadGlossary();
  const xml = buildAtomFeed({
    siteUrl: url('/'),
    selfUrl: url(FEED_PATH),
    title: FEED_TITLE,
    subtitle: site.tagline,
    author: site.brand,
    lang: site.lang,
    entries: entries.map((e) => {
      const category = categoryBySlug(e.data.category);
      return {
        url: url(entryPath(e.id)),
        title: e.data.title,
        summary: e.data.summary,
        updated: e.data.updated,
        category: { term: category.slug, label: category.name },
      };
    }),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
