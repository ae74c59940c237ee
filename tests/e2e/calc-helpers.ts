/** What the calculator specs share: finding outputs, waiting for hydration, weighing a page's JavaScript. */
import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/** The first result element with this data-output key. */
export const output = (page: Page, key: string) => page.locator(`[data-output="${key}"]`).first();

/** Waits until the calculator is hydrated: before that, typing would only change the server-rendered field. */
export async function ready(page: Page): Promise<void> {
  await page.locator('[data-calculator][data-hydrated]').first().waitFor();
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
export const CALCULATOR_JS_BUDGET = 15_000;
