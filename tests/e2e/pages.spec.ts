import { test, expect, builtPages, builtHtml, entryPages, expectAccessible, expectNoSidewaysScroll } from './fixtures';

const pages = builtPages();
const entries = new Set(entryPages());

test('the built site has the home page, the A–Z index, the 404 page and at least 10 entries', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/glossar/', '/404.html']));
  expect(entries.size).toBeGreaterThanOrEqual(10);
});

// One visit per page: axe; on an entry without a calculator the scripts it loads before any
// interaction (entries that embed a calculator load it when it scrolls into view; the calculator
// specs cover them); then, with everything unfolded, that nothing is wider than a 320 or 390 px phone.
for (const path of pages) {
  const scriptFree = entries.has(path) && !builtHtml(path).includes('data-calculator');
  const title = `${path}: no WCAG 2.2 AA violation (axe, light and dark)${scriptFree ? ', no script but the search trigger' : ''}, no sideways scrolling at 320 and 390 px`;
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
    await expectNoSidewaysScroll(page, [320, 390]);
  });
}
