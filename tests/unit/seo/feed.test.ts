import { describe, expect, it } from 'vitest';
import { buildAtomFeed, sortForFeed, type FeedEntry } from '../../../src/lib/seo/feed';

const entry = (slug: string, updated: string, title = slug): FeedEntry => ({
  url: `https://glossar.example.de/glossar/${slug}/`,
  title,
  summary: `Kurz: ${title}`,
  updated: new Date(updated),
});

const feed = (entries: FeedEntry[]) =>
  buildAtomFeed({
    siteUrl: 'https://glossar.example.de/',
    selfUrl: 'https://glossar.example.de/feed.xml',
    title: 'Fioro Vertriebsglossar: neue und aktualisierte Begriffe',
    subtitle: 'Begriffe',
    author: 'Fioro',
    lang: 'de',
    entries,
  });

describe('sortForFeed', () => {
  it('puts the newest update first and keeps the given order for equal dates', () => {
    const sorted = sortForFeed([entry('a', '2026-01-01'), entry('b', '2026-03-01'), entry('c', '2026-01-01'), entry('d', '2026-03-01')]);
    expect(sorted.map((e) => e.title)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('buildAtomFeed', () => {
  const xml = feed([entry('lead', '2026-01-15'), entry('cross-selling', '2026-11-27', 'Cross-Selling')]);

  it('is an Atom feed with id, self link, author and the newest entry date as <updated>', () => {
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">');
    expect(xml).toContain('<id>https://glossar.example.de/</id>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://glossar.example.de/feed.xml"/>');
    expect(xml).toContain('<author><name>Fioro</name></author>');
    expect(xml).toMatch(/<\/author>\n {2}<entry>/);
    expect(xml.match(/<updated>[^<]*<\/updated>/)?.[0]).toBe('<updated>2026-11-27T00:00:00Z</updated>');
  });

  it('gives each entry title, link, id, updated and summary, newest first', () => {
    const entries = xml.split('<entry>').slice(1);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain('<title>Cross-Selling</title>');
    expect(entries[0]).toContain('<link rel="alternate" type="text/html" href="https://glossar.example.de/glossar/cross-selling/"/>');
    expect(entries[0]).toContain('<id>https://glossar.example.de/glossar/cross-selling/</id>');
    expect(entries[0]).toContain('<updated>2026-11-27T00:00:00Z</updated>');
    expect(entries[0]).toContain('<summary>Kurz: Cross-Selling</summary>');
    expect(entries[1]).toContain('<title>lead</title>');
  });

  it('escapes markup in titles, summaries and categories', () => {
    const out = feed([{ ...entry('x', '2026-01-01', 'A & B <C>'), category: { term: 'p', label: 'Profitabilität & Kennzahlen' } }]);
    expect(out).toContain('<title>A &amp; B &lt;C&gt;</title>');
    expect(out).toContain('<summary>Kurz: A &amp; B &lt;C&gt;</summary>');
    expect(out).toContain('<category term="p" label="Profitabilität &amp; Kennzahlen"/>');
  });
});
