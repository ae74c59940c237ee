/**
 * "Kundenliste prüfen" as a reader uses it: choosing a file (the worked example of CUSTOMERLIST.md,
 * a Windows-1252 export, files that are no CSV), changing the mapping, the number format and a
 * setting, downloading the analysed list, and the sample. No request leaves the page once a file is
 * chosen.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, expectNoSidewaysScroll } from './fixtures';
import { output, ready, scriptBytes } from './calc-helpers';

const PAGE = '/rechner/kundenliste/';

/** The worked example of CUSTOMERLIST.md, verbatim. */
const WORKED = `Kundennummer;Name;Umsatz;Marge;Servicekontakte;Retouren;Rabatt;Kategorien
1001;Müller GmbH;12.000;40 %;4;0;5;3
1002;Schäfer KG;3.000;35 %;30;6;35;2
1003;Özdemir AG;800;30 %;2;1;0;1
`;

/** Windows-1252 bytes of a Latin-1 text, as German Excel saves "CSV (Trennzeichen-getrennt)". */
const cp1252 = (s: string) => Buffer.from([...s].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))));

const file = (name: string, content: string | Buffer, mimeType = 'text/csv') => ({ name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content) : content });

/** Opens the page, ready for a file. */
async function open(page: Page) {
  await page.goto(PAGE);
  await ready(page, 'customer-list');
}

/** Chooses a file and waits until its analysis (or its message) shows. */
async function choose(page: Page, f: ReturnType<typeof file>) {
  await page.locator('#kl-datei').setInputFiles(f);
  await expect(page.locator('[data-output="customers"], [role="alert"], .calc-results .calc-notice').first()).toBeVisible();
}

const value = (page: Page, key: string) => output(page, key).getAttribute('data-value');

test('the worked example of CUSTOMERLIST.md, to the cent, without a single request once the file is chosen', async ({ page }) => {
  await open(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await choose(page, file('beispiel.csv', WORKED));
  const expected: Record<string, string> = {
    customers: '3', skipped: '0', total: '5753.35', lossCount: '0', lossSum: '0',
    offerCount: '2', checkCount: '1', noOfferCount: '0', peakShare: '100', peakCustomers: '100',
  };
  for (const [key, v] of Object.entries(expected)) expect(await value(page, key), key).toBe(v);
  // No loss: no cross-buyers' share of losses, no loss makers.
  await expect(page.locator('[data-output="crossBuyerLossShare"]')).toHaveCount(0);
  await expect(page.getByText('Keiner Ihrer 3 Kunden bringt nach Service und Retouren Verlust.')).toBeVisible();
  // The mapping and the number format it chose are shown.
  await expect(page.locator('summary', { hasText: 'Datei und Spalten' })).toContainText('Zahlen deutsch');
  expect(requests, 'Anfragen nach der Dateiwahl').toEqual([]);
});

test('a Windows-1252 export with umlauts: names and headers come out right, loss makers with their reasons', async ({ page }) => {
  await open(page);
  const text = 'Kd.-Nr.;Firma;Umsatz in €;Rohertragsmarge;Anfragen;Rücksendungen;Ø Rabatt\n' +
    '7;Bäckerei Größe;1.000;30 %;60;0;10\n8;Jörg Weiß KG;20.000;40 %;5;2;5\n9;Straße & Söhne;500;25 %;2;30;40\n';
  await choose(page, file('export.csv', cp1252(text)));
  await expect(page.locator('summary', { hasText: 'Datei und Spalten' })).toContainText('Windows-1252');
  expect(await value(page, 'lossCount')).toBe('2');
  // 1,000 × 30 % − 60 × 8 = −180; 500 × 25 % − 2 × 8 − 30 × 6.95 = −99.50.
  expect(await value(page, 'lossSum')).toBe('-279.5');
  const rows = page.locator('.loss-makers tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Bäckerei Größe');
  await expect(rows.nth(0)).toContainText('Service');
  await expect(rows.nth(1)).toContainText('Straße & Söhne');
  await expect(rows.nth(1)).toContainText('Retouren, Rabatte');
  await page.locator('summary', { hasText: 'Datei und Spalten' }).click();
  await expect(page.getByLabel('Rabatt', { exact: true })).toHaveValue('6');
  await expect(page.getByLabel('Rabatt', { exact: true }).locator('option:checked')).toHaveText('Ø Rabatt');
});

test('changing the mapping and the number format re-reads the list; a setting recomputes at once', async ({ page }) => {
  await open(page);
  // Two German numbers ("2000,5", "2,5") against one English ("1.5"): German, and the line with "1.5" is skipped and named.
  await choose(page, file('zwei-umsaetze.csv', 'Kunde;Umsatz;Nettoumsatz;Tickets\na;1000;2000,5;10\nb;1.5;3000;0\nc;2,5;300;0\n'));
  expect(await value(page, 'customers')).toBe('2');
  await expect(page.locator('.skipped')).toContainText('Zeile 3: Umsatz ist keine Zahl: „1.5“ (im englischen Zahlenformat eine Zahl)');
  // 1,000 × 40 % − 10 × 8 + 2.5 × 40 % = 321.
  expect(await value(page, 'total')).toBe('321');

  await page.locator('summary', { hasText: 'Datei und Spalten' }).click();
  await page.getByLabel('Umsatz (nötig)').selectOption({ label: 'Nettoumsatz' });
  // 2,000.5 × 40 % − 80 + 3,000 × 40 % + 300 × 40 % = 2,040.20.
  await expect(output(page, 'total')).toHaveAttribute('data-value', '2040.2');
  expect(await value(page, 'customers')).toBe('3');

  await page.getByLabel('Umsatz (nötig)').selectOption({ label: 'Umsatz' });
  await page.getByLabel(/englisch/).check();
  // Now "1.5" reads and "2,5" does not.
  await expect(output(page, 'total')).toHaveAttribute('data-value', '320.6');
  await expect(page.locator('.skipped')).toContainText('Zeile 4: Umsatz ist keine Zahl: „2,5“ (im deutschen Zahlenformat eine Zahl)');
  await expect(page.locator('summary', { hasText: 'Datei und Spalten' })).toContainText('Zahlen englisch');

  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.locator('summary', { hasText: 'Annahmen' }).click();
  await page.getByLabel('Kosten pro Servicekontakt').fill('20');
  // 1,000 × 40 % − 10 × 20 + 1.5 × 40 % = 200.6.
  await expect(output(page, 'total')).toHaveAttribute('data-value', '200.6');
  await page.getByLabel('Marge, wo die Datei keine nennt').fill('50');
  await expect(output(page, 'total')).toHaveAttribute('data-value', '300.75');
  expect(requests).toEqual([]);
});

test('the download holds every line with Deckungsbeitrag, Empfehlung and Gründe, for German Excel', async ({ page }) => {
  await open(page);
  await choose(page, file('beispiel.csv', `${WORKED}1004;Leer GmbH;;30 %;0;0;0;1\n`));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Liste mit Empfehlungen herunterladen' }).click()]);
  expect(download.suggestedFilename()).toBe('beispiel-ausgewertet.csv');
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
    'Kundennummer;Name;Umsatz;Marge;Servicekontakte;Retouren;Rabatt;Kategorien;Deckungsbeitrag;Empfehlung;Gründe',
    '1001;Müller GmbH;12.000;40 %;4;0;5;3;4768,00;anbieten;',
    '1002;Schäfer KG;3.000;35 %;30;6;35;2;768,30;erst prüfen;Rabatte',
    '1003;Özdemir AG;800;30 %;2;1;0;1;217,05;anbieten;',
    '1004;Leer GmbH;;30 %;0;0;0;1;;übersprungen;kein Umsatz angegeben',
    '',
  ]);
});

test('files that are no customer list get a German message that says what to do', async ({ page }) => {
  await open(page);
  const cases: [ReturnType<typeof file>, RegExp][] = [
    [file('kunden.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), /Speichern unter → Dateityp „CSV UTF-8/],
    [file('kunden.pdf', '%PDF-1.7\n1 0 obj\n', 'application/pdf'), /PDF/],
    [file('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'), /Bild \(PNG\)/],
    [file('leer.csv', ''), /leer/],
    [file('nur-kopf.csv', 'Kundennummer;Umsatz\n'), /nur die Kopfzeile/],
    [file('ohne-umsatz.csv', 'Kunde;Wert\na;1\n'), /keine Spalte für den Umsatz/],
    [file('alles-falsch.csv', 'Kunde;Umsatz\na;viel\nb;wenig\n'), /Keine Zeile ließ sich auswerten: alle 2 Zeilen/],
  ];
  for (const [f, message] of cases) {
    await choose(page, f);
    await expect(page.locator('.calc-inputs [role="alert"], .calc-results .calc-notice').first(), f.name).toContainText(message);
    await expect(page.locator('body'), f.name).not.toContainText(/NaN|Infinity|undefined/);
  }
});

test('the sample on a 320 px phone: the summary comes into view, nothing scrolls sideways; axe light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  await page.getByRole('button', { name: 'Mit Beispieldaten ausprobieren' }).click();
  await expect(output(page, 'customers')).toHaveAttribute('data-value', '250');
  await expect(page.locator('#kl-ergebnis')).toBeFocused();
  await expect(page.locator('#kl-ergebnis')).toBeInViewport();
  await expect(page.locator('.calc-results .verdict')).toBeInViewport();
  await expect(page.locator('.loss-makers tbody tr')).toHaveCount(20);
  await expect(page.getByRole('img', { name: /Walkurve/ })).toBeVisible();
  await expectAccessible(page);
  await expectNoSidewaysScroll(page, [320]);
});

test('the Beispieldatei link downloads the same list the sample analyses', async ({ page }) => {
  await open(page);
  const link = page.getByRole('link', { name: 'Beispieldatei herunterladen' });
  const response = await page.request.get((await link.getAttribute('href'))!);
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString('utf8').split('\r\n').length).toBe(252);
  await expect(link).toHaveAttribute('download', 'beispiel-kundenliste.csv');
});

test('loads at most 45 kB gzip of JavaScript in all, parser and worker included', async ({ page }) => {
  const { bytes, files } = await scriptBytes(page, PAGE, async () => {
    await page.getByRole('button', { name: 'Mit Beispieldaten ausprobieren' }).click();
    await expect(output(page, 'customers')).toBeVisible();
    await page.getByRole('button', { name: 'Liste mit Empfehlungen herunterladen' }).click();
  });
  console.log(`${PAGE}: ${files} scripts, ${bytes} B gzip in all`);
  expect(files).toBeGreaterThan(3);
  expect(bytes).toBeLessThanOrEqual(45_000);
});

test('the overview lists the check, and the profitability entries link to it', async ({ page }) => {
  await page.goto('/rechner/');
  await expect(page.getByRole('link', { name: 'Kundenliste prüfen' })).toHaveAttribute('href', PAGE);
  for (const entry of ['cross-selling', 'qualifizierung', 'kundenprofitabilitaet', 'cost-to-serve']) {
    await page.goto(`/glossar/${entry}/`);
    await expect(page.locator(`.prose a[href="${PAGE}"]`).first(), entry).toBeVisible();
  }
});

test('the result prints: summary, whale curve and loss makers, without the file chooser, on at most three A4 pages', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Mit Beispieldaten ausprobieren' }).click();
  await expect(output(page, 'customers')).toHaveAttribute('data-value', '250');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.drop')).toBeHidden();
  await expect(page.locator('.calc-results .verdict')).toBeVisible();
  await expect(page.getByRole('img', { name: /Walkurve/ })).toBeVisible();
  await expect(page.locator('.loss-makers')).toBeVisible();
  await expect(page.locator('.calc-print')).toContainText('Datei: beispiel-kundenliste.csv');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(3);
});
