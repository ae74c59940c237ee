import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';
import { CALCULATOR_JS_BUDGET, output, ready, scriptBytes, copyShareLink } from './calc-helpers';

const PAGE = '/rechner/deckungsbeitrag/';
// The field sales position of the Break-even entry: 20,000 € per order, 35 % margin, 90,000 € fixed costs.
const FIELD_SALES = 'p=20000&kv=13000&x=20&kf=90000&r=0';

/** An input by its label; the chart's caption also names the quantity, so plain getByLabel would find two. */
const field = (scope: Page | Locator, label: string) => scope.getByRole('textbox', { name: label, exact: true });
const sentence = (page: Page, key: string) => page.locator(`[data-sentence="${key}"]`).first();

async function expectValues(page: Page, expected: Record<string, string>) {
  for (const [key, value] of Object.entries(expected)) await expect(output(page, key), key).toHaveAttribute('data-value', value);
}

/** No NaN, Infinity or negative zero anywhere in the calculator, in the text or in data-value. */
async function expectNoBadNumbers(page: Page) {
  const text = await page.locator('form.calc').first().innerText();
  expect(text).not.toMatch(/NaN|Infinity|∞|undefined|[-−]0(?![,.\d])|[-−]0,00(?!\d)/);
  for (const value of await page.locator('[data-output]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))) {
    expect(value === '' || Number.isFinite(Number(value)), String(value)).toBe(true);
    expect(value).not.toBe('-0');
  }
}

test.describe('the Deckungsbeitrag calculator page', () => {
  test('shows the defaults, their sentences and the chart before any script runs', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expectValues(page, {
      contributionPerUnit: '400', marginRatio: '30', contributionTotal: '200000', operatingResult: '-40000',
      breakEvenQuantity: '600', breakEvenUnits: '600', breakEvenRevenue: '1080000', safetyMargin: '-20',
      extraVolume: '50', extraUnits: '250',
    });
    await expect(page.locator('.verdict')).toHaveText('Betriebsergebnis: −40.000,00 € (Verlust)');
    await expect(output(page, 'breakEvenRevenue')).toHaveText('1.080.000,00 €');
    await expect(sentence(page, 'extraVolume')).toHaveText(
      'Den Rabatt von 10 % holen Sie erst herein, wenn er den Absatz um 50 % steigert – bei 500 Einheiten um 250 Einheiten.',
    );
    await expect(page.getByRole('img', { name: 'Erlöse und Gesamtkosten je nach Absatzmenge' })).toBeVisible();
    await expect(field(page, 'Rabatt')).toHaveValue('10');
    await context.close();
  });

  test('a share link with the example of the Break-even entry gives its figures, with and without the discount', async ({ page }) => {
    await page.goto(`${PAGE}?${FIELD_SALES}`);
    await ready(page);
    // 90000 / 7000 = 12.857…, 13 whole orders; 12.857… · 20000 = 257142.86 €; (20 − 12.857…) / 20 = 35.71 %
    await expectValues(page, {
      contributionPerUnit: '7000', marginRatio: '35', breakEvenQuantity: '12.86', breakEvenUnits: '13',
      breakEvenRevenue: '257142.86', safetyMargin: '35.71', extraVolume: '0', extraUnits: '0', operatingResult: '50000',
    });
    await expect(sentence(page, 'breakEven')).toHaveText(
      'Die Gewinnschwelle liegt rechnerisch bei 12,86 Einheiten; in ganzen Einheiten sind die Fixkosten ab 13 verkauften Einheiten gedeckt.',
    );
    await expect(sentence(page, 'extraVolume')).toHaveText('Ohne Rabatt brauchen Sie keinen Mehrabsatz.');
    // 10 %: db = 5000, 90000 / 5000 = 18 orders; 0.10 / (0.35 − 0.10) = 40 %, 8 more orders
    await field(page, 'Rabatt').fill('10');
    await expectValues(page, { contributionPerUnit: '5000', breakEvenQuantity: '18', breakEvenUnits: '18', safetyMargin: '10', extraVolume: '40', extraUnits: '8' });
  });

  test('typing German numbers updates the results, the chart and the URL; the link round-trips', async ({ page, context }) => {
    await page.goto(PAGE);
    await ready(page);
    // r = 12.5 %: db = 2000 · 0.875 − 1400 = 350; 240000 / 350 = 685.71, 686 whole units;
    // extra volume 2000 · 0.125 / 350 = 71.43 %, 500 · 0.714… = 357.14 → 358 units
    await field(page, 'Rabatt').fill('12,5 %');
    await field(page, 'Fixkosten').fill('240.000,00 €');
    await expect(page).toHaveURL(/\?r=12\.5$/);
    await expectValues(page, { contributionPerUnit: '350', breakEvenQuantity: '685.71', breakEvenUnits: '686', extraVolume: '71.43', extraUnits: '358' });
    await expect(page.locator('.chart-legend li').filter({ hasText: 'Break-even' })).toHaveText('Break-even: 685,71');
    await expect(page.locator('[id="db-chart-desc"]')).toHaveText(
      'Die Gewinnschwelle liegt rechnerisch bei 685,71 Einheiten; in ganzen Einheiten sind die Fixkosten ab 686 verkauften Einheiten gedeckt. Ihre Absatzmenge: 500 Einheiten.',
    );
    await field(page, 'Absatzmenge').fill('1.000');
    await expect(page).toHaveURL(/\?r=12\.5&x=1000$/);
    await expect(output(page, 'operatingResult')).toHaveText('+110.000,00 €');
    await expect(page.locator('.verdict')).toContainText('(Gewinn)');

    const other = await context.newPage();
    await other.goto(page.url());
    await ready(other);
    await expect(field(other, 'Rabatt')).toHaveValue('12,5');
    await expect(field(other, 'Absatzmenge')).toHaveValue('1.000');
    await expectValues(other, { operatingResult: '110000', extraUnits: '715' });
  });

  test('bad input gets a German message at the field and the results keep the last valid value', async ({ page }) => {
    await page.goto(PAGE);
    await ready(page);
    const cases: [string, string, RegExp, string][] = [
      ['Listenpreis je Einheit', 'abc', /„abc“ ist keine Zahl/, '2000'],
      ['Listenpreis je Einheit', '', /Bitte geben Sie eine Zahl ein/, '2000'],
      ['Fixkosten', '-5', /darf nicht negativ sein/, '240000'],
      ['Rabatt', '150', /von 0 bis 100\s%/, '10'],
      ['Absatzmenge', '12,5', /Bitte eine ganze Zahl eingeben/, '500'],
      ['Variable Kosten je Einheit', '99999999999', /Höchstens 1\.000\.000\.000\s€/, '1400'],
    ];
    for (const [label, value, message, valid] of cases) {
      const input = field(page, label);
      await input.fill(value);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      const errorId = (await input.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-fehler'))!;
      await expect(page.locator(`[id="${errorId}"]`)).toHaveText(message);
      await expect(page.getByText(`Gerechnet wird mit dem letzten gültigen Wert für: ${label}.`)).toBeVisible();
      await expect(output(page, 'contributionTotal')).toHaveAttribute('data-value', '200000');
      await input.fill(valid);
      await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    }
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  });

  test('the edge cases read as sentences, never as NaN, Infinity or -0', async ({ page }) => {
    const cases: { query: string; values: Record<string, string>; sentences: Record<string, RegExp> }[] = [
      {
        query: 'p=0',
        values: { marginRatio: '', breakEvenQuantity: '', breakEvenUnits: '', safetyMargin: '', extraVolume: '', extraUnits: '' },
        sentences: { breakEven: /^Keine Absatzmenge deckt die Fixkosten/, safety: /^Ohne Gewinnschwelle/, extraVolume: /^Ohne Listenpreis/ },
      },
      {
        query: 'kv=2500&r=0',
        values: { marginRatio: '-25', contributionPerUnit: '-500', breakEvenQuantity: '', extraVolume: '' },
        sentences: { extraVolume: /^Schon ohne Rabatt deckt der Preis die variablen Kosten nicht/ },
      },
      {
        query: 'r=100',
        values: { contributionPerUnit: '-1400', breakEvenQuantity: '', extraVolume: '' },
        sentences: { extraVolume: /^Mit diesem Rabatt ist kein Absatz groß genug: 100\s% Rabatt zehren die ganze Marge von 30\s% auf/ },
      },
      {
        query: 'r=30',
        values: { contributionPerUnit: '0', contributionTotal: '0', breakEvenQuantity: '', extraVolume: '' },
        sentences: { extraVolume: /^Mit diesem Rabatt ist kein Absatz groß genug/ },
      },
      {
        query: 'kf=0',
        values: { operatingResult: '200000', breakEvenQuantity: '0', breakEvenUnits: '0', safetyMargin: '100' },
        sentences: { breakEven: /^Ohne Fixkosten bringt schon die erste verkaufte Einheit Gewinn\.$/ },
      },
      {
        query: 'x=0',
        values: { contributionTotal: '0', operatingResult: '-240000', safetyMargin: '', extraUnits: '0' },
        sentences: { safety: /^Ohne Absatzmenge lässt sich kein Sicherheitsabstand angeben\.$/, extraVolume: /steigert\.$/ },
      },
      {
        query: 'p=0&kv=0&kf=0&x=0',
        values: { contributionTotal: '0', operatingResult: '0' },
        sentences: {},
      },
    ];
    for (const { query, values, sentences } of cases) {
      await page.goto(`${PAGE}?${query}`);
      await ready(page);
      await expectValues(page, values);
      for (const [key, text] of Object.entries(sentences)) await expect(sentence(page, key), `${query} ${key}`).toHaveText(text);
      await expectNoBadNumbers(page);
    }
    // A missing value reads as a word in the noun's gender, not as 0.
    await page.goto(`${PAGE}?p=0`);
    await ready(page);
    await expect(output(page, 'breakEvenQuantity')).toHaveText('keine');
    await expect(output(page, 'safetyMargin')).toHaveText('keiner');
    await expect(page.locator('.verdict')).toHaveText('Betriebsergebnis: −940.000,00 € (Verlust)');
    await page.goto(`${PAGE}?p=0&kv=0&kf=0`);
    await ready(page);
    await expect(page.locator('.verdict')).toHaveText('Betriebsergebnis: 0,00 € (weder Gewinn noch Verlust)');
  });

  test('invalid and unknown link parameters fall back to defaults and are named', async ({ page }) => {
    await page.goto(`${PAGE}?p=abc&r=150&x=12.5&foo=1`);
    await ready(page);
    const notice = page.getByRole('status').filter({ hasText: 'Aus dem Link nicht übernommen' });
    await expect(notice).toContainText('p=abc (Listenpreis je Einheit)');
    await expect(notice).toContainText('r=150 (Rabatt)');
    await expect(notice).toContainText('x=12.5 (Absatzmenge): Bitte eine ganze Zahl eingeben.');
    await expect(notice).toContainText('foo=1: unbekannter Parameter');
    await expect(field(page, 'Listenpreis je Einheit')).toHaveValue('2.000');
    await expect(output(page, 'operatingResult')).toHaveAttribute('data-value', '-40000');
  });

  test('"Link kopieren" puts the share link on the clipboard', async ({ page, context, baseURL }) => {
    await page.goto(PAGE);
    await ready(page);
    await field(page, 'Rabatt').fill('5');
    expect(await copyShareLink(page, context, baseURL!)).toBe(`${baseURL}${PAGE}?r=5`);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto(PAGE);
    await ready(page);
    await field(page, 'Listenpreis je Einheit').focus();
    await page.keyboard.press('Tab');
    await expect(field(page, 'Rabatt')).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('0');
    await page.keyboard.press('Tab');
    await expect(field(page, 'Variable Kosten je Einheit')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(field(page, 'Absatzmenge')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(field(page, 'Fixkosten')).toBeFocused();
    await expect(output(page, 'operatingResult')).toHaveAttribute('data-value', '60000');
    // Onward to the actions: Link kopieren, Ergebnis drucken, then Zurücksetzen.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Link kopieren' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Ergebnis drucken' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Zurücksetzen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(field(page, 'Rabatt')).toHaveValue('10');
    await expect(output(page, 'operatingResult')).toHaveAttribute('data-value', '-40000');
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  });

  test('axe finds no violation, light and dark, with an error showing', async ({ page }) => {
    await page.goto(PAGE);
    await ready(page);
    await field(page, 'Absatzmenge').fill('abc');
    await expectAccessible(page);
  });

  test('loads at most 20 kB gzip of JavaScript in all, Preact and the island runtime included', async ({ page }) => {
    // Use everything once: type, an error, reset, so every chunk the calculator can load is loaded.
    const { bytes, files } = await scriptBytes(page, PAGE, async () => {
      await field(page, 'Rabatt').fill('20');
      await field(page, 'Absatzmenge').fill('x');
      await page.getByRole('button', { name: 'Zurücksetzen' }).click();
    });
    console.log(`${PAGE}: ${files} scripts, ${bytes} B gzip in all`);
    expect(bytes).toBeLessThanOrEqual(CALCULATOR_JS_BUDGET);
  });

  test('the overview /rechner/ lists the calculator with the question it answers', async ({ page }) => {
    await page.goto('/rechner/');
    const card = page.locator('.card').filter({ has: page.getByRole('link', { name: 'Deckungsbeitrag und Break-even' }) });
    await expect(card.getByRole('link')).toHaveAttribute('href', PAGE);
    await expect(card).toContainText('Ab welcher Absatzmenge deckt Ihr Geschäft die Fixkosten');
  });
});

test.describe('the Deckungsbeitrag calculator embedded in entries', () => {
  test('Deckungsbeitrag embeds it; it works without touching the URL and opens the full calculator with the same values', async ({ page }) => {
    await page.goto('/glossar/deckungsbeitrag/');
    const calc = page.locator('[data-calculator="contribution"]');
    await calc.scrollIntoViewIfNeeded();
    await ready(page);
    await expect(page.getByRole('heading', { name: 'Rechner: Ab welcher Menge rechnet es sich?' })).toBeVisible();
    await field(calc, 'Rabatt').fill('0');
    // The entry's own example: 500 machines without discount earn 60,000 €.
    await expectValues(page, { operatingResult: '60000', breakEvenUnits: '400' });
    await expect(page).toHaveURL(/\/glossar\/deckungsbeitrag\/$/);
    await expect(calc.getByRole('link', { name: 'Im großen Rechner öffnen' })).toHaveAttribute('href', `${PAGE}?r=0`);
    await calc.getByRole('link', { name: 'Im großen Rechner öffnen' }).click();
    await ready(page);
    await expect(page).toHaveURL(new RegExp(`${PAGE}\\?r=0$`));
    await expect(output(page, 'operatingResult')).toHaveAttribute('data-value', '60000');
  });

  test('Break-even-Punkt embeds it; the field sales example of the entry gives its 13 and 18 orders', async ({ page }) => {
    await page.goto('/glossar/break-even-punkt/');
    const calc = page.locator('[data-calculator="contribution"]');
    await calc.scrollIntoViewIfNeeded();
    await ready(page);
    await field(calc, 'Listenpreis je Einheit').fill('20.000');
    await field(calc, 'Variable Kosten je Einheit').fill('13.000');
    await field(calc, 'Absatzmenge').fill('20');
    await field(calc, 'Fixkosten').fill('90.000');
    await expectValues(page, { breakEvenUnits: '18', extraVolume: '40' });
    await field(calc, 'Rabatt').fill('0');
    await expectValues(page, { breakEvenQuantity: '12.86', breakEvenUnits: '13', breakEvenRevenue: '257142.86' });
    await expect(calc.getByRole('link', { name: 'Im großen Rechner öffnen' })).toHaveAttribute('href', `${PAGE}?p=20000&r=0&kv=13000&x=20&kf=90000`);
    await expect(page).toHaveURL(/\/glossar\/break-even-punkt\/$/);
  });

  test('the entries server-render the calculator with the defaults and load no script before it scrolls into view', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto('/glossar/break-even-punkt/', { waitUntil: 'networkidle' });
    await expect(page.locator('[data-calculator="contribution"] [data-output="breakEvenQuantity"]')).toHaveAttribute('data-value', '600');
    expect(scripts.filter((s) => /Contribution|preact|\/calc\.|mount/.test(s))).toEqual([]);
  });
});
