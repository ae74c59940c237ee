import { test, expect } from './fixtures';

test.describe('a reader browsing the glossary', () => {
  test('goes from the home page via A–Z to Cross-Selling, follows the link to Qualifizierung and comes back via "Erwähnt in"', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Alle Begriffe von A bis Z' }).click();

    await expect(page).toHaveURL(/\/glossar\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Glossar A–Z' })).toBeVisible();
    await page.locator('.term-list').getByRole('link', { name: 'Cross-Selling', exact: true }).click();

    await expect(page).toHaveURL(/\/glossar\/cross-selling\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Cross-Selling' })).toBeVisible();
    await page.locator('.prose a[href="/glossar/qualifizierung/"]').first().click();

    await expect(page).toHaveURL(/\/glossar\/qualifizierung\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Qualifizierung' })).toBeVisible();
    const mentions = page.getByRole('region', { name: 'Erwähnt in' });
    await mentions.getByRole('link', { name: 'Cross-Selling', exact: true }).click();

    await expect(page).toHaveURL(/\/glossar\/cross-selling\/$/);
  });

  test('an entry page shows definition, key points, sources, date, related entries and the call to action', async ({ page }) => {
    await page.goto('/glossar/cross-selling/');
    await expect(page.getByRole('region', { name: 'Definition' })).not.toBeEmpty();
    await expect(page.getByRole('heading', { name: 'Das Wichtigste in Kürze' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Quellen' })).toBeVisible();
    await expect(page.locator('.sources li').first()).toBeVisible();
    await expect(page.getByText(/^Stand: \d{1,2}\. \p{L}+ \d{4}$/u)).toBeVisible();
    const related = page.getByRole('region', { name: 'Verwandte Begriffe' });
    await expect(related.locator('.card').first()).toBeVisible();
    await expect(related.locator('.card p').first()).not.toBeEmpty();
    await expect(page.getByRole('link', { name: 'Fioro kostenlos testen' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Brotkrumen' })).toContainText('Start');
  });

  test('the A–Z letter bar jumps to a letter and umlauts are filed under their base letter', async ({ page }) => {
    await page.goto('/glossar/');
    await page.getByRole('link', { name: 'Buchstabe C' }).click();
    await expect(page).toHaveURL(/#buchstabe-c$/);
    await expect(page.locator('#buchstabe-c')).toBeInViewport();
    const letters = await page.locator('.letter-group h2').allTextContents();
    expect(letters.every((l) => /^[A-Z#]$/.test(l))).toBe(true);
  });

  test('an unknown address shows the German 404 page with a way back', async ({ page }) => {
    const response = await page.goto('/glossar/gibt-es-nicht/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Diese Seite gibt es nicht' })).toBeVisible();
    await page.getByRole('link', { name: 'Zum Glossar A–Z' }).click();
    await expect(page).toHaveURL(/\/glossar\/$/);
  });

  test('the header has the brand, Glossar and Login; the footer Impressum and Datenschutz', async ({ page }) => {
    await page.goto('/glossar/cross-selling/');
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: /Fioro/ })).toHaveAttribute('href', '/');
    await expect(header.getByRole('link', { name: 'Glossar', exact: true })).toHaveAttribute('href', '/glossar/');
    await expect(header.getByRole('link', { name: 'Login' })).toHaveAttribute('href', /^https:\/\//);
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'Impressum' })).toBeVisible();
    await expect(footer.getByRole('link', { name: 'Datenschutz' })).toBeVisible();
  });

  test('the skip link moves keyboard focus to the main content', async ({ page }) => {
    await page.goto('/glossar/cross-selling/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('print hides navigation and the call to action and prints source URLs', async ({ page }) => {
    await page.goto('/glossar/cross-selling/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.locator('.cta')).toBeHidden();
    const after = await page.locator('.sources a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
  });
});
