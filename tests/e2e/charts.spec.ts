/**
 * The calculators' charts on a phone: at 320 and 390 px, on every page with a chart, every chart
 * label renders at 11 px or more, no two labels of one chart overlap and none reaches past the
 * page, after hydration and already in the server render; the calculator embedded in the
 * Cross-Selling entry shows the same charts as its page.
 */
import type { Page } from '@playwright/test';
import { test, expect, builtPages, builtHtml } from './fixtures';
import { HYDRATED, output } from './calc-helpers';

/** The calculator pages and the entries whose embedded calculator draws charts. */
const CHART_PAGES = builtPages().filter((path) => builtHtml(path).includes('<figure class="chart"'));

interface Problem {
  chart: string;
  problem: string;
}

/**
 * Every visible label of every chart on the page (the texts of the waterfalls' rows and of the line
 * charts' axes, and any SVG text): its rendered size (for SVG text the font size times the SVG's
 * scale on screen), whether it overlaps another label of its chart or leaves the page. Returns the
 * problems found and how many labels were checked.
 */
function checkLabels(page: Page): Promise<{ problems: Problem[]; labels: number; charts: number }> {
  return page.evaluate(() => {
    const problems: { chart: string; problem: string }[] = [];
    const pageWidth = document.documentElement.clientWidth;
    const figures = [...document.querySelectorAll<HTMLElement>('figure.chart')];
    let labels = 0;
    for (const figure of figures) {
      const chart = figure.querySelector('figcaption')?.textContent ?? '?';
      const boxes: { text: string; rect: DOMRect }[] = [];
      for (const el of figure.querySelectorAll<Element>('.wf span, .chart-plot span, svg text')) {
        if (getComputedStyle(el).visibility === 'hidden' || !el.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(el);
        const rect = el instanceof SVGTextElement ? el.getBoundingClientRect() : range.getBoundingClientRect();
        if (rect.width === 0) continue;
        const ctm = el instanceof SVGTextElement ? el.getScreenCTM() : null;
        const size = parseFloat(getComputedStyle(el).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
        const text = el.textContent.trim();
        if (size < 11) problems.push({ chart, problem: `„${text}“ ist ${size.toFixed(1)} px groß` });
        if (rect.left < 0 || rect.right > pageWidth) problems.push({ chart, problem: `„${text}“ reicht über die Seite (${rect.left.toFixed(0)}–${rect.right.toFixed(0)} px)` });
        for (const other of boxes) {
          const w = Math.min(rect.right, other.rect.right) - Math.max(rect.left, other.rect.left);
          const h = Math.min(rect.bottom, other.rect.bottom) - Math.max(rect.top, other.rect.top);
          if (w > 0.5 && h > 0.5) problems.push({ chart, problem: `„${text}“ überdeckt „${other.text}“` });
        }
        boxes.push({ text, rect });
      }
      labels += boxes.length;
      if (boxes.length < 5) problems.push({ chart, problem: `nur ${boxes.length} Beschriftungen gefunden` });
      if (figure.getBoundingClientRect().right > pageWidth) problems.push({ chart, problem: 'das Diagramm reicht über die Seite' });
    }
    return { problems, labels, charts: figures.length };
  });
}

/** Brings every calculator on the page into view and waits until all are hydrated. */
async function hydrateAll(page: Page) {
  const calculators = page.locator('[data-calculator]');
  for (const calculator of await calculators.all()) await calculator.scrollIntoViewIfNeeded();
  await expect(page.locator(HYDRATED)).toHaveCount(await calculators.count());
}

test('the chart pages are the calculator pages and the entries that embed a calculator with charts', () => {
  for (const path of ['/rechner/cross-selling/', '/rechner/kundenwert/', '/rechner/deckungsbeitrag/', '/glossar/cross-selling/', '/glossar/customer-lifetime-value/', '/glossar/break-even-punkt/']) {
    expect(CHART_PAGES).toContain(path);
  }
});

for (const width of [320, 390]) {
  test.describe(`charts at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const path of CHART_PAGES) {
      test(`${path}: every chart label is at least 11 px, none overlaps another or leaves the page`, async ({ page }) => {
        await page.goto(path);
        await hydrateAll(page);
        const { problems, labels, charts } = await checkLabels(page);
        console.log(`${path} @ ${width} px: ${charts} charts, ${labels} labels`);
        expect(charts).toBeGreaterThan(0);
        expect(problems).toEqual([]);
      });
    }

    test('the server render shows the same legible charts, in the boxes they keep after hydration', async ({ browser, baseURL }) => {
      const path = '/rechner/cross-selling/';
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width, height: 800 } });
      const ssr = await context.newPage();
      await ssr.goto(path);
      expect((await checkLabels(ssr)).problems).toEqual([]);
      const heights = (p: Page) => p.locator('figure.chart').evaluateAll((figures) => figures.map((f) => Math.round(f.getBoundingClientRect().height)));
      const before = await heights(ssr);
      await context.close();

      const page = await browser.newPage({ baseURL, viewport: { width, height: 800 } });
      await page.goto(path);
      await hydrateAll(page);
      expect(await heights(page)).toEqual(before);
      await page.close();
    });
  });
}

test('the calculator in the Cross-Selling entry shows the charts of its page, without the portfolio view', async ({ page }) => {
  const captions = async (path: string) => {
    await page.goto(path);
    await hydrateAll(page);
    return page.locator('[data-calculator] figure.chart figcaption').allTextContents();
  };
  const onPage = await captions('/rechner/cross-selling/');
  const inEntry = await captions('/glossar/cross-selling/');
  expect(inEntry).toEqual(onPage);
  expect(inEntry).toEqual([
    'Vom Listenumsatz zum Deckungsbeitrag, ohne Cross-Selling',
    'Vom Listenumsatz zum Deckungsbeitrag, mit Cross-Selling',
    'Beitrag eines Cross-Buyers je nach zusätzlichen Servicekontakten',
  ]);

  const calc = page.locator('[data-calculator]');
  for (const name of inEntry) await expect(calc.getByRole('img', { name })).toBeVisible();
  await expect(calc.getByRole('img', { name: inEntry[2]! })).toHaveAccessibleDescription(/Servicekontakten pro Käufer verliert das Zusatzgeschäft Geld\. Ihr Wert: 1 Kontakte\./);
  await expect(calc.locator('.chart-legend')).toContainText('Break-even: ');
  await expect(calc.getByText('Kundenbestand')).toHaveCount(0);

  // The table alternative, and the charts follow the inputs.
  await calc.getByText('Zahlen der Diagramme als Tabelle').click();
  const table = calc.getByRole('table', { name: 'Vom Listenumsatz zum Deckungsbeitrag pro Kunde und Jahr' });
  await expect(table.getByRole('row', { name: /Deckungsbeitrag/ })).toHaveText(/379,53\s€.*515,25\s€/);
  await calc.getByLabel('Kannibalisierung').fill('50');
  await expect(output(page, 'deltaPerBuyer')).not.toHaveAttribute('data-value', '135.73');
  // w · u1 · (1 − r0) · (1 − q0) = 0.5 · 400 € · 0.95 · 0.95 = 180.50 €
  await expect(table.getByRole('row', { name: /Kannibalisierung/ })).toHaveText(/–−180,50\s€/);
  await expect(calc.getByRole('img', { name: inEntry[1]! })).toContainText(/− Kannibalisierung−180,50\s€/);
});
