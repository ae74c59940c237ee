import { test, expect } from './fixtures';
import { CATEGORIES } from '../../src/lib/glossary/categories';
import { site } from '../../src/site';

test.describe('the category filter', () => {
  test('the A–Z index shows "Alle" and one chip per category above the letter bar, with "Alle" current', async ({ page }) => {
    await page.goto('/glossar/');
    const filter = page.getByRole('navigation', { name: 'Nach Kategorie filtern' });
    const chips = filter.getByRole('link');
    await expect(chips).toHaveCount(CATEGORIES.length + 1);
    await expect(chips.first()).toHaveAccessibleName(/^Alle \d+ Begriffe$/);
    await expect(chips.first()).toHaveAttribute('aria-current', 'page');
    for (const category of CATEGORIES) {
      const chip = filter.getByRole('link', { name: new RegExp(`^${category.name} \\d+ Begriffe$`) });
      await expect(chip).toHaveAttribute('href', `/glossar/kategorie/${category.slug}/`);
      await expect(chip).not.toHaveAttribute('aria-current');
    }
    const filterBox = await filter.boundingBox();
    const letterBox = await page.getByRole('navigation', { name: 'Buchstaben' }).boundingBox();
    expect(filterBox!.y + filterBox!.height).toBeLessThanOrEqual(letterBox!.y);
  });

  test('a chip leads to its category page, which marks it and lists exactly as many entries as it counts', async ({ page }) => {
    await page.goto('/glossar/');
    const filter = page.getByRole('navigation', { name: 'Nach Kategorie filtern' });
    await filter.getByRole('link', { name: /^Pipeline & Qualifizierung/ }).click();

    await expect(page).toHaveURL(/\/glossar\/kategorie\/pipeline\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pipeline & Qualifizierung' })).toBeVisible();
    await expect(page.locator('.lead')).toHaveText(CATEGORIES.find((c) => c.slug === 'pipeline')!.intro);
    const current = filter.getByRole('link', { name: /^Pipeline & Qualifizierung/ });
    await expect(current).toHaveAttribute('aria-current', 'page');
    await expect(filter.getByRole('link', { name: /^Alle/ })).not.toHaveAttribute('aria-current');

    const count = Number(await current.locator('.chip-count').evaluate((el) => el.firstChild?.textContent));
    const cards = page.locator('main .card-grid .card');
    await expect(cards).toHaveCount(count);
    await expect(cards.getByRole('link', { name: 'BANT', exact: true })).toBeVisible();
    await expect(cards.getByRole('link', { name: 'Cross-Selling', exact: true })).toHaveCount(0);

    await filter.getByRole('link', { name: /^Alle/ }).click();
    await expect(page).toHaveURL(/\/glossar\/$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the chips still switch between categories, because each is a plain link', async ({ page }) => {
      await page.goto('/glossar/');
      await page.getByRole('navigation', { name: 'Nach Kategorie filtern' }).getByRole('link', { name: /^Verkaufsgespräch/ }).click();
      await expect(page).toHaveURL(/\/glossar\/kategorie\/gespraech\/$/);
      await expect(page.locator('main .card-grid').getByRole('link', { name: 'Nutzenargumentation', exact: true })).toBeVisible();
    });
  });
});

test.describe('the page about the glossary', () => {
  test('/ueber/ says who writes the glossary, how entries are sourced and checked, and how to report an error', async ({ page }) => {
    await page.goto('/ueber/');
    await expect(page.getByRole('heading', { level: 1, name: 'Über das Glossar' })).toBeVisible();
    for (const heading of ['Wer das Glossar schreibt', 'Woher die Inhalte kommen', 'Wie wir prüfen', 'Einen Fehler melden']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByText(/Redaktion von Fioro/).first()).toBeVisible();
    await expect(page.getByText(/Stand/).first()).toBeVisible();
    const report = page.getByRole('link', { name: site.editorialEmail });
    await expect(report).toHaveAttribute('href', new RegExp(`^mailto:${site.editorialEmail.replace('.', '\\.')}\\?subject=`));
  });

  test('the footer of every page type and the home page link to /ueber/', async ({ page }) => {
    for (const path of ['/', '/glossar/', '/glossar/cross-selling/']) {
      await page.goto(path);
      await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Über das Glossar' }), path).toHaveAttribute('href', '/ueber/');
    }
    await page.goto('/');
    await page.getByRole('main').getByRole('link', { name: /^Über das Glossar/ }).click();
    await expect(page).toHaveURL(/\/ueber\/$/);
  });
});
