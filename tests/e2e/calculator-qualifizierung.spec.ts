import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';
import { CALCULATOR_JS_BUDGET, copyShareLink, ready, scriptBytes, unfoldGroups } from './calc-helpers';

const PAGE = '/rechner/qualifizierung/';

const output = (scope: Page | Locator, key: string) => scope.locator(`[data-output="${key}"]`).first();
const criterion = (scope: Page | Locator, name: string) => scope.getByRole('group', { name: new RegExp(`^${name}\\b`) });
const rating = (scope: Page | Locator, name: string, level: 'nicht erfüllt' | 'teilweise' | 'erfüllt') =>
  criterion(scope, name).getByRole('radio', { name: level, exact: true });

async function openQuestions(scope: Page | Locator): Promise<string[]> {
  return scope.locator('.next-questions > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-criterion') ?? ''));
}

async function expectNoBadNumbers(page: Page) {
  const text = await page.locator('form.scorecard').innerText();
  expect(text).not.toMatch(/NaN|Infinity|∞|-0,00|−0,00|undefined/);
  for (const value of await page.locator('form.scorecard [data-output]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))) {
    expect(value === '' || /^(gruen|gelb|rot)$/.test(value!) || Number.isFinite(Number(value)), String(value)).toBe(true);
    expect(value).not.toBe('-0');
  }
}

test.describe('the qualification scorecard page', () => {
  test('shows BANT with nothing rated and no score before any script runs (server-rendered default)', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expect(page.getByRole('radio', { name: 'BANT' })).toBeChecked();
    await expect(page.locator('fieldset.criterion legend')).toHaveText(['Budget', 'Authority (Entscheidungsbefugnis)', 'Need (Bedarf)', 'Timeline (Zeitrahmen)']);
    await expect(page.locator('fieldset.criterion input:checked')).toHaveCount(0);
    await expect(output(page, 'score')).toHaveAttribute('data-value', '');
    await expect(output(page, 'score')).toHaveText('–');
    await expect(output(page, 'light')).toHaveAttribute('data-value', '');
    await expect(output(page, 'rated')).toHaveAttribute('data-value', '0');
    await expect(page.getByText('Noch nichts bewertet.')).toBeVisible();
    // Every criterion is open, the highest weight first: Need 3, Budget 2, Authority 2, Timeline 1.
    expect(await openQuestions(page)).toEqual(['b_need', 'b_budget', 'b_authority', 'b_timeline']);
    await expect(page.locator('[data-criterion="b_budget"]')).toContainText('„Ist für dieses Vorhaben im laufenden Jahr Budget freigegeben – und in welcher Höhe?“');
    await context.close();
  });

  test('rating updates the score, the light and the questions; the weights count as computed by hand', async ({ page }) => {
    await page.goto(PAGE);
    await ready(page, 'qualification');
    await rating(page, 'Need', 'erfüllt').check();
    // Only Need rated: 3 of 8 = 37,5 %, the rest counts as not met.
    await expect(output(page, 'score')).toHaveAttribute('data-value', '37.5');
    await expect(output(page, 'score')).toHaveText('37,5 %');
    await expect(output(page, 'light')).toHaveAttribute('data-value', 'rot');
    await expect(page.locator('.light')).toContainText('Ampel Rot');
    expect(await openQuestions(page)).toEqual(['b_budget', 'b_authority', 'b_timeline']);
    await expect(page.locator('[data-criterion="b_timeline"]')).toContainText('(nicht bewertet, Gewicht 1)');

    await rating(page, 'Budget', 'erfüllt').check();
    await rating(page, 'Authority', 'teilweise').check();
    await rating(page, 'Timeline', 'nicht erfüllt').check();
    // 2 + 1 + 3 + 0 = 6 of 8 = 75 %: grün; Timeline (weight 1) is not the top weight, so nothing holds it back.
    await expect(output(page, 'score')).toHaveAttribute('data-value', '75');
    await expect(output(page, 'light')).toHaveAttribute('data-value', 'gruen');
    await expect(output(page, 'light')).toHaveText('Grün');
    await expect(output(page, 'rated')).toHaveAttribute('data-value', '4');
    expect(await openQuestions(page)).toEqual(['b_authority', 'b_timeline']);
    await expect(page.locator('[data-criterion="b_authority"]')).toContainText('(teilweise, Gewicht 2)');
    await expect(page).toHaveURL(/b_budget=2/);
    await expect(page).toHaveURL(/b_authority=1/);
    await expect(page).toHaveURL(/b_need=2/);
    await expect(page).toHaveURL(/b_timeline=0/);

    await rating(page, 'Authority', 'erfüllt').check();
    await rating(page, 'Timeline', 'erfüllt').check();
    await expect(output(page, 'score')).toHaveAttribute('data-value', '100');
    await expect(page.locator('.next-questions')).toHaveCount(0);
    await expect(page.getByText('Alle Kriterien sind erfüllt.')).toBeVisible();
    await expectNoBadNumbers(page);
  });

  test('switching the framework shows its criteria and keeps the ratings of the others', async ({ page }) => {
    await page.goto(PAGE);
    await ready(page, 'qualification');
    await rating(page, 'Need', 'teilweise').check();
    await page.getByRole('radio', { name: 'MEDDPICC' }).check();
    await expect(page).toHaveURL(/f=meddpicc/);
    await expect(page.getByRole('heading', { name: 'Ergebnis für MEDDPICC' })).toBeVisible();
    await expect(page.locator('fieldset.criterion')).toHaveCount(8);
    await expect(output(page, 'score')).toHaveAttribute('data-value', '');
    expect(await openQuestions(page)).toEqual(['m_buyer', 'm_pain', 'm_metrics', 'm_process', 'm_champion', 'm_criteria', 'm_paper', 'm_competition']);
    await page.getByRole('radio', { name: 'CHAMP' }).check();
    await expect(page.locator('fieldset.criterion legend').first()).toHaveText('Challenges (Herausforderungen)');
    await page.getByRole('radio', { name: 'BANT' }).check();
    await expect(rating(page, 'Need', 'teilweise')).toBeChecked();
    await expect(page).not.toHaveURL(/f=/);
  });

  test('holds the light at gelb when the top-weighted criterion is not met at all, and says why', async ({ page }) => {
    await page.goto(`${PAGE}?f=meddpicc&m_metrics=2&m_buyer=2&m_criteria=2&m_process=2&m_paper=2&m_pain=0&m_champion=2&m_competition=2`);
    await ready(page, 'qualification');
    // 12 of 15 = 80 %, but Identify Pain (weight 3, the highest) is not met.
    await expect(output(page, 'score')).toHaveAttribute('data-value', '80');
    await expect(output(page, 'light')).toHaveAttribute('data-value', 'gelb');
    await expect(page.locator('.light')).toContainText('Gelb statt Grün, weil Identify Pain gar nicht erfüllt ist');
    await rating(page, 'Identify Pain', 'teilweise').check();
    await expect(output(page, 'light')).toHaveAttribute('data-value', 'gruen');
  });

  test('works with the keyboard alone: arrow keys in the radio groups, Tab between them', async ({ page }) => {
    await page.goto(PAGE);
    await ready(page, 'qualification');
    await page.getByRole('radio', { name: 'BANT' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'MEDDPICC' })).toBeChecked();
    await expect(page.locator('fieldset.criterion')).toHaveCount(8);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: 'BANT' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'BANT' })).toBeFocused();

    // Budget: Tab reaches the group (nothing checked yet: its first radio), Space rates, arrows move on.
    await page.keyboard.press('Tab');
    await expect(rating(page, 'Budget', 'nicht erfüllt')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(rating(page, 'Budget', 'nicht erfüllt')).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(rating(page, 'Budget', 'erfüllt')).toBeChecked();
    // Authority: the right arrow from the focused first radio rates "teilweise".
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await expect(rating(page, 'Authority', 'teilweise')).toBeChecked();
    // Need: two steps right, "erfüllt".
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(rating(page, 'Need', 'erfüllt')).toBeChecked();
    // (2 + 1 + 3) of 8 = 75 %.
    await expect(output(page, 'score')).toHaveAttribute('data-value', '75');
    // Timeline, then on to the weights.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator('details.field-more summary')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Gewicht Budget')).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('6');
    // (6 + 1 + 3) of 12 = 83,33 %.
    await expect(output(page, 'score')).toHaveAttribute('data-value', '83.33');
    await expect(page).toHaveURL(/b_budget_w=6/);
  });

  test('a weight outside 0 to 10 or not a number gets a German message at the field, and the score keeps the last valid weight', async ({ page }) => {
    await page.goto(`${PAGE}?b_budget=2&b_need=1`);
    await ready(page, 'qualification');
    await unfoldGroups(page);
    // (2 + 1,5) of 8 = 43,75 %.
    await expect(output(page, 'score')).toHaveAttribute('data-value', '43.75');
    const cases: [string, RegExp][] = [
      ['12', /^Höchstens 10\.$/],
      ['-1', /^Der Wert darf nicht negativ sein\.$/],
      ['abc', /„abc“ ist keine Zahl/],
      ['', /Bitte geben Sie eine Zahl ein/],
    ];
    const field = page.getByLabel('Gewicht Need');
    for (const [value, message] of cases) {
      await field.fill(value);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      const errorId = (await field.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-fehler'))!;
      await expect(page.locator(`[id="${errorId}"]`)).toHaveText(message);
      await expect(page.getByText('Gerechnet wird mit dem letzten gültigen Wert für: Gewicht Need.')).toBeVisible();
      await expect(output(page, 'score')).toHaveAttribute('data-value', '43.75');
    }
    await field.fill('2,5');
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/b_need_w=2\.5/);
    // (2 + 1,25) of 7,5 = 43,33 %.
    await expect(output(page, 'score')).toHaveAttribute('data-value', '43.33');

    // Every weight 0: no score, a German sentence instead, and never NaN.
    for (const name of ['Budget', 'Authority', 'Need', 'Timeline']) await page.getByLabel(`Gewicht ${name}`).fill('0');
    await expect(output(page, 'score')).toHaveAttribute('data-value', '');
    await expect(output(page, 'light')).toHaveAttribute('data-value', '');
    await expect(page.getByText('Alle Gewichte sind 0.')).toBeVisible();
    await expectNoBadNumbers(page);
  });

  test('the share link round-trips framework, ratings and weights; reset clears them and keeps the framework', async ({ page, context }) => {
    await page.goto(PAGE);
    await ready(page, 'qualification');
    await page.getByRole('radio', { name: 'CHAMP' }).check();
    await rating(page, 'Challenges', 'erfüllt').check();
    await rating(page, 'Money', 'teilweise').check();
    await unfoldGroups(page);
    await page.getByLabel('Gewicht Money').fill('4');
    await expect(page).toHaveURL(/\?f=champ&c_challenges=2&c_money=1&c_money_w=4$/);
    const score = await output(page, 'score').getAttribute('data-value');
    // (3 + 2) of 11 = 45,45 %.
    expect(score).toBe('45.45');

    const other = await context.newPage();
    await other.goto(page.url());
    await ready(other);
    await expect(other.getByRole('radio', { name: 'CHAMP' })).toBeChecked();
    await expect(rating(other, 'Challenges', 'erfüllt')).toBeChecked();
    await expect(rating(other, 'Money', 'teilweise')).toBeChecked();
    await expect(other.getByLabel('Gewicht Money')).toHaveValue('4');
    await expect(output(other, 'score')).toHaveAttribute('data-value', score!);
    await expect(other.getByRole('status').filter({ hasText: 'Aus dem Link nicht übernommen' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Zurücksetzen' }).click();
    await expect(page).toHaveURL(/\?f=champ$/);
    await expect(page.locator('fieldset.criterion input:checked')).toHaveCount(0);
    await expect(page.getByLabel('Gewicht Money')).toHaveValue('2');
    await expect(output(page, 'score')).toHaveAttribute('data-value', '');
  });

  test('"Link kopieren" puts the share link on the clipboard', async ({ page, context, baseURL }) => {
    await page.goto(PAGE);
    await ready(page, 'qualification');
    await rating(page, 'Need', 'erfüllt').check();
    expect(await copyShareLink(page, context, baseURL!)).toBe(`${baseURL}${PAGE}?b_need=2`);
  });

  test('names bad and unknown link parameters and uses the defaults for them', async ({ page }) => {
    await page.goto(`${PAGE}?f=spin&b_need=5&b_budget=1&b_budget_w=abc&zzz=1`);
    await ready(page, 'qualification');
    const notice = page.getByRole('status').filter({ hasText: 'Aus dem Link nicht übernommen' });
    await expect(notice).toContainText('f=spin (Raster): Erlaubt sind bant, meddpicc oder champ.');
    await expect(notice).toContainText('b_need=5 (Need (BANT)): Erlaubt sind 0, 1 oder 2.');
    await expect(notice).toContainText('b_budget_w=abc (Gewicht Budget): „abc“ ist keine Zahl');
    await expect(notice).toContainText('zzz=1: unbekannter Parameter');
    await expect(page.getByRole('radio', { name: 'BANT' })).toBeChecked();
    await expect(rating(page, 'Budget', 'teilweise')).toBeChecked();
    await expect(page.getByLabel('Gewicht Budget')).toHaveValue('2');
    // Only Budget rated, teilweise: 1 of 8 = 12,5 %.
    await expect(output(page, 'score')).toHaveAttribute('data-value', '12.5');
  });

  test('axe finds no violation, light and dark, with a rating, a light and an error showing', async ({ page }) => {
    await page.goto(`${PAGE}?f=meddpicc&m_metrics=2&m_buyer=2&m_criteria=2&m_process=2&m_paper=2&m_pain=0&m_champion=2&m_competition=1`);
    await ready(page, 'qualification');
    await unfoldGroups(page);
    await page.getByLabel('Gewicht Champion').fill('abc');
    await expectAccessible(page);
  });

  test('loads at most 20 kB gzip of JavaScript in all, Preact and the island runtime included', async ({ page }) => {
    // Use everything once, so every chunk the scorecard can load is loaded.
    const { bytes, files } = await scriptBytes(page, PAGE, async () => {
      await ready(page, 'qualification');
      await page.getByRole('radio', { name: 'MEDDPICC' }).check();
      await rating(page, 'Champion', 'teilweise').check();
      await unfoldGroups(page);
      await page.getByLabel('Gewicht Champion').fill('5');
      await page.getByRole('button', { name: 'Zurücksetzen' }).click();
    });
    console.log(`${PAGE}: ${files} scripts, ${bytes} B gzip in all`);
    expect(bytes).toBeLessThanOrEqual(CALCULATOR_JS_BUDGET);
  });
});

test.describe('the scorecard embedded in entries', () => {
  test('Qualifizierung embeds it with the choice of framework, next to the portfolio view; it keeps the URL and links to the page', async ({ page }) => {
    await page.goto('/glossar/qualifizierung/');
    const calc = page.locator('[data-calculator="qualification"]');
    await calc.scrollIntoViewIfNeeded();
    await ready(page, 'qualification');
    await expect(page.locator('[data-calculator="portfolio"]')).toHaveCount(1);
    await calc.getByRole('radio', { name: 'CHAMP' }).check();
    await rating(calc, 'Challenges', 'erfüllt').check();
    await expect(output(calc, 'score')).toHaveAttribute('data-value', '33.33');
    await expect(page).toHaveURL(/\/glossar\/qualifizierung\/$/);
    await expect(calc.getByRole('link', { name: 'Im großen Rechner öffnen' })).toHaveAttribute('href', '/rechner/qualifizierung/?f=champ&c_challenges=2');
    // The weights are folded away; they open with the keyboard.
    await calc.locator('details.field-more summary').focus();
    await page.keyboard.press('Enter');
    await calc.getByLabel('Gewicht Challenges').fill('11');
    await expect(calc.getByText('Höchstens 10.')).toBeVisible();
  });

  test('BANT embeds it with BANT fixed, and the link opens the page with the same ratings', async ({ page }) => {
    await page.goto('/glossar/bant/');
    const calc = page.locator('[data-calculator="qualification"]');
    await calc.scrollIntoViewIfNeeded();
    await ready(page, 'qualification');
    await expect(calc.getByRole('radio', { name: 'MEDDPICC' })).toHaveCount(0);
    await expect(calc.getByRole('heading', { name: 'Ergebnis für BANT' })).toBeVisible();
    await rating(calc, 'Need', 'erfüllt').check();
    await rating(calc, 'Budget', 'teilweise').check();
    await expect(output(calc, 'score')).toHaveAttribute('data-value', '50');
    await expect(output(calc, 'light')).toHaveAttribute('data-value', 'gelb');
    const link = calc.getByRole('link', { name: 'Im großen Rechner öffnen' });
    await expect(link).toHaveAttribute('href', '/rechner/qualifizierung/?b_budget=1&b_need=2');
    await link.click();
    await ready(page, 'qualification');
    await expect(page).toHaveURL(/\/rechner\/qualifizierung\/\?b_budget=1&b_need=2$/);
    await expect(output(page, 'score')).toHaveAttribute('data-value', '50');
  });
});
