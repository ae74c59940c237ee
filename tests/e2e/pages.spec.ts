import { test, expect, builtPages, builtHtml, entryPages, expectAccessible } from './fixtures';

const pages = builtPages();

test('the built site has the home page, the A–Z index, the 404 page and at least 10 entries', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/glossar/', '/404.html']));
  expect(entryPages().length).toBeGreaterThanOrEqual(10);
});

test.describe('accessibility', () => {
  for (const path of pages) {
    test(`axe finds no WCAG 2.2 AA violation on ${path}, light and dark`, async ({ page }) => {
      await page.goto(path);
      await expectAccessible(page);
    });
  }
});

test.describe('entry pages load no JavaScript but the search trigger', () => {
  // Entries that embed a calculator load it when it scrolls into view; the calculator specs cover them.
  for (const path of entryPages().filter((p) => !builtHtml(p).includes('data-calculator'))) {
    test(`${path} loads only the search trigger`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.mouse.move(10, 10);
      expect(scripts.every((s) => /\/_astro\/(SearchTrigger|preload-helper)[^/]*\.js$/.test(s)), scripts.join(', ')).toBe(true);
      expect(await page.locator('astro-island').count()).toBe(0);
    });
  }
});
