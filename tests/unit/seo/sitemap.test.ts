import { describe, expect, it } from 'vitest';
import { buildSitemap } from '../../../src/lib/seo/sitemap';
import { buildRobotsTxt } from '../../../src/lib/seo/robots';

describe('buildSitemap', () => {
  const xml = buildSitemap([
    { loc: 'https://glossar.example.de/', lastmod: new Date('2026-11-27') },
    { loc: 'https://glossar.example.de/suche/?a=1&b=2' },
  ]);

  it('is a sitemaps.org urlset with one <url> per page', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
  });

  it('writes lastmod as YYYY-MM-DD only where a date is known', () => {
    expect(xml).toContain('<url><loc>https://glossar.example.de/</loc><lastmod>2026-11-27</lastmod></url>');
    expect(xml).toContain('<url><loc>https://glossar.example.de/suche/?a=1&amp;b=2</loc></url>');
  });

  it('rejects relative and duplicate URLs', () => {
    expect(() => buildSitemap([{ loc: '/glossar/' }])).toThrow(/absolute/);
    expect(() => buildSitemap([{ loc: 'https://a.de/' }, { loc: 'https://a.de/' }])).toThrow(/twice/);
  });
});

describe('buildRobotsTxt', () => {
  it('allows everything and names the sitemap by its absolute URL', () => {
    expect(buildRobotsTxt('https://glossar.example.de/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://glossar.example.de/sitemap.xml\n',
    );
  });

  it('rejects a relative sitemap URL, which crawlers ignore', () => {
    expect(() => buildRobotsTxt('/sitemap.xml')).toThrow();
  });
});
