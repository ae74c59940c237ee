import { test, expect, expectAccessible } from './fixtures';
import { CALCULATOR_JS_BUDGET, output, ready, scriptBytes, copyShareLink, unfoldGroups } from './calc-helpers';

const PAGE = '/rechner/kundenwert/';
/** The example, which are also the defaults. */
const EXAMPLE = { margin: '464', lifetime: '5', clvGross: '1546.67', clv: '1396.67', maxContacts: '54.38', ltvCac: '10.31', paybackYear: '1' };

test.describe('the customer value calculator page', () => {
  test('shows the results of the defaults before any script runs', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(PAGE);
    for (const [key, value] of Object.entries(EXAMPLE)) await expect(output(page, key), key).toHaveAttribute('data-value', value);
    await expect(output(page, 'clv')).toHaveText('1.396,67 €');
    await expect(page.locator('.breakevens li').first()).toHaveText(
      'Ab 54,38 Servicekontakten pro Jahr kostet der Kunde mehr, als er über seine Lebensdauer einbringt.',
    );
    await expect(page.getByRole('img', { name: /Kumulierter, abgezinster Beitrag/ })).toBeVisible();
    await context.close();
  });

  test('typing German numbers updates the results and the URL; the link round-trips', async ({ page, context }) => {
    await page.goto(PAGE);
    await ready(page);
    await page.getByLabel('Kundenbindungsrate pro Jahr').fill('85');
    await page.getByLabel('Kosten pro Servicekontakt').fill('7,50');
    await expect(page).toHaveURL(/b=85/);
    await expect(page).toHaveURL(/kk=7\.5/);
    // (480 − 2 · 7.5) / (1.1 − 0.85) = 1860; minus 150
    await expect(output(page, 'clvGross')).toHaveAttribute('data-value', '1860');
    await expect(output(page, 'clv')).toHaveAttribute('data-value', '1710');
    await expect(output(page, 'lifetime')).toHaveText('6,67');

    const other = await context.newPage();
    await other.goto(page.url());
    await ready(other);
    await expect(other.getByLabel('Kosten pro Servicekontakt')).toHaveValue('7,5');
    await expect(output(other, 'clv')).toHaveAttribute('data-value', '1710');
  });

  test('an invalid value gets a German message at its field and the last valid value keeps counting', async ({ page }) => {
    await page.goto(PAGE);
    await ready(page);
    await unfoldGroups(page);
    const field = page.getByLabel('Kundenbindungsrate pro Jahr');
    await field.fill('120');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Bitte einen Wert von 0 bis 100 % eingeben.')).toBeVisible();
    await expect(page.getByText('Gerechnet wird mit dem letzten gültigen Wert für: Kundenbindungsrate pro Jahr.')).toBeVisible();
    await expect(output(page, 'clv')).toHaveAttribute('data-value', EXAMPLE.clv);
    await page.getByLabel('Akquisitionskosten je Neukunde').fill('-5');
    await expect(page.getByText('Der Wert darf nicht negativ sein.')).toBeVisible();
  });

  test('a link with 100 % retention and no interest shows no value instead of Infinity', async ({ page }) => {
    await page.goto(`${PAGE}?b=100&z=0`);
    await ready(page);
    for (const key of ['lifetime', 'clvGross', 'clv', 'maxContacts', 'ltvCac']) await expect(output(page, key), key).toHaveAttribute('data-value', '');
    await expect(page.getByText('wächst der Kundenwert ohne Grenze')).toBeVisible();
    await expect(output(page, 'lifetime')).toHaveText('unbegrenzt');
    await expect(page.locator('.breakevens')).toContainText('gibt es keine Schwelle für Servicekontakte');
    await expect(page.locator('.calc')).not.toContainText(/NaN|Infinity|undefined/);
  });

  test('a customer who never pays back is named as such', async ({ page }) => {
    await page.goto(`${PAGE}?k=70`);
    await ready(page);
    // 480 − 560 = −80 a year
    await expect(output(page, 'margin')).toHaveAttribute('data-value', '-80');
    await expect(page.locator('.verdict')).toContainText('Er kostet mehr, als er einbringt.');
    await expect(page.locator('.breakevens')).toContainText('nicht innerhalb von 100 Jahren wieder eingespielt');
  });

  test('invalid and unknown parameters fall back to defaults and are named', async ({ page }) => {
    await page.goto(`${PAGE}?u=viel&b=150&foo=1`);
    await ready(page);
    const notice = page.getByRole('status').filter({ hasText: 'Aus dem Link nicht übernommen' });
    await expect(notice).toContainText('u=viel (Jahresumsatz je Kunde)');
    await expect(notice).toContainText('b=150 (Kundenbindungsrate pro Jahr): Bitte einen Wert von 0 bis 100 % eingeben.');
    await expect(notice).toContainText('foo=1: unbekannter Parameter');
    await expect(output(page, 'clv')).toHaveAttribute('data-value', EXAMPLE.clv);
  });

  test('works with the keyboard alone, and reset restores the defaults', async ({ page }) => {
    await page.goto(`${PAGE}?u=2400`);
    await ready(page);
    await page.getByLabel('Jahresumsatz je Kunde').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Bruttomarge')).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('50');
    await expect(output(page, 'margin')).toHaveAttribute('data-value', '1184');
    await page.getByRole('button', { name: 'Zurücksetzen' }).focus();
    await page.keyboard.press('Enter');
    await expect(output(page, 'clv')).toHaveAttribute('data-value', EXAMPLE.clv);
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  });

  test('"Link kopieren" puts the share link on the clipboard', async ({ page, context, baseURL }) => {
    await page.goto(PAGE);
    await ready(page);
    await unfoldGroups(page);
    await page.getByLabel('Zinssatz (Abzinsung)').fill('8');
    expect(await copyShareLink(page, context, baseURL!)).toBe(`${baseURL}${PAGE}?z=8`);
  });

  test('axe finds no violation, light and dark, with an error showing', async ({ page }) => {
    await page.goto(PAGE);
    await ready(page);
    await page.getByLabel('Servicekontakte pro Jahr').fill('zwei');
    await expectAccessible(page);
  });

  test('loads at most 20 kB gzip of JavaScript in all, Preact and the island runtime included', async ({ page }) => {
    const { bytes, files } = await scriptBytes(page, PAGE, async () => {
      await page.getByLabel('Jahresumsatz je Kunde').fill('2000');
      await page.getByRole('button', { name: 'Zurücksetzen' }).click();
    });
    console.log(`${PAGE}: ${files} scripts, ${bytes} B gzip in all`);
    expect(bytes).toBeLessThanOrEqual(CALCULATOR_JS_BUDGET);
  });
});

test.describe('the customer value calculator in entries', () => {
  for (const entry of ['/glossar/customer-lifetime-value/', '/glossar/kundenbindung/']) {
    test(`${entry} embeds it; it computes and opens the full calculator with the same values`, async ({ page }) => {
      await page.goto(entry);
      const calc = page.locator('[data-calculator="customer-value"]');
      await calc.scrollIntoViewIfNeeded();
      await ready(page);
      await expect(output(page, 'clv')).toHaveAttribute('data-value', EXAMPLE.clv);
      await calc.getByLabel('Kundenbindungsrate pro Jahr').fill('85');
      await expect(output(page, 'clvGross')).toHaveAttribute('data-value', '1856');
      await expect(page).toHaveURL(new RegExp(`${entry}$`));
      await expect(calc.getByRole('link', { name: 'Im großen Rechner öffnen' })).toHaveAttribute('href', `${PAGE}?b=85`);
    });
  }
});
