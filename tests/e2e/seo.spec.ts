/**
 * What search engines and social networks see of the built site: titles, descriptions, canonical
 * URLs, Open Graph tags and images, JSON-LD, sitemap, robots.txt and the Atom feed. The HTML and
 * XML files are read from dist/ and parsed by Chromium's DOMParser, so every page is checked.
 */
import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, builtPages, entryPages } from './fixtures';
import { site } from '../../src/site';

const dist = join(import.meta.dirname, '../../dist');
const pages = builtPages();
const entries = entryPages();
const NOT_FOUND = '/404.html';
const indexable = pages.filter((p) => p !== NOT_FOUND);
const abs = (path: string) => new URL(path, `${site.url}/`).href;

/** The dist/ file behind a URL path. */
function distFile(path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/** What the head (and a few landmarks of the body) of a page say, as parsed by the browser. */
interface PageFacts {
  path: string;
  lang: string | null;
  titles: string[];
  descriptions: string[];
  canonicals: string[];
  robots: string | null;
  /** Content of each meta tag by its property or name; a repeated tag keeps all values. */
  meta: Record<string, string[]>;
  jsonLd: string[];
  feeds: string[];
  crumbs: { label: string; href: string | null }[];
  h1: string;
  definition: string | null;
  aka: string | null;
  stand: string | null;
}

let facts: Promise<PageFacts[]> | undefined;

/** Facts of every built page (parsed once per worker). */
function allFacts(page: Page): Promise<PageFacts[]> {
  const docs = pages.map((path) => ({ path, html: readFileSync(distFile(path), 'utf8') }));
  facts ??= page.evaluate((docs) => {
    const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    return docs.map(({ path, html }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const meta: Record<string, string[]> = {};
      for (const m of doc.head.querySelectorAll('meta[property], meta[name]')) {
        const key = m.getAttribute('property') ?? m.getAttribute('name')!;
        (meta[key] ??= []).push(m.getAttribute('content') ?? '');
      }
      return {
        path,
        lang: doc.documentElement.getAttribute('lang'),
        titles: [...doc.querySelectorAll('title')].map((t) => t.textContent ?? ''),
        descriptions: [...doc.head.querySelectorAll('meta[name="description"]')].map((m) => m.getAttribute('content') ?? ''),
        canonicals: [...doc.head.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href') ?? ''),
        robots: doc.head.querySelector('meta[name="robots"]')?.getAttribute('content') ?? null,
        meta,
        jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
        feeds: [...doc.head.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((l) => l.getAttribute('href') ?? ''),
        crumbs: [...doc.querySelectorAll('nav.breadcrumbs li')].map((li) => ({
          label: text(li) ?? '',
          href: li.querySelector('a')?.getAttribute('href') ?? null,
        })),
        h1: text(doc.querySelector('h1')) ?? '',
        definition: text(doc.querySelector('.definition p')),
        aka: text(doc.querySelector('.aka')),
        stand: doc.querySelector('.stand time')?.getAttribute('datetime') ?? null,
      };
    });
  }, docs);
  return facts;
}

/** An XML file from dist/, to parse in the browser. */
function xmlFile(file: string): string {
  return readFileSync(join(dist, file), 'utf8');
}

/** Width and height of a PNG from its IHDR chunk (bytes 16–23, big-endian). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 8)], `${file} is a PNG`).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// JSON-LD is checked field by field; its shape is what the tests assert, not a type.
type Json = Record<string, any>;

/** The nodes of a page's JSON-LD document (flat or in @graph). */
function jsonLdNodes(f: PageFacts): Json[] {
  const doc = JSON.parse(f.jsonLd[0]!) as Json;
  expect(doc['@context'], `${f.path}: @context`).toBe('https://schema.org');
  return Array.isArray(doc['@graph']) ? doc['@graph'] : [doc];
}

const byType = (nodes: Json[], type: string) => nodes.filter((n) => n['@type'] === type);

test('the site under test is built for the configured site URL', async ({ page }) => {
  const home = (await allFacts(page)).find((f) => f.path === '/')!;
  expect(home.canonicals).toEqual([`${site.url}/`]);
});

test.describe('titles and descriptions', () => {
  test('every page has exactly one non-empty title, no two pages share a title, and none is longer than 70 characters', async ({ page }) => {
    const all = await allFacts(page);
    for (const f of all) expect(f.titles, f.path).toHaveLength(1);
    const titles = all.map((f) => f.titles[0]!);
    expect(titles.every((t) => t.trim().length > 0)).toBe(true);
    expect(new Set(titles).size, 'duplicate titles').toBe(titles.length);
    const longest = all.reduce((a, b) => (b.titles[0]!.length > a.titles[0]!.length ? b : a));
    console.log(`Longest title (${longest.titles[0]!.length} characters, ${longest.path}): ${longest.titles[0]}`);
    test.info().annotations.push({ type: 'longest title', description: `${longest.titles[0]!.length}: ${longest.titles[0]}` });
    for (const f of all) expect(f.titles[0]!.length, `${f.path}: ${f.titles[0]}`).toBeLessThanOrEqual(70);
  });

  test('entry titles follow "<Begriff>: Definition, Beispiele & Tipps | <Marke>" and shorten it only to stay within 60 characters', async ({ page }) => {
    const all = await allFacts(page);
    for (const f of all.filter((f) => entries.includes(f.path))) {
      const title = f.titles[0]!;
      const full = `${f.h1}: Definition, Beispiele & Tipps | ${site.brand}`;
      const allowed = [full, `${f.h1}: Definition & Beispiele | ${site.brand}`, `${f.h1}: Definition | ${site.brand}`, `${f.h1} | ${site.brand}`];
      expect(allowed, f.path).toContain(title);
      // The first (longest) form that fits 60 characters, or the bare term when none does.
      const expected = allowed.find((t) => t.length <= 60) ?? allowed.at(-1);
      expect(title, f.path).toBe(expected);
    }
  });

  test('every other page has a title of at most 60 characters that names the brand', async ({ page }) => {
    for (const f of (await allFacts(page)).filter((f) => !entries.includes(f.path))) {
      expect(f.titles[0]!.length, `${f.path}: ${f.titles[0]}`).toBeLessThanOrEqual(60);
      expect(f.titles[0], f.path).toContain(site.brand);
    }
  });

  test('every page has exactly one meta description of 50 to 160 characters, and no two pages share one', async ({ page }) => {
    const all = await allFacts(page);
    for (const f of all) {
      expect(f.descriptions, f.path).toHaveLength(1);
      expect(f.descriptions[0]!.length, `${f.path}: ${f.descriptions[0]}`).toBeGreaterThanOrEqual(50);
      expect(f.descriptions[0]!.length, `${f.path}: ${f.descriptions[0]}`).toBeLessThanOrEqual(160);
    }
    const descriptions = all.map((f) => f.descriptions[0]);
    expect(new Set(descriptions).size, 'duplicate descriptions').toBe(descriptions.length);
  });

  test('an entry page uses its summary, the visible definition, as meta description', async ({ page }) => {
    for (const f of (await allFacts(page)).filter((f) => entries.includes(f.path))) {
      expect(f.definition, f.path).toBeTruthy();
      expect(f.descriptions[0], f.path).toBe(f.definition);
    }
  });

  test('every page declares lang="de" and links the Atom feed by its absolute URL', async ({ page }) => {
    for (const f of await allFacts(page)) {
      expect(f.lang, f.path).toBe('de');
      expect(f.feeds, f.path).toEqual([abs('/feed.xml')]);
    }
  });
});

test.describe('canonical URLs', () => {
  test('every page but the 404 page has one canonical URL: absolute, on the site URL, and its own path', async ({ page }) => {
    for (const f of (await allFacts(page)).filter((f) => f.path !== NOT_FOUND)) {
      expect(f.canonicals, f.path).toEqual([abs(f.path)]);
      expect(f.canonicals[0]!.startsWith(`${site.url}/`), f.path).toBe(true);
      expect(f.robots, f.path).toBeNull();
    }
  });

  test('the 404 page is marked noindex and claims no canonical URL', async ({ page }) => {
    const f = (await allFacts(page)).find((f) => f.path === NOT_FOUND)!;
    expect(f.robots).toBe('noindex');
    expect(f.canonicals).toEqual([]);
    expect(f.meta['og:url']).toBeUndefined();
  });
});

test.describe('Open Graph and Twitter cards', () => {
  test('every page has each Open Graph and Twitter tag once, og:type article on entries and website elsewhere', async ({ page }) => {
    for (const f of await allFacts(page)) {
      const one = (key: string) => {
        expect(f.meta[key], `${f.path}: ${key}`).toHaveLength(1);
        expect(f.meta[key]![0]!.trim(), `${f.path}: ${key}`).not.toBe('');
        return f.meta[key]![0]!;
      };
      expect(one('og:type'), f.path).toBe(entries.includes(f.path) ? 'article' : 'website');
      expect(one('og:locale'), f.path).toBe('de_DE');
      expect(one('og:site_name'), f.path).toBe(site.glossaryName);
      one('og:title');
      expect(one('og:description'), f.path).toBe(f.descriptions[0]);
      if (f.path !== NOT_FOUND) expect(one('og:url'), f.path).toBe(f.canonicals[0]);
      expect(one('og:image').startsWith(`${site.url}/`), f.path).toBe(true);
      expect(one('og:image:width'), f.path).toBe('1200');
      expect(one('og:image:height'), f.path).toBe('630');
      expect(one('og:image:alt').length, f.path).toBeGreaterThan(10);
      expect(one('twitter:card'), f.path).toBe('summary_large_image');
    }
  });

  test('every og:image is a 1200×630 PNG in dist/: its own per entry, with the term in the alt text, and the default elsewhere', async ({ page }) => {
    const all = await allFacts(page);
    const images = new Map<string, string>();
    for (const f of all) {
      const url = new URL(f.meta['og:image']![0]!);
      const file = join(dist, url.pathname);
      expect(existsSync(file), `${f.path}: ${url.pathname} exists in dist/`).toBe(true);
      expect(pngSize(file), `${f.path}: ${url.pathname}`).toEqual({ width: 1200, height: 630 });
      images.set(f.path, url.pathname);
      if (entries.includes(f.path)) expect(f.meta['og:image:alt']![0], f.path).toContain(f.h1);
    }
    const entryImages = entries.map((p) => images.get(p));
    expect(new Set(entryImages).size, 'one image per entry').toBe(entries.length);
    const others = [...images].filter(([p]) => !entries.includes(p)).map(([, img]) => img);
    expect(new Set(others)).toEqual(new Set(['/og/default.png']));
    expect(entryImages).not.toContain('/og/default.png');
  });
});

test.describe('structured data', () => {
  test('every page has exactly one JSON-LD script, and it parses', async ({ page }) => {
    for (const f of await allFacts(page)) {
      expect(f.jsonLd, f.path).toHaveLength(1);
      expect(() => jsonLdNodes(f), f.path).not.toThrow();
      expect(f.jsonLd[0], `${f.path}: no raw "<" in JSON-LD`).not.toContain('<');
    }
  });

  test('every entry is a DefinedTerm with name, description, url and synonyms, in the glossary DefinedTermSet', async ({ page }) => {
    for (const f of (await allFacts(page)).filter((f) => entries.includes(f.path))) {
      const [term, ...more] = byType(jsonLdNodes(f), 'DefinedTerm');
      expect(more, f.path).toEqual([]);
      expect(term, f.path).toBeDefined();
      expect(term!.name, f.path).toBe(f.h1);
      expect(term!.description, f.path).toBe(f.definition);
      expect(term!.url, f.path).toBe(f.canonicals[0]);
      expect(term!.inDefinedTermSet, f.path).toMatchObject({ '@type': 'DefinedTermSet', '@id': expect.any(String), url: abs('/glossar/') });
      for (const name of term!.alternateName ?? []) expect(f.aka, `${f.path}: alternateName "${name}" is shown`).toContain(name);
      if (f.aka?.includes('Auch:')) expect(term!.alternateName?.length, `${f.path}: synonyms as alternateName`).toBeGreaterThan(0);
    }
  });

  test('every entry has a BreadcrumbList that matches its visible breadcrumbs Start › Glossar › Begriff', async ({ page }) => {
    for (const f of (await allFacts(page)).filter((f) => entries.includes(f.path))) {
      expect(f.crumbs.map((c) => c.label), f.path).toEqual(['Start', 'Glossar', f.h1]);
      const [list] = byType(jsonLdNodes(f), 'BreadcrumbList');
      expect(list, f.path).toBeDefined();
      const visible = f.crumbs.map((c, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: c.label,
        item: c.href ? abs(c.href) : f.canonicals[0],
      }));
      expect(list!.itemListElement, f.path).toEqual(visible);
    }
  });

  test('the A–Z page is the DefinedTermSet that lists every entry by name and URL, under the @id the entries point to', async ({ page }) => {
    const all = await allFacts(page);
    const az = all.find((f) => f.path === '/glossar/')!;
    const [set] = byType(jsonLdNodes(az), 'DefinedTermSet');
    expect(set).toBeDefined();
    expect(set!.url).toBe(abs('/glossar/'));
    expect(set!.name).toBe(site.glossaryName);
    const listed = (set!.hasDefinedTerm as Json[]).map((t) => ({ name: t.name, url: t.url }));
    const expected = all.filter((f) => entries.includes(f.path)).map((f) => ({ name: f.h1, url: abs(f.path) }));
    expect(new Set(listed.map((t) => JSON.stringify(t)))).toEqual(new Set(expected.map((t) => JSON.stringify(t))));
    expect(listed).toHaveLength(entries.length);
    for (const f of all.filter((f) => entries.includes(f.path))) {
      expect(byType(jsonLdNodes(f), 'DefinedTerm')[0]!.inDefinedTermSet['@id'], f.path).toBe(set!['@id']);
    }
  });

  test('the home page is a WebSite whose SearchAction opens /suche/?q={search_term_string}, and that address finds the entry', async ({ page }) => {
    const home = (await allFacts(page)).find((f) => f.path === '/')!;
    const [website] = byType(jsonLdNodes(home), 'WebSite');
    expect(website).toMatchObject({ url: `${site.url}/`, name: site.glossaryName, inLanguage: 'de' });
    const action = website!.potentialAction;
    expect(action['@type']).toBe('SearchAction');
    expect(action.target.urlTemplate).toBe(abs('/suche/?q={search_term_string}'));
    expect(action['query-input']).toBe('required name=search_term_string');

    const target = new URL(action.target.urlTemplate.replace('{search_term_string}', 'Querverkauf'));
    await page.goto(`${target.pathname}${target.search}`);
    const results = page.getByRole('listbox', { name: 'Suchergebnisse' }).getByRole('option');
    await expect(results.first()).toContainText('Cross-Selling');
  });
});

test.describe('sitemap and robots.txt', () => {
  test('the sitemap lists every page but the 404 page, each once, by its canonical URL', async ({ page }) => {
    const locs = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error(`not well-formed: ${doc.querySelector('parsererror')!.textContent}`);
      if (doc.documentElement.namespaceURI !== 'http://www.sitemaps.org/schemas/sitemap/0.9') throw new Error('wrong namespace');
      return [...doc.getElementsByTagName('loc')].map((l) => l.textContent);
    }, xmlFile('sitemap.xml'));
    const canonicals = (await allFacts(page)).filter((f) => f.path !== NOT_FOUND).map((f) => f.canonicals[0]);
    expect(locs).toHaveLength(new Set(locs).size);
    expect([...locs].sort()).toEqual([...canonicals].sort());
    expect(locs.some((l) => l!.includes('404'))).toBe(false);
    expect(indexable.length).toBe(locs.length);
  });

  test('the sitemap gives each entry its "Stand" date as lastmod, and the overview pages the newest one', async ({ page }) => {
    const urls = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error(`not well-formed: ${doc.querySelector('parsererror')!.textContent}`);
      return [...doc.getElementsByTagName('url')].map((u) => ({
        loc: u.getElementsByTagName('loc')[0]?.textContent ?? '',
        lastmod: u.getElementsByTagName('lastmod')[0]?.textContent ?? null,
      }));
    }, xmlFile('sitemap.xml'));
    const lastmod = new Map(urls.map((u) => [u.loc, u.lastmod]));
    const entryFacts = (await allFacts(page)).filter((f) => entries.includes(f.path));
    for (const f of entryFacts) expect(lastmod.get(abs(f.path)), f.path).toBe(f.stand);
    const newestDate = entryFacts.map((f) => f.stand!).sort().at(-1);
    expect(lastmod.get(abs('/'))).toBe(newestDate);
    expect(lastmod.get(abs('/glossar/'))).toBe(newestDate);
    for (const { lastmod: date } of urls) if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('robots.txt is served, allows crawling and points to the sitemap by its absolute URL', async ({ page }) => {
    const response = await page.request.get('/robots.txt');
    expect(response.ok()).toBe(true);
    const robots = await response.text();
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${abs('/sitemap.xml').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'm'));
    expect((await page.request.get('/sitemap.xml')).ok()).toBe(true);
  });
});

test.describe('Atom feed', () => {
  test('the feed is well-formed Atom and lists every entry once with title, link, id, updated and summary, newest first', async ({ page }) => {
    const feed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error(`not well-formed: ${doc.querySelector('parsererror')!.textContent}`);
      const atom = 'http://www.w3.org/2005/Atom';
      if (doc.documentElement.namespaceURI !== atom || doc.documentElement.localName !== 'feed') throw new Error('not an Atom feed');
      const child = (el: Element, name: string) => [...el.children].find((c) => c.localName === name);
      const root = doc.documentElement;
      return {
        id: child(root, 'id')?.textContent,
        title: child(root, 'title')?.textContent,
        updated: child(root, 'updated')?.textContent,
        author: child(root, 'author')?.textContent?.trim(),
        self: [...root.children].find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self')?.getAttribute('href'),
        entries: [...root.children]
          .filter((c) => c.localName === 'entry')
          .map((e) => ({
            title: child(e, 'title')?.textContent,
            link: child(e, 'link')?.getAttribute('href'),
            id: child(e, 'id')?.textContent,
            updated: child(e, 'updated')?.textContent,
            summary: child(e, 'summary')?.textContent,
          })),
      };
    }, xmlFile('feed.xml'));
    expect(feed.id).toBe(`${site.url}/`);
    expect(feed.self).toBe(abs('/feed.xml'));
    expect(feed.title).toBeTruthy();
    expect(feed.author).toBeTruthy();

    const entryFacts = new Map((await allFacts(page)).filter((f) => entries.includes(f.path)).map((f) => [abs(f.path), f]));
    expect(feed.entries).toHaveLength(entries.length);
    expect(new Set(feed.entries.map((e) => e.link))).toEqual(new Set(entryFacts.keys()));
    for (const e of feed.entries) {
      const f = entryFacts.get(e.link!)!;
      expect(e.id, e.link!).toBe(e.link);
      expect(e.title, e.link!).toBe(f.h1);
      expect(e.summary, e.link!).toBe(f.definition);
      expect(e.updated, e.link!).toBe(`${f.stand}T00:00:00Z`);
    }
    const stamps = feed.entries.map((e) => e.updated!);
    expect(stamps).toEqual([...stamps].sort().reverse());
    expect(feed.updated).toBe(stamps[0]);
  });
});
