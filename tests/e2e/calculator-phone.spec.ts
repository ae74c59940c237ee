/**
 * The calculators on a phone: while a reader edits the first, a middle and the last input of any
 * calculator, its headline result stays on screen (the result bar), and a screen reader hears it
 * once the reader pauses. Every calculator block (.calc-layout) on the calculator pages and in the
 * entries that embed one is covered, so a new calculator is covered too.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { output, ready } from './calc-helpers';

const PHONE = { width: 390, height: 844 };

/** Every page with a calculator, and the data-output key of each block's headline, in page order. */
const PAGES: Record<string, string[]> = {
  '/rechner/cross-selling/': ['deltaPerBuyer', 'qualificationValue'],
  '/rechner/kundenwert/': ['clv'],
  '/rechner/deckungsbeitrag/': ['operatingResult'],
  '/rechner/qualifizierung/': ['score'],
  '/glossar/cross-selling/': ['deltaPerBuyer'],
  '/glossar/customer-lifetime-value/': ['clv'],
  '/glossar/break-even-punkt/': ['operatingResult'],
  '/glossar/bant/': ['score'],
  '/glossar/qualifizierung/': ['score', 'qualificationValue'],
};

/** Opens the collapsed group around an input, if any, as a reader would by tapping its summary. */
async function unfold(control: Locator): Promise<void> {
  const group = control.locator('xpath=ancestor::details[1]');
  if ((await group.count()) > 0 && !(await group.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await group.locator('summary').click();
  }
}

/**
 * Edits an input as a reader does: a tap, then typing; a radio button is chosen by its label.
 * Returns what the reader sees of the input.
 */
async function edit(page: Page, control: Locator): Promise<Locator> {
  await unfold(control);
  if ((await control.getAttribute('type')) === 'radio') {
    const label = control.locator('xpath=ancestor::label[1]');
    await label.click();
    await expect(control).toBeChecked();
    return label;
  }
  await control.click();
  await control.selectText();
  await page.keyboard.type('1');
  return control;
}

for (const [path, headlines] of Object.entries(PAGES)) {
  test(`${path}: the headline result stays on a 390 px screen while the first, a middle and the last input are edited`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    const blocks = page.locator('.calc-layout');
    await blocks.first().scrollIntoViewIfNeeded();
    await ready(page);
    await expect(blocks).toHaveCount(headlines.length);

    for (const [b, key] of headlines.entries()) {
      const block = blocks.nth(b);
      await block.scrollIntoViewIfNeeded();
      await expect(block.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr');
      const controls = block.locator('.calc-inputs input');
      const n = await controls.count();
      const bar = block.locator('.calc-inputs > .result-bar');
      const headline = block.locator(`[data-output="${key}"]`).first();
      for (const i of [...new Set([0, Math.floor((n - 1) / 2), n - 1])]) {
        const seen = await edit(page, controls.nth(i));
        await expect(seen, `Eingabe ${i + 1} von ${n}`).toBeInViewport();
        // Whole, give or take the fraction of a pixel a sticky bar can sit below the edge.
        await expect(bar, `Ergebnisleiste bei Eingabe ${i + 1} von ${n}`).toBeInViewport({ ratio: 0.95 });
        if ((await headline.getAttribute('data-value')) !== '') await expect(bar).toContainText((await headline.textContent())!);
      }
      // The bar leads to the full result.
      await bar.click();
      await expect(headline).toBeInViewport();
    }
  });
}

test('the result bar is announced once the reader pauses, not on every keystroke, and shows only where the results are out of reach', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/rechner/cross-selling/');
  await ready(page);
  const calc = page.locator('.calc-layout').first();
  const status = calc.locator('.calc-inputs > .result-bar + [role="status"]');
  await status.evaluate((el) => {
    (window as unknown as { announcements: string[] }).announcements = [];
    new MutationObserver(() => (window as unknown as { announcements: string[] }).announcements.push(el.textContent ?? '')).observe(el, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  const field = page.getByLabel('Zusätzliche Servicekontakte', { exact: true });
  await field.click();
  await field.selectText();
  await page.keyboard.type('12345');
  await expect(output(page, 'deltaPerBuyer')).toHaveAttribute('data-value', /^-/);
  await expect(status).toHaveText(/^Ein Cross-Buyer kostet −[\d.]+,\d\d\s€ Deckungsbeitrag im Jahr\.$/);
  // What a screen reader would speak: the non-empty texts the live region took while the reader typed five digits.
  const announced = (await page.evaluate(() => (window as unknown as { announcements: string[] }).announcements)).filter((t) => t !== '');
  expect(announced.length, announced.join(' | ')).toBeLessThan(5);
  await expect(calc.locator('.result-bar')).toHaveClass(/verdict-minus/);

  // On a wide screen the results stand beside the inputs: no bar.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(calc.locator('.result-bar')).toBeHidden();
});

test('a loss leads to the loss makers, a gain to the product; collapsed groups show their values in one line', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/rechner/cross-selling/');
  await ready(page);
  const next = page.locator('.calc-next').first();
  const results = page.locator('.calc-results').first();
  await expect(next).toContainText('Fioro ausprobieren');
  // A gain still points to the check of the reader's own customers, in a sentence.
  await expect(results.locator('p a[href="/rechner/kundenliste/"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Serviceintensiv' }).click();
  await expect(output(page, 'deltaPerBuyer')).toHaveAttribute('data-value', /^-/);
  await expect(next).toContainText('Welche Ihrer Kunden bringen Verlust?');
  await expect(next.getByRole('link', { name: 'Kundenliste prüfen' })).toHaveAttribute('href', '/rechner/kundenliste/');
  await expect(results.locator('a[href="/rechner/kundenliste/"]')).toHaveCount(1);

  const costs = page.locator('details.field-more', { hasText: 'Kosten' }).first();
  await expect(costs).not.toHaveAttribute('open');
  await expect(costs.locator('summary')).toHaveText(/Kosten\s*Servicekontakt 8\s€ · Retoure 6,95\s€/);
  const box = await costs.locator('.field-more-values').boundingBox();
  expect(box!.height).toBeLessThan(30);
  await costs.locator('summary').click();
  await page.getByLabel('Kosten pro Servicekontakt', { exact: true }).fill('12');
  await costs.locator('summary').click();
  await expect(costs.locator('summary')).toContainText('Servicekontakt 12\u00a0€');
});

test('in an entry the next step appears only for a loss: the entry already ends with the brand’s call to action', async ({ page }) => {
  await page.goto('/glossar/cross-selling/');
  const calc = page.locator('[data-calculator]').first();
  await calc.scrollIntoViewIfNeeded();
  await ready(page);
  await expect(calc.locator('.calc-next')).toHaveCount(0);
  await calc.getByRole('button', { name: 'Serviceintensiv' }).click();
  await expect(calc.locator('.calc-next')).toContainText('Welche Ihrer Kunden bringen Verlust?');
  await expect(calc.locator('.calc-next a')).toHaveAttribute('href', '/rechner/kundenliste/');
});
