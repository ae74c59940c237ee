import AxeBuilder from '@axe-core/playwright';
import { test, expect, builtPages, entryPages } from './fixtures';

const pages = builtPages();

test('the built site has the home page, the A–Z index, the 404 page and at least 10 entries', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/glossar/', '/404.html']));
  expect(entryPages().length).toBeGreaterThanOrEqual(10);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${scheme} mode`, () => {
    for (const path of pages) {
      test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test.describe('entry pages load no JavaScript', () => {
  for (const path of entryPages()) {
    test(`${path} has no script and requests none`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.mouse.move(10, 10);
      expect(scripts).toEqual([]);
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    });
  }
});
