import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  breadcrumbList,
  definedTerm,
  definedTermSet,
  jsonLdDocument,
  serializeJsonLd,
  termSetId,
  webPage,
  webSite,
  websiteId,
  type SiteIdentity,
} from '../../../src/lib/seo/jsonld';

const site: SiteIdentity = { url: 'https://glossar.example.de', name: 'Fioro Vertriebsglossar', brand: 'Fioro', lang: 'de' };

describe('webSite', () => {
  it('describes the site with a SearchAction on /suche/?q={search_term_string}', () => {
    const node = webSite(site, { description: 'Begriffe', searchPath: '/suche/', queryParam: 'q' });
    expect(node).toMatchObject({
      '@type': 'WebSite',
      '@id': websiteId(site),
      url: 'https://glossar.example.de/',
      name: 'Fioro Vertriebsglossar',
      inLanguage: 'de',
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: 'https://glossar.example.de/suche/?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    });
  });
});

describe('definedTerm', () => {
  const term = definedTerm(site, {
    name: 'Cross-Selling',
    path: '/glossar/cross-selling/',
    description: 'Verkauf ergänzender Produkte.',
    alternateNames: ['Querverkauf', 'Zusatzverkauf', 'Querverkauf', ' ', 'Cross-Selling'],
    termSetPath: '/glossar/',
  });

  it('has name, description and the absolute URL of its page', () => {
    expect(term).toMatchObject({
      '@type': 'DefinedTerm',
      name: 'Cross-Selling',
      description: 'Verkauf ergänzender Produkte.',
      url: 'https://glossar.example.de/glossar/cross-selling/',
    });
  });

  it('lists each synonym once as alternateName, without blanks or the name itself', () => {
    expect(term.alternateName).toEqual(['Querverkauf', 'Zusatzverkauf']);
  });

  it('leaves alternateName out when there are no synonyms', () => {
    const bare = definedTerm(site, { name: 'Lead', path: '/glossar/lead/', description: 'd', alternateNames: [], termSetPath: '/glossar/' });
    expect(bare).not.toHaveProperty('alternateName');
  });

  it('points to the DefinedTermSet of the A–Z page by @id and url', () => {
    expect(term.inDefinedTermSet).toEqual({
      '@type': 'DefinedTermSet',
      '@id': termSetId(site, '/glossar/'),
      url: 'https://glossar.example.de/glossar/',
      name: 'Fioro Vertriebsglossar',
    });
  });
});

describe('definedTermSet', () => {
  it('lists every term with name and absolute URL, under the same @id the terms point to', () => {
    const set = definedTermSet(site, {
      path: '/glossar/',
      description: 'Alle Begriffe',
      terms: [
        { name: 'Lead', path: '/glossar/lead/' },
        { name: 'BANT', path: '/glossar/bant/' },
      ],
      dateModified: '2026-11-27',
    });
    expect(set['@id']).toBe(termSetId(site, '/glossar/'));
    expect(set.url).toBe('https://glossar.example.de/glossar/');
    expect(set.dateModified).toBe('2026-11-27');
    expect(set.hasDefinedTerm).toEqual([
      expect.objectContaining({ '@type': 'DefinedTerm', name: 'Lead', url: 'https://glossar.example.de/glossar/lead/' }),
      expect.objectContaining({ '@type': 'DefinedTerm', name: 'BANT', url: 'https://glossar.example.de/glossar/bant/' }),
    ]);
  });
});

describe('breadcrumbList', () => {
  it('numbers the crumbs from 1 and makes their links absolute', () => {
    const list = breadcrumbList(site, [
      { label: 'Start', href: '/' },
      { label: 'Glossar', href: '/glossar/' },
      { label: 'Lead', href: '/glossar/lead/' },
    ]);
    expect(list).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Start', item: 'https://glossar.example.de/' },
        { '@type': 'ListItem', position: 2, name: 'Glossar', item: 'https://glossar.example.de/glossar/' },
        { '@type': 'ListItem', position: 3, name: 'Lead', item: 'https://glossar.example.de/glossar/lead/' },
      ],
    });
  });
});

describe('webPage', () => {
  it('has url and @id only for a page with a canonical path', () => {
    expect(webPage(site, { name: 'Suche', description: 'd', path: '/suche/', type: 'SearchResultsPage' })).toMatchObject({
      '@type': 'SearchResultsPage',
      url: 'https://glossar.example.de/suche/',
      isPartOf: { '@id': websiteId(site) },
    });
    expect(webPage(site, { name: 'Nicht gefunden', description: 'd' })).not.toHaveProperty('url');
  });
});

describe('jsonLdDocument', () => {
  it('keeps a single node flat and puts several into @graph, with the schema.org context', () => {
    const a = webPage(site, { name: 'A', description: 'a' });
    const b = breadcrumbList(site, [{ label: 'Start', href: '/' }]);
    expect(jsonLdDocument([a])).toEqual({ '@context': 'https://schema.org', ...a });
    expect(jsonLdDocument([a, b])).toEqual({ '@context': 'https://schema.org', '@graph': [a, b] });
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment, whatever the text', () => {
    const doc = { name: '</script><script>alert(1)</script> <!-- & -->' };
    const json = serializeJsonLd(doc);
    expect(json).not.toMatch(/<|>|&/);
    expect(JSON.parse(json)).toEqual(doc);
  });

  it('round-trips any text through JSON.parse and never emits "<", ">", "&", U+2028 or U+2029', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const json = serializeJsonLd({ text });
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual({ text });
      }),
    );
  });
});
