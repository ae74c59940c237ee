import { gunzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, builtHtml, entryPages } from './fixtures';
import { validEntryFiles } from '../../src/lib/glossary/entry-files';
import { categoryBySlug } from '../../src/lib/glossary/categories';

const root = join(import.meta.dirname, '../..');
const entries = new Map(validEntryFiles(root).map((e) => [e.slug, e.data]));
const vertrauen = entries.get('vertrauen')!;

/** The links in an entry's text that carry a preview. */
const previewLinks = (page: Page) => page.locator('.prose a:has(> .preview)');

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Hovers `link`, waits for its preview and checks that the preview lies inside the viewport and
 * covers none of the link's line boxes (a link broken over two lines has two).
 */
async function expectPreviewPlacedWell(page: Page, link: Locator, show: 'hover' | 'focus') {
  if (show === 'hover') await link.hover();
  else await link.focus();
  const preview = link.locator('.preview');
  await expect(preview).toBeVisible();
  const box = (await preview.boundingBox())!;
  const { rects, viewport } = await link.evaluate((a) => ({
    rects: [...a.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
    viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
  }));
  const where = `${await link.textContent()} at ${JSON.stringify(rects)}, preview ${JSON.stringify(box)}, viewport ${JSON.stringify(viewport)}`;
  expect(box.x, where).toBeGreaterThanOrEqual(0);
  expect(box.y, where).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, where).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height, where).toBeLessThanOrEqual(viewport.height);
  for (const rect of rects) expect(overlaps(box, rect), where).toBe(false);
  // Away again: the pointer to a corner, the focus to the page.
  await page.mouse.move(0, 0);
  await link.evaluate((a) => (a as HTMLElement).blur());
  await expect(preview).toBeHidden();
}

/** Focuses the element just before the link, then Tabs onto it, so the browser treats it as keyboard focus. */
async function tabOnto(page: Page, link: Locator) {
  await link.evaluate((a) => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href]')];
    all[all.indexOf(a as HTMLElement) - 1]?.focus();
  });
  await page.keyboard.press('Tab');
}

/**
 * Scrolls so that the link's top lies `fromTop` px below the viewport's top edge (negative: from the
 * bottom). At once, not smoothly as the site scrolls (`scroll-behavior: smooth`): a hover right after
 * a scroll still in motion would miss the link on a busy machine.
 */
async function scrollLinkTo(link: Locator, fromTop: number) {
  await link.evaluate((a, offset) => {
    const top = a.getBoundingClientRect().top;
    const target = offset >= 0 ? offset : window.innerHeight + offset - a.getBoundingClientRect().height;
    window.scrollBy({ top: top - target, behavior: 'instant' });
  }, fromTop);
}

test.describe('link previews on an entry page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/glossar/cross-selling/');
  });

  test('hovering a link to another entry shows, after a short delay, its title, category and summary', async ({ page }) => {
    const link = page.locator('.prose a[href="/glossar/vertrauen/"]').first();
    const preview = link.locator('.preview');
    await expect(preview).toBeHidden();
    const start = Date.now();
    await link.hover();
    await expect(preview).toBeVisible();
    expect(Date.now() - start, 'delay before the preview appears').toBeGreaterThanOrEqual(400);
    await expect(preview.locator('strong')).toHaveText(vertrauen.title);
    await expect(preview.locator('small')).toHaveText(categoryBySlug(vertrauen.category).name);
    await expect(preview.locator('[id]')).toHaveText(vertrauen.summary);
  });

  test('no preview is visible while no link is hovered or focused, and one closes when the pointer leaves', async ({ page }) => {
    const previews = page.locator('.prose .preview');
    expect(await previews.count()).toBeGreaterThan(5);
    for (const preview of await previews.all()) await expect(preview).toBeHidden();
    const link = previewLinks(page).first();
    await link.hover();
    await expect(link.locator('.preview')).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(link.locator('.preview')).toBeHidden();
  });

  test('previews take no room: showing one moves nothing, and the text is laid out as without them', async ({ page }) => {
    const layout = () =>
      page.locator('.prose > *').evaluateAll((blocks) => blocks.map((b) => JSON.stringify(b.getBoundingClientRect())));
    const link = page.locator('.prose a[href="/glossar/vertrauen/"]').first();
    await link.scrollIntoViewIfNeeded();
    const before = await layout();
    await link.hover();
    await expect(link.locator('.preview')).toBeVisible();
    expect(await layout()).toEqual(before);
    await page.locator('.prose .preview').evaluateAll((previews) => previews.forEach((p) => p.remove()));
    expect(await layout()).toEqual(before);
  });

  test('moving the pointer from the link into the preview keeps it open', async ({ page }) => {
    const link = page.locator('.prose a[href="/glossar/vertrauen/"]').first();
    const preview = link.locator('.preview');
    await link.hover();
    await expect(preview).toBeVisible();
    const to = (await preview.boundingBox())!;
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.waitForTimeout(800);
    await expect(preview).toBeVisible();
  });

  test('moving to a link with the Tab key shows its preview at once', async ({ page }) => {
    const link = previewLinks(page).first();
    await tabOnto(page, link);
    await expect(link).toBeFocused();
    await expect(link.locator('.preview')).toBeVisible({ timeout: 300 });
    await expect(link.locator('.preview strong')).not.toBeEmpty();
  });

  test('the link keeps its name and gets the summary once, as its description', async ({ page }) => {
    const link = page.locator('.prose a[href="/glossar/vertrauen/"]').first();
    await expect(link).toHaveAccessibleName('Vertrauen');
    await expect(link).toHaveAccessibleDescription(vertrauen.summary);
    await expect(link.locator('.preview')).toHaveAttribute('aria-hidden', 'true');
    const ids = await page.locator('.prose .preview [id]').evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('printing hides the previews, also the one of the focused link', async ({ page }) => {
    const link = previewLinks(page).first();
    await tabOnto(page, link);
    await expect(link.locator('.preview')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(link.locator('.preview')).toHaveCSS('display', 'none');
  });
});

for (const viewport of [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
]) {
  test.describe(`preview placement at ${viewport.width} px`, () => {
    test.use({ viewport });
    // Where a preview opens is decided by CSS alone; its delay is tested above. Without the
    // transitions each of the dozen openings here shows and hides at once.
    // (Through the CSSOM: the CSP allows no style element.)
    const openAtOnce = (page: Page) =>
      previewLinks(page).evaluateAll((links) => links.forEach((a) => a.querySelector<HTMLElement>('.preview')!.style.setProperty('transition', 'none', 'important')));

    test('previews of links at the left and right edge stay inside the viewport and off the link', async ({ page }) => {
      await page.goto('/glossar/cross-selling/');
      await openAtOnce(page);
      const boxes = await previewLinks(page).evaluateAll((links) =>
        links.map((a) => {
          const rects = [...a.getClientRects()];
          return { left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)) };
        }),
      );
      const leftmost = boxes.indexOf(boxes.reduce((a, b) => (b.left < a.left ? b : a)));
      const rightmost = boxes.indexOf(boxes.reduce((a, b) => (b.right > a.right ? b : a)));
      for (const i of new Set([leftmost, rightmost])) {
        const link = previewLinks(page).nth(i);
        await scrollLinkTo(link, 250);
        await expectPreviewPlacedWell(page, link, 'hover');
        await expectPreviewPlacedWell(page, link, 'focus');
      }
    });

    // One test per link (first, middle, last of the page), so a failure names the link.
    for (const [which, pick] of [
      ['first', () => 0],
      ['middle', (count: number) => Math.floor(count / 2)],
      ['last', (count: number) => count - 1],
    ] as const) {
      test(`the preview of the ${which} link opens where there is room, near the bottom and the top of the viewport`, async ({ page }) => {
        await page.goto('/glossar/cross-selling/');
        await openAtOnce(page);
        const link = previewLinks(page).nth(pick(await previewLinks(page).count()));
        await scrollLinkTo(link, -12);
        await expectPreviewPlacedWell(page, link, 'hover');
        await scrollLinkTo(link, 12);
        await expectPreviewPlacedWell(page, link, 'hover');
      });
    }

    test('a link broken over two lines keeps both lines uncovered', async ({ page }) => {
      await page.goto('/glossar/qualifizierung/');
      await openAtOnce(page);
      const wrapped = await previewLinks(page).evaluateAll((links) => links.findIndex((a) => a.getClientRects().length > 1));
      test.skip(wrapped < 0, 'no link breaks over two lines at this width');
      const link = previewLinks(page).nth(wrapped);
      await scrollLinkTo(link, 300);
      await expectPreviewPlacedWell(page, link, 'hover');
    });
  });
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  test('tapping a link opens the entry', async ({ page }) => {
    await page.goto('/glossar/cross-selling/');
    const link = page.locator('.prose a[href="/glossar/vertrauen/"]').first();
    await link.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => matchMedia('(hover: hover)').matches), 'a touch screen cannot hover').toBe(false);
    await link.tap();
    await expect(page).toHaveURL(/\/glossar\/vertrauen\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(vertrauen.title);
  });
});

test.describe('search', () => {
  // Pagefind's fragments: gzip, a signature, then the JSON of one page (url, content, …).
  const fragments = () => {
    const dir = join(root, 'dist/pagefind/fragment');
    return readdirSync(dir).map((name) => {
      const raw = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    });
  };

  test('the search index holds no preview text, so excerpts never show the summary of a linked entry', () => {
    const byUrl = new Map(fragments().map((f) => [f.url, f.content]));
    let checked = 0;
    for (const path of entryPages()) {
      // The indexed part of the page; a summary its own text quotes may of course be found.
      const body = /<article[^>]*data-pagefind-body[^>]*>.*?<\/article>/s.exec(builtHtml(path))![0];
      const withoutPreviews = body.replace(/<span class="preview"[^>]*>.*?<\/span><\/span>/gs, '');
      for (const match of body.matchAll(/<span id="vorschau-\d+">([^<]+)<\/span>/g)) {
        const summary = match[1]!.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
        if (withoutPreviews.includes(match[1]!)) continue;
        expect(byUrl.get(path), `${path} indexes the preview „${summary.slice(0, 40)}…“`).not.toContain(summary);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
