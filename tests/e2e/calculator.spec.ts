import { test, expect, expectAccessible } from './fixtures';
import { CALCULATOR_JS_BUDGET, output, ready, scriptBytes, copyShareLink, unfoldGroups } from './calc-helpers';

const WORKED_EXAMPLE = 'u0=1000&m0=30&r0=0&q0=0&k0=1&s0=0&u1=500&m1=50&r1=10&q1=20&k1=3&s1=1&w=0&kk=10&kr=5&p=20&a=2';
const PAGE = '/rechner/cross-selling/';

test.describe('the cross-selling calculator page', () => {
  test('shows real numbers before any script runs (server-rendered defaults)', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expect(page.locator('[data-output="deltaPerBuyer"]')).toHaveAttribute('data-value', '135.73');
    await expect(page.locator('[data-output="deltaPerBuyer"]')).toHaveText('+135,73 €');
    await context.close();
  });

  test('a share link with the worked example of CALCULATOR.md gives its results to the cent', async ({ page }) => {
    await page.goto(`${PAGE}?${WORKED_EXAMPLE}`);
    await ready(page);
    const expected: Record<string, string> = {
      revenueBase: '1000', revenueCross: '1360', supportBase: '10', supportCross: '45', profitBase: '290',
      deltaPerBuyer: '125', profitCross: '415', deltaPerAddressed: '23', breakEvenContacts: '15.5',
      breakEvenDiscount: '41.25', breakEvenTakeRate: '1.6',
    };
    for (const [key, value] of Object.entries(expected)) await expect(output(page, key), key).toHaveAttribute('data-value', value);
    await expect(output(page, 'revenueCross')).toHaveText('1.360,00 €');
    await expect(output(page, 'breakEvenDiscount')).toHaveText('41,25 %');
    await expect(page.locator('.breakevens li').first()).toHaveText('Ab 15,5 zusätzlichen Servicekontakten pro Käufer verliert das Zusatzgeschäft Geld.');
  });

  test('typing German numbers updates the results and the URL; the link round-trips', async ({ page, context }) => {
    await page.goto(PAGE);
    await ready(page);
    await unfoldGroups(page);
    await page.getByLabel('Listenumsatz Hauptprodukt').fill('1.234,56');
    await page.getByLabel('Kosten pro Retourensendung').fill('7,5 €');
    await page.getByLabel('Abschlussquote').fill('12,5 %');
    await expect(page).toHaveURL(/u0=1234\.56/);
    await expect(page).toHaveURL(/kr=7\.5/);
    await expect(page).toHaveURL(/p=12\.5/);
    const revenue = await output(page, 'revenueBase').getAttribute('data-value');
    expect(revenue).toBe(String(Math.round(1234.56 * 0.95 * 0.95 * 100) / 100));

    const other = await context.newPage();
    await other.goto(page.url());
    await ready(other);
    await expect(other.getByLabel('Listenumsatz Hauptprodukt')).toHaveValue('1.234,56');
    await expect(output(other, 'revenueBase')).toHaveAttribute('data-value', revenue!);
    await expect(output(other, 'deltaPerAddressed')).toHaveAttribute('data-value', (await output(page, 'deltaPerAddressed').getAttribute('data-value'))!);
  });

  test('invalid and unknown parameters fall back to defaults and are named', async ({ page }) => {
    await page.goto(`${PAGE}?m0=abc&q1=150&foo=1`);
    await ready(page);
    const notice = page.getByRole('status').filter({ hasText: 'Aus dem Link nicht übernommen' });
    await expect(notice).toContainText('m0=abc');
    await expect(notice).toContainText('Bruttomarge Hauptprodukt');
    await expect(notice).toContainText('q1=150');
    await expect(notice).toContainText('foo=1: unbekannter Parameter');
    await expect(page.getByLabel('Bruttomarge Hauptprodukt')).toHaveValue('40');
    await expect(output(page, 'deltaPerBuyer')).toHaveAttribute('data-value', '135.73');
  });

  test('bad input gets a German message at the field and the results never show NaN, Infinity or -0', async ({ page }) => {
    await page.goto(PAGE);
    await ready(page);
    await unfoldGroups(page);
    const cases: [string, string, RegExp][] = [
      ['Rabatt Zusatzprodukt', 'abc', /„abc“ ist keine Zahl/],
      ['Rabatt Zusatzprodukt', '', /Bitte geben Sie eine Zahl ein/],
      ['Kosten pro Servicekontakt', '-5', /darf nicht negativ sein/],
      ['Retourenquote Zusatzprodukt', '150', /von 0 bis 100\s%/],
      ['Listenumsatz Hauptprodukt', '99999999999', /Höchstens 1\.000\.000\.000\s€/],
    ];
    for (const [label, value, message] of cases) {
      const field = page.getByLabel(label);
      await field.fill(value);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      const errorId = (await field.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-fehler'))!;
      await expect(page.locator(`[id="${errorId}"]`)).toHaveText(message);
      await field.fill(label === 'Listenumsatz Hauptprodukt' ? '1200' : label === 'Kosten pro Servicekontakt' ? '8' : '5');
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    }
    // Extreme but valid values: nothing breaks.
    await page.getByLabel('Kosten pro Servicekontakt').fill('0');
    await page.getByLabel('Retourenquote Zusatzprodukt').fill('100');
    await page.getByLabel('Listenumsatz Zusatzprodukt').fill('0');
    const text = await page.locator('form.calc').first().innerText();
    expect(text).not.toMatch(/NaN|Infinity|∞|-0,00|−0,00/);
    for (const value of await page.locator('[data-output]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))) {
      expect(value === '' || Number.isFinite(Number(value))).toBe(true);
      expect(value).not.toBe('-0');
    }
    await expect(output(page, 'breakEvenContacts')).toHaveAttribute('data-value', '');
    await expect(output(page, 'breakEvenDiscount')).toHaveAttribute('data-value', '');
  });

  test('a customer-type preset changes the cross-sold product and can turn the result negative', async ({ page }) => {
    await page.goto(PAGE);
    await ready(page);
    await page.getByRole('button', { name: 'Serviceintensiv' }).click();
    await expect(page.getByRole('button', { name: 'Serviceintensiv' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByLabel('Zusätzliche Servicekontakte')).toHaveValue('20');
    expect(Number(await output(page, 'deltaPerBuyer').getAttribute('data-value'))).toBeLessThan(0);
    await expect(page.locator('.verdict', { hasText: 'Ein Cross-Buyer kostet' })).toBeVisible();
    await page.getByRole('button', { name: 'Zurücksetzen' }).click();
    await expect(page.getByLabel('Zusätzliche Servicekontakte')).toHaveValue('1');
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  });

  test('the portfolio view compares offering to everyone with offering where it pays', async ({ page }) => {
    await page.goto(PAGE);
    await ready(page);
    const toAll = Number(await output(page, 'offerToAll').getAttribute('data-value'));
    const wherePays = Number(await output(page, 'offerWherePays').getAttribute('data-value'));
    expect(wherePays).toBeGreaterThanOrEqual(toAll);
    const value = Number(await output(page, 'qualificationValue').getAttribute('data-value'));
    expect(Math.abs(value - (wherePays - toAll))).toBeLessThanOrEqual(0.011);
    await page.getByLabel('Anteil Serviceintensiv').fill('30');
    await expect(page.getByText('Die Anteile ergeben 120 % statt 100 %.')).toBeVisible();
    await expect(page).toHaveURL(/s_service=30/);
  });

  test('"Link kopieren" puts the share link on the clipboard', async ({ page, context, baseURL }) => {
    await page.goto(PAGE);
    await ready(page);
    await unfoldGroups(page);
    await page.getByLabel('Abschlussquote').fill('20');
    expect(await copyShareLink(page, context, baseURL!)).toBe(`${baseURL}${PAGE}?p=20`);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto(PAGE);
    await ready(page);
    await page.getByRole('button', { name: 'Durchschnittskunde' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Serviceintensiv' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByLabel('Listenumsatz Hauptprodukt').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2000');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Bruttomarge Hauptprodukt')).toBeFocused();
    await expect(output(page, 'revenueBase')).toHaveAttribute('data-value', '1805');
  });

  test('axe finds no violation, light and dark, with an error showing', async ({ page }) => {
    await page.goto(PAGE);
    await ready(page);
    await page.getByLabel('Rabatt Zusatzprodukt').fill('abc');
    await expectAccessible(page);
  });

  test('loads at most 20 kB gzip of JavaScript in all, Preact and the island runtime included', async ({ page }) => {
    // Use everything once: type, preset, portfolio.
    const { bytes, files } = await scriptBytes(page, PAGE, async () => {
      await unfoldGroups(page);
      await page.getByLabel('Abschlussquote').fill('20');
      await page.getByRole('button', { name: 'Retournierer' }).click();
      await page.getByLabel('Anteil Retournierer').fill('15');
    });
    console.log(`${PAGE}: ${files} scripts, ${bytes} B gzip in all`);
    expect(bytes).toBeLessThanOrEqual(CALCULATOR_JS_BUDGET);
  });
});

test.describe('the calculators embedded in entries', () => {
  test('Cross-Selling embeds the calculator; it works and links to the full calculator with the same values', async ({ page }) => {
    await page.goto('/glossar/cross-selling/');
    const calc = page.locator('[data-calculator="cross-selling-entry"]');
    await calc.scrollIntoViewIfNeeded();
    await ready(page);
    await calc.getByLabel('Kannibalisierung').fill('50');
    await expect(output(page, 'deltaPerBuyer')).not.toHaveAttribute('data-value', '135.73');
    await expect(page).toHaveURL(/\/glossar\/cross-selling\/$/);
    await expect(calc.getByRole('link', { name: 'Im großen Rechner öffnen' })).toHaveAttribute('href', '/rechner/cross-selling/?w=50');
  });

  test('Qualifizierung embeds the portfolio view', async ({ page }) => {
    await page.goto('/glossar/qualifizierung/');
    const calc = page.locator('[data-calculator="portfolio"]');
    await calc.scrollIntoViewIfNeeded();
    await ready(page);
    await expect(output(page, 'qualificationValue')).toHaveAttribute('data-value', /^\d+(\.\d+)?$/);
    const before = Number(await output(page, 'offerToAll').getAttribute('data-value'));
    await calc.getByLabel('Kunden im Bestand').fill('2000');
    await expect.poll(async () => Math.abs(Number(await output(page, 'offerToAll').getAttribute('data-value')) - 2 * before)).toBeLessThanOrEqual(0.011);
  });

  test('an entry without a calculator loads no calculator script', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto('/glossar/up-selling/', { waitUntil: 'networkidle' });
    expect(scripts.filter((s) => /Calculator|Portfolio|preact/.test(s))).toEqual([]);
  });
});
