/**
 * What the SEO files and tags need from this site: its identity, the paths of feed, sitemap and
 * social images, and the list of canonical pages for the sitemap.
 */
import { site } from '../site';
import { CATEGORIES } from '../lib/glossary/categories';
import { GLOSSARY_BASE, MAP_PATH, categoryPath, entryPath } from '../lib/glossary/links';
import type { SiteIdentity } from '../lib/seo/jsonld';
import { absoluteUrl, newest } from '../lib/seo/url';
import type { SitemapUrl } from '../lib/seo/sitemap';
import type { Glossary } from './glossary';
import { CALCULATOR_PAGES } from './calculators';

export const identity: SiteIdentity = { url: site.url, name: site.glossaryName, brand: site.brand, lang: site.lang };

export const FEED_PATH = '/feed.xml';
export const FEED_TITLE = `${site.glossaryName}: neue und aktualisierte Begriffe`;
export const SITEMAP_PATH = '/sitemap.xml';
export const SEARCH_PATH = '/suche/';
/** Canonical pages outside the glossary collection (besides home, search and 404). */
const STATIC_PAGES: readonly string[] = ['/rechner/', ...CALCULATOR_PAGES.map((c) => c.path), '/ueber/', MAP_PATH];
export const SEARCH_PARAM = 'q';
/** The A–Z page, home of the DefinedTermSet. */
export const TERM_SET_PATH = GLOSSARY_BASE;

export { DEFAULT_IMAGE_PATH, entryImagePath } from '../lib/seo/cards';

/** "https://glossar.fioro.de/glossar/lead/" for "/glossar/lead/". */
export function url(path: string): string {
  return absoluteUrl(site.url, path);
}

/** German alt text of a social image. */
export function imageAlt(title?: string): string {
  return title
    ? `Vorschaubild: „${title}“ im ${site.glossaryName}, mit Kurzdefinition`
    : `Vorschaubild: ${site.glossaryName} – ${site.tagline}`;
}

/**
 * Every canonical page, for the sitemap: entries with their `updated` date, overview pages with
 * the newest date of the entries they list, the search page without a date. The 404 page is not here.
 */
export function sitemapUrls(glossary: Glossary): SitemapUrl[] {
  const latest = newest(glossary.entries.map((e) => e.data.updated));
  const withDate = (path: string, lastmod: Date | undefined): SitemapUrl => (lastmod ? { loc: url(path), lastmod } : { loc: url(path) });
  return [
    withDate('/', latest),
    withDate(GLOSSARY_BASE, latest),
    ...CATEGORIES.map((c) =>
      withDate(categoryPath(c.slug), newest(glossary.entries.filter((e) => e.data.category === c.slug).map((e) => e.data.updated))),
    ),
    ...glossary.entries.map((e) => withDate(entryPath(e.id), e.data.updated)),
    { loc: url(SEARCH_PATH) },
    // The pages that do not come from the glossary collection: they change with a release, not with
    // an entry, so they carry no date.
    ...STATIC_PAGES.map((path) => ({ loc: url(path) })),
  ];
}
