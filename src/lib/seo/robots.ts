/** robots.txt: everything may be crawled; the sitemap is named by its absolute URL. */

export function buildRobotsTxt(sitemapUrl: string): string {
  if (!/^https?:\/\//.test(sitemapUrl)) throw new Error(`robots.txt: "${sitemapUrl}" is not an absolute URL.`);
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
