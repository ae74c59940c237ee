/** sitemap.xml (sitemaps.org 0.9) from a list of canonical URLs. */
import { escapeXml } from './xml';
import { isoDay } from '../format';

export interface SitemapUrl {
  /** Absolute canonical URL. */
  loc: string;
  /** Last change of the content, when known. */
  lastmod?: Date;
}

/** The sitemap document; URLs in the given order, duplicates are an error. */
export function buildSitemap(urls: readonly SitemapUrl[]): string {
  const seen = new Set<string>();
  const items = urls.map(({ loc, lastmod }) => {
    if (!/^https?:\/\//.test(loc)) throw new Error(`Sitemap: "${loc}" is not an absolute URL.`);
    if (seen.has(loc)) throw new Error(`Sitemap: "${loc}" is listed twice.`);
    seen.add(loc);
    const mod = lastmod ? `<lastmod>${isoDay(lastmod)}</lastmod>` : '';
    return `  <url><loc>${escapeXml(loc)}</loc>${mod}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...items,
    '</urlset>',
    '',
  ].join('\n');
}
