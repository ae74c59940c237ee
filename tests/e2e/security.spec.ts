/**
 * Every page carries a Content-Security-Policy without 'unsafe-inline' for scripts, and runs under it
 * without a violation or console error (checked for every test by the pageErrors fixture, so the
 * axe test in pages.spec.ts covers every page), also with search and the calculator in use; the
 * site stores nothing in the browser.
 */
import { test, expect, builtPages, builtHtml, entryPages } from './fixtures';
import { HYDRATED } from './calc-helpers';

test('every built page has a Content-Security-Policy meta without unsafe-inline for scripts', () => {
  const pages = builtPages();
  const policies = pages.map((path) => [path, /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(builtHtml(path))?.[1] ?? ''] as const);
  console.log(`CSP: ${policies.filter(([, p]) => p !== '').length} of ${pages.length} pages carry a policy`);
  for (const [path, policy] of policies) {
    expect(policy, path).toMatch(/script-src 'self'/);
    expect(policy, path).toMatch(/default-src 'self'/);
    expect(policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  }
});

for (const path of entryPages().filter((p) => builtHtml(p).includes('data-calculator'))) {
  test(`the calculators embedded in ${path} hydrate without a console error or CSP violation`, async ({ page }) => {
    await page.goto(path);
    const calculators = page.locator('[data-calculator]');
    for (const calculator of await calculators.all()) await calculator.scrollIntoViewIfNeeded();
    await expect(page.locator(HYDRATED)).toHaveCount(await calculators.count());
    await page.waitForLoadState('networkidle');
  });
}

test('search and the calculator run under the CSP and store neither cookies nor localStorage', async ({ page }) => {
  await page.goto('/glossar/cross-selling/');
  await page.getByRole('banner').getByRole('link', { name: 'Suchen' }).click();
  await page.getByRole('combobox', { name: 'Glossar durchsuchen' }).fill('Querverkauf');
  await expect(page.getByRole('listbox', { name: 'Suchergebnisse' }).getByRole('option').first()).toContainText('Cross-Selling');
  await page.keyboard.press('Escape');

  await page.goto('/suche/?q=Qualifizierung');
  await expect(page.getByRole('listbox', { name: 'Suchergebnisse' }).getByRole('option').first()).toBeVisible();

  await page.goto('/rechner/cross-selling/');
  await page.locator(HYDRATED).waitFor();
  await page.getByLabel('Rabatt Zusatzprodukt').fill('20');
  await expect(page).toHaveURL(/r1=20/);
  await page.waitForLoadState('networkidle');

  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});
