/** What the calculator specs share: finding outputs, waiting for hydration, weighing a page's JavaScript. */
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/** The first result element with this data-output key. */
export const output = (page: Page, key: string) => page.locator(`[data-output="${key}"]`).first();

/** A calculator (any, or the named island) that Astro has hydrated: it drops the island's ssr attribute then. */
const hydrated = (island?: string) => `[data-calculator${island ? `="${island}"` : ''}]:has(> astro-island:not([ssr]))`;

/** Any hydrated calculator. */
export const HYDRATED = hydrated();

/**
 * Waits until the calculator (the first on the page, or the named island) is hydrated: before that,
 * typing would only change the server-rendered field.
 */
export async function ready(page: Page, island?: string): Promise<void> {
  await page.locator(hydrated(island)).first().waitFor();
}

/**
 * Opens every collapsed group of advanced inputs in `scope`, as a reader does by clicking its
 * summary, so their fields can be filled.
 */
export async function unfoldGroups(scope: Page | Locator): Promise<void> {
  const closed = scope.locator('details.field-more:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

/**
 * Opens `path`, lets `use` exercise every part of the page so every chunk it can load is loaded,
 * and returns the gzip bytes of all scripts the page loaded, inline ones included.
 */
export async function scriptBytes(page: Page, path: string, use: () => Promise<void>): Promise<{ bytes: number; files: number }> {
  const scripts = new Set<string>();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(path);
  await ready(page);
  await use();
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  for (const src of scripts) bytes += gzipSync(await (await page.request.get(src)).body()).length;
  const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  for (const code of inline) bytes += gzipSync(code).length;
  return { bytes, files: scripts.size + inline.length };
}

/** The JavaScript budget of a calculator page, Preact included (DESIGN.md). */
export const CALCULATOR_JS_BUDGET = 20_000;

/**
 * Presses "Link kopieren" and returns what landed on the clipboard. The Clipboard API writes only
 * from a focused document, and parallel workers can take the focus away; the page then shows the
 * link to copy by hand. So a failed copy is retried after bringing the page to the front again.
 */
export async function copyShareLink(page: Page, context: BrowserContext, origin: string): Promise<string> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await expect(async () => {
    await page.bringToFront();
    await page.getByRole('button', { name: 'Link kopieren' }).click();
    await expect(page.getByText('Link kopiert.')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  return page.evaluate(() => navigator.clipboard.readText());
}
