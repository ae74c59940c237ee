/**
 * Reading aids on entry pages: table of contents (only for texts with three or more sections,
 * every link to an existing heading, sticky beside the text on wide screens), reading time,
 * previous/next entry in A–Z order and the „Neu“/„Aktualisiert“ mark. Expected values come from
 * the entry files the build read and from the built pages, never from hard-coded dates.
 */
import type { Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, builtHtml, entryPages } from './fixtures';
import { validEntryFiles } from '../../src/lib/glossary/entry-files';
import { berlinToday } from '../../src/lib/glossary/editorial';
import { categoryPath, entryPath } from '../../src/lib/glossary/links';
import { entryWords, readingMinutes, readingTimeLabel } from '../../src/lib/reading/reading-time';
import { FRESHNESS_LABEL, freshness } from '../../src/lib/reading/freshness';
import { TOC_MIN_SECTIONS } from '../../src/lib/reading/toc';

const root = join(import.meta.dirname, '../..');
const files = new Map(validEntryFiles(root).map((e) => [entryPath(e.slug), e]));
const entries = entryPages();

/** "## " lines of a Markdown body outside code fences: the text's sections, counted without Astro. */
function sectionCount(body: string): number {
  let fenced = false;
  let count = 0;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && /^## \S/.test(line)) count++;
  }
  return count;
}

/**
 * The day the marks were computed for: the build's day in Germany, taken from when dist/ was
 * written (the build evaluates "today" seconds before; only a build across midnight could differ).
 */
const buildDay = berlinToday(statSync(join(root, 'dist/glossar/index.html')).mtime);

interface EntryFacts {
  path: string;
  toc: { href: string; text: string }[] | null;
  /** For each TOC link: the tag and text of its target, and whether it is an h2 of the text. */
  targets: { tag: string; text: string; count: number; inProse: boolean }[];
  readingTime: string | null;
  neighbours: { rel: string; href: string; text: string }[];
  mark: string | null;
  markCount: number;
}

/** Facts of every built entry page, parsed by the browser's DOMParser (no page loads). */
function entryFacts(page: Page): Promise<EntryFacts[]> {
  const docs = entries.map((path) => ({ path, html: builtHtml(path) }));
  return page.evaluate((docs) => {
    const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return docs.map(({ path, html }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const nav = doc.querySelector('nav[aria-label="Inhalt"]');
      const toc = nav ? [...nav.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href') ?? '', text: text(a) })) : null;
      const targets = (toc ?? []).map(({ href }) => {
        const id = decodeURIComponent(href.slice(1));
        const all = doc.querySelectorAll(`[id="${CSS.escape(id)}"]`);
        const el = all[0] ?? null;
        return { tag: el?.tagName.toLowerCase() ?? '', text: text(el), count: all.length, inProse: !!el?.closest('.prose') };
      });
      const neighbours = [...doc.querySelectorAll('nav[aria-label="Weitere Einträge"] a')].map((a) => ({
        rel: a.getAttribute('rel') ?? '',
        href: a.getAttribute('href') ?? '',
        text: text(a),
      }));
      const marks = doc.querySelectorAll('.entry-header .freshness');
      return {
        path,
        toc,
        targets,
        readingTime: text(doc.querySelector('.entry-header .reading-time')) || null,
        neighbours,
        mark: marks[0] ? text(marks[0]) : null,
        markCount: marks.length,
      };
    });
  }, docs);
}

/** Entry paths in the order of the A–Z page, with the mark shown there. */
async function azList(page: Page): Promise<{ href: string; mark: string | null }[]> {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [...doc.querySelectorAll('.term-list > li')].map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      mark: li.querySelector('.freshness')?.textContent?.trim() ?? null,
    }));
  }, builtHtml('/glossar/'));
}

test.describe('the table of contents', () => {
  test('every entry with three or more sections has one whose links all point to headings of the page; others have none', async ({ page }) => {
    const facts = await entryFacts(page);
    expect(facts.length).toBe(files.size);
    for (const f of facts) {
      const sections = sectionCount(files.get(f.path)!.body);
      if (sections < TOC_MIN_SECTIONS) {
        expect(f.toc, `${f.path}: ${sections} Abschnitte, kein Inhaltsverzeichnis erwartet`).toBeNull();
        continue;
      }
      expect(f.toc, `${f.path}: ${sections} Abschnitte`).not.toBeNull();
      // One link per section of the text, then the sources.
      expect(f.toc!.length, f.path).toBe(sections + 1);
      f.targets.forEach((target, i) => {
        const link = f.toc![i]!;
        expect(link.href, f.path).toMatch(/^#./);
        expect(target.count, `${f.path}: ${link.href} genau einmal vorhanden`).toBe(1);
        expect(target.tag, `${f.path}: ${link.href}`).toBe('h2');
        expect(target.text, `${f.path}: ${link.href}`).toBe(link.text);
        expect(target.inProse, `${f.path}: ${link.href} im Text`).toBe(i < sections);
      });
      expect(f.toc!.at(-1)).toEqual({ href: '#quellen', text: 'Quellen' });
    }
  });

  test('stays in view beside the text while a reader scrolls through a long entry at 1280 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/glossar/preisverhandlung/');
    const toc = page.getByRole('navigation', { name: 'Inhalt' });
    const links = toc.getByRole('link');
    await expect(links.first()).toBeVisible();
    await expect(toc.locator('summary')).toBeHidden();

    const article = await page.locator('.prose').boundingBox();
    const box = await toc.locator('details').boundingBox();
    expect(box!.x, 'rechts neben dem Text').toBeGreaterThanOrEqual(article!.x + article!.width);
    expect(box!.y, 'oben auf Höhe des Titels').toBeLessThan(article!.y);

    await page.locator('#quellen').scrollIntoViewIfNeeded();
    await expect(page.locator('.entry-header h1')).not.toBeInViewport();
    await expect(toc.locator('details')).toBeInViewport({ ratio: 1 });
    await expect(links.last()).toBeVisible();

    // A link jumps to its section.
    await links.nth(1).click();
    const id = decodeURIComponent((await links.nth(1).getAttribute('href'))!.slice(1));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });

  test('is a folded box above the text at 320 px, not beside it, and opens on a tap', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/glossar/preisverhandlung/');
    const toc = page.getByRole('navigation', { name: 'Inhalt' });
    const summary = toc.locator('summary');
    await expect(summary).toHaveText('Inhalt');
    await expect(toc.getByRole('link').first()).toBeHidden();

    const box = await toc.boundingBox();
    const prose = await page.locator('.prose').boundingBox();
    expect(box!.y + box!.height, 'über dem Text').toBeLessThanOrEqual(prose!.y);
    expect(box!.x + box!.width, 'nicht daneben').toBeLessThanOrEqual(320);

    await summary.click();
    await expect(toc.getByRole('link').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('is left out of print', async ({ page }) => {
    await page.goto('/glossar/preisverhandlung/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Inhalt' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Weitere Einträge' })).toBeHidden();
  });
});

test('every entry shows its reading time, computed from its words at 200 per minute', async ({ page }) => {
  for (const f of await entryFacts(page)) {
    const file = files.get(f.path)!;
    const minutes = readingMinutes(entryWords({ summary: file.data.summary, keyPoints: file.data.keyPoints, body: file.body }));
    expect(f.readingTime, f.path).toBe(readingTimeLabel(minutes));
  }
  await page.goto('/glossar/bant/');
  await expect(page.locator('.entry-header').getByText(/^\d+ Min\. Lesezeit$/)).toBeVisible();
});

test.describe('previous and next entry', () => {
  test('follow the A–Z order of the index, without wrapping around, and point to existing entries', async ({ page }) => {
    const order = (await azList(page)).map((item) => item.href);
    expect([...order].sort()).toEqual([...entries].sort());
    for (const f of await entryFacts(page)) {
      const i = order.indexOf(f.path);
      const expected = [
        ...(i > 0 ? [{ rel: 'prev', href: order[i - 1]!, label: 'Vorheriger Begriff: ' }] : []),
        ...(i < order.length - 1 ? [{ rel: 'next', href: order[i + 1]!, label: 'Nächster Begriff: ' }] : []),
      ];
      expect(f.neighbours.map((n) => ({ rel: n.rel, href: n.href })), f.path).toEqual(expected.map(({ rel, href }) => ({ rel, href })));
      f.neighbours.forEach((n, k) => {
        expect(entries, f.path).toContain(n.href);
        expect(n.text, f.path).toBe(`${expected[k]!.label}${files.get(n.href)!.data.title}`);
      });
    }
  });

  test('a reader can walk from the first entry to the next and back', async ({ page }) => {
    const [first, second] = (await azList(page)).map((item) => item.href);
    await page.goto(first!);
    const nav = page.getByRole('navigation', { name: 'Weitere Einträge' });
    await expect(nav.getByRole('link', { name: /^Vorheriger Begriff/ })).toHaveCount(0);
    // Chromium puts a space before the visually hidden colon in the accessible name.
    await nav.getByRole('link', { name: /^Nächster Begriff ?: / }).click();
    await expect(page).toHaveURL(new RegExp(`${second}$`));
    await page.getByRole('navigation', { name: 'Weitere Einträge' }).getByRole('link', { name: /^Vorheriger Begriff ?: / }).click();
    await expect(page).toHaveURL(new RegExp(`${first}$`));
  });
});

test.describe('the „Neu“/„Aktualisiert“ mark', () => {
  const expected = new Map([...files].map(([path, file]) => [path, freshness(file.data, buildDay)]));
  const label = (path: string) => {
    const mark = expected.get(path);
    return mark ? FRESHNESS_LABEL[mark] : null;
  };

  test(`appears on exactly the entry pages the rule selects (as of the build day)`, async ({ page }) => {
    for (const f of await entryFacts(page)) {
      expect({ path: f.path, mark: f.mark, count: f.markCount }).toEqual({ path: f.path, mark: label(f.path), count: label(f.path) ? 1 : 0 });
    }
  });

  test('appears in the A–Z list and on the category pages for the same entries', async ({ page }) => {
    for (const item of await azList(page)) expect({ path: item.href, mark: item.mark }).toEqual({ path: item.href, mark: label(item.href) });

    const categories = [...new Set([...files.values()].map((f) => f.data.category))];
    const cards = await page.evaluate(
      (docs) =>
        docs.flatMap((html) => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          return [...doc.querySelectorAll('.card')].map((card) => ({
            href: card.querySelector('a')?.getAttribute('href') ?? '',
            mark: card.querySelector('.freshness')?.textContent?.trim() ?? null,
          }));
        }),
      categories.map((c) => builtHtml(categoryPath(c))),
    );
    expect(cards.length).toBe(files.size);
    for (const card of cards) expect({ path: card.href, mark: card.mark }).toEqual({ path: card.href, mark: label(card.href) });
  });
});
