/**
 * The maps: every entry's „Begriffsnetz“ (diagram and list) and the map of the whole glossary at
 * /glossar/karte/. The built HTML is checked for every entry; the browser checks what readers get.
 */
import { test, expect, builtHtml, builtPages, entryPages } from './fixtures';

const entries = entryPages();
const pages = new Set(builtPages());

/** The Begriffsnetz section of an entry page, its diagram and its list (markup written by EntryMap.astro). */
function mapOf(path: string) {
  const html = builtHtml(path);
  const section = /<section class="entry-section nw"[\s\S]*?<\/section>/.exec(html)?.[0];
  const svg = section && /<svg class="nm"[\s\S]*?<\/svg>/.exec(section)?.[0];
  const list = section && /<ul class="nw-list">[\s\S]*<\/ul>/.exec(section)?.[0];
  const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
  return { section, svg, list, h1 };
}

const hrefs = (markup: string) => [...markup.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]!);
/** Text of markup: entities decoded, wrapped lines joined (without a space after a hyphen). */
const text = (markup: string) =>
  // The category mark (a glyph in its own tspan) is not part of the title.
  markup
    .replace(/<tspan class="m">.<\/tspan> /g, '')
    .replace(/(-?)<tspan[^>]*>/g, (_, hyphen: string) => (hyphen ? '-' : ' '))
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .trim();

/** The nested list as a tree: each top-level item's link and the links of the items below it. */
function listTree(list: string): { href: string; behind: string[] }[] {
  const tree: { href: string; behind: string[] }[] = [];
  let depth = 0;
  for (const [tag] of list.matchAll(/<\/?ul[^>]*>|<a [^>]*>/g)) {
    if (tag.startsWith('<ul')) depth++;
    else if (tag === '</ul>') depth--;
    else if (depth === 1) tree.push({ href: hrefs(tag)[0]!, behind: [] });
    else tree.at(-1)!.behind.push(hrefs(tag)[0]!);
  }
  return tree;
}

test('every entry has a Begriffsnetz: the entry in the centre, at most 5 direct and 4 behind each, links to existing entries, the same in the list', () => {
  const problems: string[] = [];
  const check = (ok: boolean, path: string, what: string) => {
    if (!ok) problems.push(`${path}: ${what}`);
  };
  for (const path of entries) {
    const { svg, list, h1 } = mapOf(path);
    if (!svg || !list) {
      problems.push(`${path}: Diagramm oder Liste fehlt`);
      continue;
    }
    // The centre is the entry itself and no link; every node link leads to another existing entry, once.
    const centre = /<g class="n0 [^"]*"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    check(text(centre) === text(h1 ?? ''), path, `Mitte „${text(centre)}“ ist nicht „${h1}“`);
    const nodes = hrefs(svg);
    for (const href of nodes) check(pages.has(href), path, `${href} gibt es nicht`);
    check(!nodes.includes(path), path, 'verlinkt sich selbst');
    check(new Set(nodes).size === nodes.length, path, 'ein Begriff erscheint zweimal');
    check(!svg.includes('style='), path, 'style-Attribut im SVG');

    // Limits, and the list holds the same links in tree order: direct neighbours, each with those behind it.
    const tree = listTree(list);
    const svgDirect = [...svg.matchAll(/<a [^>]*href="([^"]+)"[^>]*class="n1 /g)].map((m) => m[1]);
    check(svgDirect.length >= 1 && svgDirect.length <= 5, path, `${svgDirect.length} direkte Nachbarn`);
    check(JSON.stringify(tree.map((d) => d.href)) === JSON.stringify(svgDirect), path, 'Liste und Diagramm haben andere direkte Nachbarn');
    for (const d of tree) check(d.behind.length <= 4, path, `${d.behind.length} Begriffe hinter ${d.href}`);
    const listed = tree.flatMap((d) => [d.href, ...d.behind]);
    check(JSON.stringify([...listed].sort()) === JSON.stringify([...nodes].sort()), path, 'Liste und Diagramm verlinken Verschiedenes');
  }
  expect(problems).toEqual([]);
});

test.describe('the Begriffsnetz in the browser', () => {
  test('on a wide screen the diagram shows, stays out of the tab order, and Tab walks the list in tree order', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/glossar/cross-selling/');
    const section = page.getByRole('region', { name: 'Begriffsnetz' });
    await expect(section.locator('svg.nm')).toBeVisible();
    await expect(section.locator('svg.nm')).toHaveAttribute('aria-hidden', 'true');
    expect(await section.locator('svg.nm a:not([tabindex="-1"])').count()).toBe(0);

    const listHrefs = await section.locator('.nw-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await section.getByRole('link', { name: 'Karte des ganzen Glossars' }).focus();
    const visited: (string | null)[] = [];
    for (let i = 0; i < listHrefs.length; i++) {
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null));
    }
    expect(visited).toEqual(listHrefs);
    // Every link in the list is announced once: the diagram's links are hidden from the accessibility tree.
    await expect(section.getByRole('link', { name: 'Qualifizierung', exact: true })).toHaveCount(1);
  });

  test('clicking a node of the diagram opens that entry', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/glossar/bant/');
    const node = page.locator('svg.nm a').first();
    const href = await node.getAttribute('href');
    await node.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`on a 320 px screen the list replaces the diagram and nothing overflows (${scheme})`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/glossar/kundenakquisitionskosten/');
      const section = page.getByRole('region', { name: 'Begriffsnetz' });
      await expect(section.locator('svg.nm')).toBeHidden();
      await expect(section.locator('.nw-list a').first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    });
  }
});

test.describe('the map of the whole glossary', () => {
  test('/glossar/karte/ lists every entry exactly once, in the diagram and in the list, and every link resolves', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/glossar/karte/');
    await expect(page.getByRole('heading', { level: 1, name: 'Karte des Glossars' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Brotkrumen' })).toContainText('Glossar');

    const inList = await page.locator('.map-list li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const inMap = await page.locator('svg.om a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect([...inList].sort()).toEqual([...entries].sort());
    expect([...inMap].sort()).toEqual([...entries].sort());

    const all = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('#')[0]!));
    for (const href of all) expect(pages.has(href), `${href} exists`).toBe(true);
    expect(await page.locator('svg.om a:not([tabindex="-1"])').count()).toBe(0);
  });

  test('hovering an entry on the map highlights its connections', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/glossar/karte/');
    const node = page.locator('svg.om a[href="/glossar/qualifizierung/"]');
    const highlight = node.locator('path.h');
    await expect(highlight).toHaveCSS('visibility', 'hidden');
    await node.locator('path.m').hover({ force: true });
    await expect(highlight).toHaveCSS('visibility', 'visible');
  });

  test('the A–Z page and every entry’s Begriffsnetz link to the map', async ({ page }) => {
    await page.goto('/glossar/');
    await page.getByRole('link', { name: 'Karte des Glossars' }).click();
    await expect(page).toHaveURL(/\/glossar\/karte\/$/);
    for (const path of entries) expect(builtHtml(path), path).toContain('href="/glossar/karte/"');
  });
});
