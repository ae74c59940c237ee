/**
 * Printing a calculator: "Ergebnis drucken" opens the browser's print dialog, and the printout holds
 * the inputs, the results and the charts, the date of printing and the share link written out – on
 * at most two A4 pages, in light colours, without navigation, search, breadcrumbs, footer, buttons
 * or the explanations below the calculator.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ready } from './calc-helpers';

interface Case {
  path: string;
  /** Where the page starts: the longest printout of the calculator. */
  start?: string;
  /** A field to change, its new text, and what the share link then says. */
  field: string;
  text: string;
  query: string;
  /** The field is in a collapsed group: it is unfolded to edit it, folded again and printed as the group's line, e.g. "Metrics 5". */
  folded?: string;
  /** A chart (its accessible name) that must be on the printout; the scorecard has none. */
  chart?: RegExp;
}

const CASES: Case[] = [
  { path: '/rechner/cross-selling/', field: 'Rabatt Zusatzprodukt', text: '13', query: 'r1=13', chart: /Beitrag eines Cross-Buyers/ },
  { path: '/rechner/kundenwert/', field: 'Kundenbindungsrate pro Jahr', text: '85', query: 'b=85', chart: /Kumulierter, abgezinster Beitrag/ },
  { path: '/rechner/deckungsbeitrag/', field: 'Fixkosten', text: '200.000', query: 'kf=200000', chart: /Erlöse und Gesamtkosten/ },
  // MEDDPICC unrated: eight criteria, each with its next questions, is the scorecard's longest result.
  { path: '/rechner/qualifizierung/', start: '?f=meddpicc', field: 'Gewicht Metrics', text: '5', query: 'f=meddpicc&m_metrics_w=5', folded: 'Metrics 5' },
];

/** The fixed day of printing. */
const DAY = new Date('2026-12-02T10:00:00');

/** Pages of a PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

/** The colours of the body and of every element in it: text, background, border, SVG fill and stroke. */
const paint = (page: Page) =>
  page.evaluate(() =>
    [document.body, ...document.body.querySelectorAll('*')].map((el) => {
      const s = getComputedStyle(el);
      return `${el.tagName} ${s.color} on ${s.backgroundColor}${el === document.body ? '' : `, ${s.borderTopColor} ${s.fill} ${s.stroke}`}`;
    }),
  );

const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

for (const c of CASES) {
  test.describe(`printing ${c.path}`, () => {
    test('"Ergebnis drucken" opens the print dialog', async ({ page }) => {
      await page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      await page.goto(c.path);
      await ready(page);
      await page.getByRole('button', { name: 'Ergebnis drucken' }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    });

    test('the printout has inputs, results, date and share link, no site chrome, on at most 2 A4 pages', async ({ page, baseURL }) => {
      await page.clock.setFixedTime(DAY);
      await page.goto(`${c.path}${c.start ?? ''}`);
      await ready(page);
      const group = page.locator('details.field-more', { has: page.getByLabel(c.field, { exact: true }) });
      if (c.folded) await group.locator('summary').click();
      await field(page, c.field).fill(c.text);
      if (c.folded) await group.locator('summary').click();
      // Light on paper even when the reader's screen is dark: every colour as in a light printout.
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      const light = await paint(page);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const dark = await paint(page);
      expect(dark.filter((p, i) => p !== light[i]).slice(0, 5)).toEqual([]);
      expect(dark[0]).toBe('BODY rgb(0, 0, 0) on rgb(255, 255, 255)');

      const hidden = {
        navigation: page.getByRole('navigation', { name: 'Hauptnavigation' }),
        search: page.locator('.search-trigger'),
        breadcrumbs: page.getByRole('navigation', { name: 'Brotkrumen' }),
        footer: page.locator('.site-footer'),
        'copy button': page.getByRole('button', { name: 'Link kopieren' }),
        'print button': page.getByRole('button', { name: 'Ergebnis drucken' }),
        'reset button': page.getByRole('button', { name: 'Zurücksetzen' }),
        'help text': page.locator('.field-help').first(),
        'text below the calculator': page.locator('.calculator ~ .narrow'),
      };
      for (const [name, locator] of Object.entries(hidden)) await expect(locator, name).toBeHidden();

      await expect(page.locator('h1')).toBeVisible();
      if (c.folded) await expect(group.locator('summary')).toContainText(c.folded);
      else await expect(field(page, c.field)).toBeVisible();
      await expect(page.locator('.calc-results [data-output]').first()).toBeVisible();
      if (c.chart) await expect(page.getByRole('img', { name: c.chart })).toBeVisible();

      const note = page.locator('.calc-print');
      await expect(note).toBeVisible();
      await expect(note).toContainText('Gedruckt am 2. Dezember 2026');
      await expect(note.getByRole('link')).toHaveText(`${baseURL}${c.path}?${c.query}`);

      expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
    });
  });
}

test('the printed link of the cross-selling page carries the portfolio view, brought up to date when printing', async ({ page, baseURL }) => {
  await page.goto('/rechner/cross-selling/');
  await ready(page);
  // The portfolio view is a form of its own: the link catches up with it when the page is printed.
  await field(page, 'Anteil Serviceintensiv').fill('30');
  await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Allen anbieten oder nur, wo es sich lohnt?' })).toBeVisible();
  await expect(page.locator('.calc-print').getByRole('link')).toHaveText(`${baseURL}/rechner/cross-selling/?s_service=30`);
});
