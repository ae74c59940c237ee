import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { test, expect, expectAccessible } from './fixtures';

/** Opens the header search with a click and types the query. */
async function searchFor(page: Page, query: string) {
  await page.getByRole('banner').getByRole('link', { name: 'Suchen' }).click();
  const box = page.getByRole('combobox', { name: 'Glossar durchsuchen' });
  await expect(box).toBeFocused();
  await box.fill(query);
  return box;
}

const options = (page: Page) => page.getByRole('listbox', { name: 'Suchergebnisse' }).getByRole('option');

/** Holds back every request to `url` until the returned function is called. */
async function holdBack(page: Page, url: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('search in the header', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/glossar/');
  });

  test('a synonym finds its entry first: "Querverkauf" → Cross-Selling', async ({ page }) => {
    await searchFor(page, 'Querverkauf');
    await expect(options(page).first()).toContainText('Cross-Selling');
  });

  test('an exact title comes first: "Kundenbindung" before entries that only mention it', async ({ page }) => {
    await searchFor(page, 'Kundenbindung');
    await expect(options(page).first().locator('.search-result-title')).toHaveText('Kundenbindung');
    expect(await options(page).count()).toBeGreaterThan(1);
  });

  test('a prefix works while typing: "Qualif" → Qualifizierung', async ({ page }) => {
    await searchFor(page, 'Qualif');
    await expect(options(page).first().locator('.search-result-title')).toHaveText('Qualifizierung');
  });

  test('case and umlauts do not matter: "kundenbindung", "reziprozitaet"', async ({ page }) => {
    const box = await searchFor(page, 'kundenbindung');
    await expect(options(page).first().locator('.search-result-title')).toHaveText('Kundenbindung');
    await box.fill('reziprozitaet');
    await expect(options(page).first().locator('.search-result-title')).toHaveText('Reziprozität');
  });

  test('a term used only inside an entry finds the entry that explains it', async ({ page }) => {
    await searchFor(page, 'Fahrerschutzversicherung');
    await expect(options(page).first().locator('.search-result-title')).toHaveText('Cross-Selling');
    await expect(options(page).first().locator('mark').first()).toBeVisible();
  });

  test('each result shows title, category and an excerpt with the match highlighted', async ({ page }) => {
    await searchFor(page, 'Querverkauf');
    const first = options(page).first();
    await expect(first.locator('.search-result-category')).toHaveText('Profitabilität & Kennzahlen');
    await expect(first.locator('.search-result-excerpt mark')).not.toHaveCount(0);
  });
});

test.describe('search by keyboard', () => {
  test('"/" opens the search, arrows move, Enter opens the entry and the words are marked there', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Glossar durchsuchen' });
    await expect(box).toBeFocused();
    await page.keyboard.type('Selling');
    // Rows of an earlier keystroke's query may show until the search for the whole word is done.
    const list = page.getByRole('listbox', { name: 'Suchergebnisse' });
    await expect(list).toHaveAttribute('data-query', 'Selling');
    await expect(list).toHaveAttribute('aria-busy', 'false');
    await expect(options(page).nth(1)).toBeVisible();
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options(page).nth(1).getAttribute('id'))!);
    await page.keyboard.press('ArrowUp');
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    const title = await options(page).first().locator('.search-result-title').textContent();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/glossar\/[a-z-]+\/\?markieren=Selling$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
    await expect(page.locator('[data-pagefind-body] mark.search-hit').first()).toBeVisible();
  });

  test('letters typed right after "/", before the dialog has loaded, are not lost', async ({ page }) => {
    await page.goto('/glossar/up-selling/');
    await page.keyboard.press('/');
    await page.keyboard.type('Qualif');
    const box = page.getByRole('combobox', { name: 'Glossar durchsuchen' });
    await expect(box).toHaveValue('Qualif');
    await expect(options(page).first().locator('.search-result-title')).toHaveText('Qualifizierung');
  });

  test('every key typed while the search is still loading arrives: letters, Backspace and Enter', async ({ page }) => {
    await page.goto('/glossar/up-selling/');
    // The dialog's module is held back until the reader has finished typing.
    const release = await holdBack(page, '**/_astro/search-dialog*.js');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Querverkaux');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('f');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    release();
    await expect(page).toHaveURL(/\/glossar\/cross-selling\/\?markieren=Querverkauf$/);
  });

  test('rows shown at once from the term list stay in place when the full results arrive; ↓ and Enter open the row', async ({ page }) => {
    await page.goto('/glossar/up-selling/');
    // Pagefind's result fragments are held back, so the rows from the term list show alone first.
    const release = await holdBack(page, '**/pagefind/fragment/**');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Cross');
    const rows = options(page);
    // The instant rows of the whole word, not of an earlier keystroke ("Cr").
    await expect(page.getByRole('listbox', { name: 'Suchergebnisse' })).toHaveAttribute('data-query', 'Cross');
    await expect(rows.nth(1)).toBeVisible();
    await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.search-result-excerpt mark')).toHaveCount(0);
    const place = () => rows.evaluateAll((els) => els.map((el) => `${el.getAttribute('href')} ${el.getBoundingClientRect().top} ${el.getBoundingClientRect().height}`));
    const instant = await place();
    await page.keyboard.press('ArrowDown');
    release();
    await expect(rows.first().locator('.search-result-excerpt mark').first()).toBeVisible();
    expect((await place()).slice(0, instant.length)).toEqual(instant);
    await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
    const href = await rows.nth(1).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href!);
  });

  test('Ctrl+K opens the search, Esc closes it and focus returns', async ({ page }) => {
    await page.goto('/glossar/cross-selling/');
    const trigger = page.getByRole('banner').getByRole('link', { name: 'Suchen' });
    await trigger.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Glossar durchsuchen' });
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Glossar durchsuchen' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('"/" typed into a field is text, not a shortcut', async ({ page }) => {
    await page.goto('/suche/');
    const box = page.getByRole('combobox', { name: 'Glossar durchsuchen' });
    await box.fill('');
    await box.pressSequentially('B/C');
    await expect(box).toHaveValue('B/C');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test.describe('the search page', () => {
  test('runs the query from ?q= and keeps the URL in step with the field', async ({ page }) => {
    await page.goto('/suche/?q=Querverkauf');
    const box = page.getByRole('combobox', { name: 'Glossar durchsuchen' });
    await expect(box).toHaveValue('Querverkauf');
    await expect(options(page).first()).toContainText('Cross-Selling');
    await expect(page.getByRole('status')).toHaveText(/\d+ Treffer/);
    await box.fill('Qualif');
    await expect(page).toHaveURL(/\?q=Qualif$/);
  });

  test('without results it says so and suggests the closest titles and the A–Z index', async ({ page }) => {
    await page.goto('/suche/?q=Qalifizirung');
    const empty = page.locator('.search-empty');
    await expect(empty).toContainText('Keine Treffer für „Qalifizirung“');
    await expect(empty.getByRole('link', { name: 'Qualifizierung' })).toHaveAttribute('href', '/glossar/qualifizierung/');
    await expect(empty.getByRole('link', { name: 'Glossar von A bis Z' })).toBeVisible();
  });

  test('a typo such as "Cross-Seling" still leads to Cross-Selling', async ({ page }) => {
    await page.goto('/suche/?q=Cross-Seling');
    await expect(page.getByRole('link', { name: 'Cross-Selling', exact: true }).first()).toHaveAttribute('href', '/glossar/cross-selling/');
  });

  test('without JavaScript it explains that search needs JavaScript and links to A–Z', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/suche/');
    await expect(page.getByText('Die Suche braucht JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Glossar von A bis Z' })).toBeVisible();
    await context.close();
  });
});

test.describe('results are links', () => {
  /** The link of each option: the option itself or the one link inside it. */
  const linksOf = (page: Page) =>
    options(page).evaluateAll((els) =>
      els.map((el) => {
        const links = el.matches('a[href]') ? [el] : [...el.querySelectorAll('a[href]')];
        return {
          count: links.length,
          href: links[0]?.getAttribute('href') ?? '',
          tabindex: links[0]?.getAttribute('tabindex') ?? null,
          title: links[0]?.querySelector('.search-result-title')?.textContent ?? '',
        };
      }),
    );

  test('on /suche/ every result is one link to its entry, with the title, and no tab stop', async ({ page }) => {
    await page.goto('/suche/?q=cross');
    await expect(options(page).nth(1)).toBeVisible();
    const links = await linksOf(page);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) {
      expect(link.count).toBe(1);
      expect(link.href).toMatch(/^\/(glossar|rechner)\/[a-z0-9-]+\/\?markieren=cross$/);
      expect(link.tabindex).toBe('-1');
      expect(link.title).not.toBe('');
    }
    // Tab leaves the field for what follows the results, not for a result.
    await page.getByRole('combobox', { name: 'Glossar durchsuchen' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="listbox"]')))).toBe(false);

    // A plain click follows the link.
    await options(page).nth(1).click();
    await expect(page).toHaveURL(links[1]!.href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(links[1]!.title);
  });

  test('Ctrl+click and middle-click on a result in the Ctrl+K dialog open the entry in a new tab; the search stays', async ({ page, context }) => {
    await page.goto('/glossar/');
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Glossar durchsuchen' });
    await expect(box).toBeFocused();
    await box.fill('Selling');
    await expect(options(page).nth(2)).toBeVisible();
    const links = await linksOf(page);

    const [tab] = await Promise.all([context.waitForEvent('page'), options(page).nth(1).click({ modifiers: ['ControlOrMeta'] })]);
    // A new tab starts at about:blank: wait for its navigation, not just for a load.
    await expect(tab).toHaveURL(new URL(links[1]!.href, page.url()).href);
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(links[1]!.title);
    await tab.close();

    await expect(page).toHaveURL(/\/glossar\/$/);
    await expect(page.getByRole('dialog', { name: 'Glossar durchsuchen' })).toBeVisible();
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('Selling');
    // The pointer on a result made it the active option.
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');

    const [other] = await Promise.all([context.waitForEvent('page'), options(page).nth(2).click({ button: 'middle' })]);
    await expect(other).toHaveURL(new URL(links[2]!.href, page.url()).href);
    await other.close();
    await expect(page).toHaveURL(/\/glossar\/$/);
    await expect(box).toBeFocused();
  });

  test('ArrowDown and Enter open the second result, where its link points', async ({ page }) => {
    await page.goto('/suche/?q=cross');
    const box = page.getByRole('combobox', { name: 'Glossar durchsuchen' });
    await expect(options(page).nth(1)).toBeVisible();
    const links = await linksOf(page);
    await box.focus();
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(links[1]!.href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(links[1]!.title);
  });
});

test.describe('search costs nothing until it is used', () => {
  test('an entry page loads only the small trigger script and makes no search request until the reader shows intent', async ({ page }) => {
    const scripts: string[] = [];
    const search: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.resourceType() === 'script') scripts.push(path);
      if (/^\/pagefind\/|^\/suche\/|\/_astro\/(search-dialog|Search\.|preact|hooks)/.test(path)) search.push(path);
    });
    await page.goto('/glossar/up-selling/', { waitUntil: 'networkidle' });
    let bytes = 0;
    for (const src of scripts) bytes += gzipSync(await (await page.request.get(src)).body()).length;
    console.log(`Search trigger on an entry page: ${scripts.length} script(s), ${bytes} B gzip`);
    expect(bytes).toBeLessThanOrEqual(2048);

    // Reading, scrolling, moving the pointer elsewhere and typing outside a field are not intent.
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, 600);
    await page.keyboard.press('a');
    await page.getByRole('heading', { level: 1 }).hover();
    await page.waitForTimeout(300);
    expect(search).toEqual([]);

    // The pointer over the trigger is: Pagefind and the dialog start loading, side by side, before a click.
    await page.getByRole('banner').getByRole('link', { name: 'Suchen' }).hover();
    await expect.poll(() => search).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', expect.stringMatching(/search-dialog/)]));
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test('axe finds no violation with the search open and results showing, light and dark', async ({ page }) => {
  await page.goto('/glossar/');
  await searchFor(page, 'Selling');
  await expect(options(page).first()).toBeVisible();
  await expectAccessible(page);
});
