import { describe, expect, it } from 'vitest';
import { socialMetaTags, type SocialMetaInput } from '../../../src/lib/seo/meta';

const base: SocialMetaInput = {
  title: 'Lead: Definition, Beispiele & Tipps',
  description: 'Ein Kontakt mit Kaufinteresse.',
  url: 'https://glossar.example.de/glossar/lead/',
  type: 'article',
  siteName: 'Fioro Vertriebsglossar',
  locale: 'de_DE',
  image: { url: 'https://glossar.example.de/og/glossar/lead.png', width: 1200, height: 630, alt: 'Vorschaubild: „Lead“' },
  modified: '2026-11-27',
  section: 'Pipeline & Qualifizierung',
};

const asMap = (input: SocialMetaInput) => new Map(socialMetaTags(input).map((t) => [t.key, t]));

describe('socialMetaTags', () => {
  it('has every Open Graph tag a preview needs, as property attributes', () => {
    const tags = asMap(base);
    for (const [key, content] of [
      ['og:type', 'article'],
      ['og:site_name', 'Fioro Vertriebsglossar'],
      ['og:locale', 'de_DE'],
      ['og:title', base.title],
      ['og:description', base.description],
      ['og:url', base.url!],
      ['og:image', base.image.url],
      ['og:image:width', '1200'],
      ['og:image:height', '630'],
      ['og:image:alt', base.image.alt],
    ] as const) {
      expect(tags.get(key), key).toEqual({ attr: 'property', key, content });
    }
  });

  it('asks for the large Twitter card, as a name attribute', () => {
    expect(asMap(base).get('twitter:card')).toEqual({ attr: 'name', key: 'twitter:card', content: 'summary_large_image' });
  });

  it('adds modified time and section to articles only', () => {
    expect(asMap(base).get('article:modified_time')?.content).toBe('2026-11-27');
    expect(asMap(base).get('article:section')?.content).toBe('Pipeline & Qualifizierung');
    const website = asMap({ ...base, type: 'website' });
    expect(website.has('article:modified_time')).toBe(false);
    expect(website.has('article:section')).toBe(false);
  });

  it('leaves og:url out for a page without canonical URL', () => {
    expect(asMap({ ...base, url: undefined }).has('og:url')).toBe(false);
  });
});
