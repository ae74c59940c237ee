import { describe, expect, it } from 'vitest';
import { entryPath, extractEntryLinks, extractHeadingIds, parseEntryHref } from '../../../src/lib/glossary/links';

describe('extractEntryLinks', () => {
  it('finds Markdown links to entries, with and without anchor', () => {
    const links = extractEntryLinks(
      'Siehe [Qualifizierung](/glossar/qualifizierung/) und [BANT](/glossar/bant/#kritik).',
    );
    expect(links).toEqual([
      { slug: 'qualifizierung', anchor: undefined, href: '/glossar/qualifizierung/' },
      { slug: 'bant', anchor: 'kritik', href: '/glossar/bant/#kritik' },
    ]);
  });

  it('finds href attributes in JSX', () => {
    expect(extractEntryLinks('<a href="/glossar/lead/">Lead</a>').map((l) => l.slug)).toEqual(['lead']);
  });

  it('accepts a link without trailing slash', () => {
    expect(extractEntryLinks('[Lead](/glossar/lead)').map((l) => l.slug)).toEqual(['lead']);
  });

  it('ignores the index, category pages, external links and code', () => {
    const source = [
      '[Alle](/glossar/) [Kategorie](/glossar/kategorie/pipeline/) [Extern](https://example.com/glossar/x/)',
      '[Karte](/glossar/karte/) [Kategorien](/glossar/kategorie/)',
      '`[Code](/glossar/inline-code/)`',
      '```',
      '[Block](/glossar/in-code-block/)',
      '```',
    ].join('\n');
    expect(extractEntryLinks(source)).toEqual([]);
  });
});

describe('extractHeadingIds', () => {
  it('slugs headings as Astro does, German umlauts kept, duplicates numbered', () => {
    expect(extractHeadingIds('## Drei Wege\n\ntext\n\n### Über Timing\n\n## Drei Wege')).toEqual([
      'drei-wege',
      'über-timing',
      'drei-wege-1',
    ]);
  });

  it('uses the text of links inside headings', () => {
    expect(extractHeadingIds('## Abgrenzung zu [Up-Selling](/glossar/up-selling/)')).toEqual([
      'abgrenzung-zu-up-selling',
    ]);
  });
});

describe('entryPath', () => {
  it('builds the canonical path with trailing slash', () => {
    expect(entryPath('cross-selling')).toBe('/glossar/cross-selling/');
    expect(entryPath('bant', 'kritik')).toBe('/glossar/bant/#kritik');
  });
});

describe('parseEntryHref', () => {
  it('reads slug and anchor of an entry link', () => {
    expect(parseEntryHref('/glossar/bant/#kritik')).toEqual({ slug: 'bant', anchor: 'kritik', href: '/glossar/bant/#kritik' });
    expect(parseEntryHref('/glossar/lead')).toEqual({ slug: 'lead', anchor: undefined, href: '/glossar/lead' });
  });

  it('ignores a query and the spaces around an attribute value', () => {
    expect(parseEntryHref('/glossar/lead/?q=1#stufen')).toMatchObject({ slug: 'lead', anchor: 'stufen' });
    expect(parseEntryHref(' /glossar/lead/ ')?.slug).toBe('lead');
  });

  it('decodes a percent-encoded slug', () => {
    expect(parseEntryHref('/glossar/gr%C3%B6%C3%9Fe/')?.slug).toBe('größe');
  });

  it('is undefined for the index, the map, category pages, other paths and other sites', () => {
    for (const href of ['/glossar/', '/glossar/karte/', '/glossar/kategorie/pipeline/', '/glossar/kategorie/', '/rechner/x/', 'https://example.com/glossar/x/', '#x']) {
      expect(parseEntryHref(href)).toBeUndefined();
    }
  });

  it('keeps a malformed percent escape as written instead of throwing', () => {
    expect(parseEntryHref('/glossar/%E0/')?.slug).toBe('%E0');
  });
});
