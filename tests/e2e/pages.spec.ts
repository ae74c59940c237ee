import type { Request } from '@playwright/test';
import { visitTest as test, expect, builtPages, builtHtml, entryPages, expectAccessible, expectNoSidewaysScroll, pagesCoveringEveryComponent } from './fixtures';

const pages = builtPages();
const entries = new Set(entryPages());
const darkChecked = pagesCoveringEveryComponent(pages);

test('colours are checked, light and dark, on a handful of pages that hold every element and class of the site', () => {
  expect(darkChecked.size).toBeGreaterThan(3);
  expect(darkChecked.size).toBeLessThan(pages.length / 2);
});

test('the built site has the home page, the A–Z index, the 404 page and at least 10 entries', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/glossar/', '/404.html']));
  expect(entries.size).toBeGreaterThanOrEqual(10);
});

// One visit per page, all visits of a worker in one browser tab (visitTest): axe (the colour rules,
// light and dark, on the pages that together hold every component; every other rule on every page);
// on an entry without a calculator the scripts it loads before any interaction (entries that embed
// a calculator load it when it scrolls into view; the calculator specs cover them); then, with
// everything unfolded, that nothing is wider than a 320 or 390 px phone.
for (const path of pages) {
  const scriptFree = entries.has(path) && !builtHtml(path).includes('data-calculator');
  const dark = darkChecked.has(path);
  const title = `${path}: no WCAG 2.2 AA violation (axe, ${dark ? 'light and dark' : 'light, colour rules on other pages'})${scriptFree ? ', no script but the search trigger' : ''}, no sideways scrolling at 320 and 390 px`;
  test(title, async ({ page }) => {
    const scripts: string[] = [];
    const onRequest = (r: Request) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    };
    page.on('request', onRequest);
    await page.goto(path);
    if (scriptFree) {
      await page.mouse.move(10, 10);
      expect(await page.locator('astro-island').count()).toBe(0);
    }
    await expectAccessible(page, { dark, colour: dark });
    // The scripts are checked once axe has run, which takes longer than the half second of quiet
    // Playwright's 'networkidle' waits for: a script loaded after the page (on idle, on a timer)
    // is caught as well, without waiting for the network on every page.
    page.off('request', onRequest);
    if (scriptFree) expect(scripts.every((s) => /\/_astro\/(SearchTrigger|preload-helper)[^/]*\.js$/.test(s)), scripts.join(', ')).toBe(true);
    await expectNoSidewaysScroll(page, [320, 390]);
  });
}
