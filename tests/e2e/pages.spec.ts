import { test, expect, builtPages, builtHtml, entryPages, expectAccessible } from './fixtures';

const pages = builtPages();
const entries = new Set(entryPages());

test('the built site has the home page, the A–Z index, the 404 page and at least 10 entries', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/glossar/', '/404.html']));
  expect(entries.size).toBeGreaterThanOrEqual(10);
});

// One visit per page: axe, and on an entry without a calculator the scripts it loads before any
// interaction. Entries that embed a calculator load it when it scrolls into view; the calculator
// specs cover them.
for (const path of pages) {
  const scriptFree = entries.has(path) && !builtHtml(path).includes('data-calculator');
  const title = `axe finds no WCAG 2.2 AA violation on ${path}, light and dark${scriptFree ? ', and it loads no script but the search trigger' : ''}`;
  test(title, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(path, { waitUntil: scriptFree ? 'networkidle' : 'load' });
    if (scriptFree) {
      await page.mouse.move(10, 10);
      expect(scripts.every((s) => /\/_astro\/(SearchTrigger|preload-helper)[^/]*\.js$/.test(s)), scripts.join(', ')).toBe(true);
      expect(await page.locator('astro-island').count()).toBe(0);
    }
    await expectAccessible(page);
  });
}
