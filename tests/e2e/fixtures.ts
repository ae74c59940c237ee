/**
 * The test fixtures every e2e test uses: they fail a test whose page sent a request to any origin
 * but the site's own (no CDN, no fonts, no analytics), or logged a console error, threw an uncaught
 * exception or violated its Content-Security-Policy. Also the helpers the specs share.
 */
import { createRequire } from 'node:module';
import { test as base, expect, type ConsoleMessage, type Page, type Request } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageType } from '../../scripts/lib/page-types.mjs';

/** Pages that already report CSP violations to the console (a page may serve several tests). */
const reportingCsp = new WeakSet<Page>();

export const test = base.extend<{ foreignRequests: string[]; pageErrors: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const own = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const onRequest = (request: Request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.origin !== own) foreign.push(request.url());
      };
      page.on('request', onRequest);
      await use(foreign);
      page.off('request', onRequest);
      expect(foreign, 'Anfragen an fremde Origins').toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      if (!reportingCsp.has(page)) {
        reportingCsp.add(page);
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (e) => {
            console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
          });
        });
      }
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() !== 'error') return;
        // An unknown address gets the 404 page with status 404; Chromium logs that for the document itself.
        if (/status of 404/.test(message.text()) && message.location().url === page.url()) return;
        errors.push(`${page.url()}: ${message.text()}`);
      };
      const onError = (error: Error) => errors.push(`${page.url()}: ${error.message}`);
      page.on('console', onConsole);
      page.on('pageerror', onError);
      await use(errors);
      page.off('console', onConsole);
      page.off('pageerror', onError);
      expect(errors, 'Konsolenfehler, Ausnahmen oder CSP-Verstöße').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * `test` with one page per worker that its tests share, for specs that visit pages and look at
 * them: a browser context and axe's first start cost more than such a visit, about half a second
 * per test on two cores. Each test starts at its viewport, in the light scheme, on screen media
 * and with the pointer at 0, 0, and navigates first; the fixtures above still watch every test on
 * its own. A test that needs a context of its own (JavaScript off, touch, permissions, a second
 * tab) takes `test`.
 */
export const visitTest = test.extend<object, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, locale });
      const page = await context.newPage();
      // Without the HTTP cache, as in a fresh context: every file a page loads is requested (and
      // seen by the tests), also when an earlier page of the worker loaded it.
      await (await context.newCDPSession(page)).send('Network.setCacheDisabled', { cacheDisabled: true });
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedPage, viewport, javaScriptEnabled, hasTouch, isMobile }, use) => {
    if (javaScriptEnabled === false || hasTouch || isMobile) {
      throw new Error('visitTest shares one browser context; a test with JavaScript off, touch or a mobile viewport needs test from fixtures.ts.');
    }
    if (viewport) await sharedPage.setViewportSize(viewport);
    await sharedPage.emulateMedia({ media: null, colorScheme: 'light' });
    await sharedPage.mouse.move(0, 0);
    await use(sharedPage);
  },
});

export { expect };

const dist = join(import.meta.dirname, '../../dist');

/** Every page of the built site as a URL path ('/glossar/cross-selling/'), 404 page included. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.name.endsWith('.html')) {
        const rel = relative(dist, path).split(sep).join('/');
        pages.push(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** The built HTML of a page path from builtPages(). */
export function builtHtml(path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(dist, file), 'utf8');
}

/** URL paths of all entry pages. */
export function entryPages(): string[] {
  return builtPages().filter((p) => pageType(p) === 'entry');
}

/** axe-core's minified build: half the size of the `source` its main module exports, so quicker to inject. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The axe rules every page must pass: WCAG 2.2 AA and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Which of the rules axe runs: all of them, only those that read colours, or all but those. */
type AxeRules = 'all' | 'colour' | 'no-colour';

/**
 * axe's violations on the page as it is now, one line each. The colour rules are those tagged
 * cat.color (contrast, links told apart by colour): the only ones a colour scheme can change, and
 * the slowest. axe-core is evaluated into the document once, not once per run as AxeBuilder does
 * (twice per run, plus a second page for finishRun); our pages have no frames.
 */
async function axeViolations(page: Page, rules: AxeRules): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, rules }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const colour = (r: { tags: string[] }) => r.tags.includes('cat.color');
      const runOnly =
        rules === 'all'
          ? { type: 'tag' as const, values: tags }
          : { type: 'rule' as const, values: axe.getRules(tags).filter((r) => colour(r) === (rules === 'colour')).map((r) => r.ruleId) };
      const { violations } = await axe.run(document, { runOnly, resultTypes: ['violations'] });
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { tags: AXE_TAGS, rules },
  );
}

/**
 * Asserts that axe finds no violation on the page as it is now: every rule in the light scheme,
 * and, unless `dark` is false, the colour rules again in the dark scheme (then it leaves the page
 * in the dark scheme). With `colour` false the light run leaves out the colour rules: for a page
 * whose styles another page checks (pagesCoveringEveryComponent).
 */
export async function expectAccessible(page: Page, { dark = true, colour = true } = {}): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = (await axeViolations(page, colour ? 'all' : 'no-colour')).map((v) => `light ${v}`);
  if (dark) await page.emulateMedia({ colorScheme: 'dark' });
  const darkViolations = dark ? (await axeViolations(page, 'colour')).map((v) => `dark ${v}`) : [];
  expect([...light, ...darkViolations]).toEqual([]);
}

/**
 * A few of `pages` that together contain every element and class the built pages use, chosen
 * greedily (the page with the most not yet covered first). Colours come from the site's styles,
 * not from an entry's words, so the colour rules run on these pages, in the light and the dark
 * scheme: every component in every state the build renders is checked for contrast in both at
 * least once, without checking the same template seventy times.
 */
export function pagesCoveringEveryComponent(pages: readonly string[]): Set<string> {
  const parts = new Map(
    pages.map((path) => {
      const html = builtHtml(path);
      const found = new Set<string>();
      for (const [, tag] of html.matchAll(/<([a-z][a-z0-9-]*)/g)) found.add(tag!);
      for (const [, list] of html.matchAll(/\sclass="([^"]*)"/g)) for (const c of list!.split(/\s+/)) if (c) found.add(`.${c}`);
      return [path, found] as const;
    }),
  );
  const uncovered = new Set([...parts.values()].flatMap((p) => [...p]));
  const chosen = new Set<string>();
  while (uncovered.size > 0) {
    let best = '';
    let gain = 0;
    for (const [path, found] of parts) {
      const g = [...found].filter((x) => uncovered.has(x)).length;
      if (g > gain) [best, gain] = [path, g];
    }
    chosen.add(best);
    for (const x of parts.get(best)!) uncovered.delete(x);
  }
  return chosen;
}

/**
 * Loads everything a reader could unfold on the page – every island (each is scrolled into view,
 * so calculators that hydrate when visible do), every <details>, every part content-visibility
 * skips – and fails when the page is
 * wider than the screen at each of `widths`, naming the elements that stick out.
 */
export async function expectNoSidewaysScroll(page: Page, widths: readonly number[]): Promise<void> {
  for (const [i, width] of widths.entries()) {
    await page.setViewportSize({ width, height: 800 });
    if (i === 0) {
      // Lay out what content-visibility would skip until the reader scrolls near it.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
        }
      });
      for (const island of await page.locator('astro-island[ssr]').all()) await island.scrollIntoViewIfNeeded();
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      await page.evaluate(() => document.querySelectorAll('details:not([open])').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    }
    const wide = await page.evaluate((w) => {
      if (document.documentElement.scrollWidth <= w) return [];
      return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > w + 0.5 && !el.closest('.visually-hidden'))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`);
    }, width);
    expect(wide, `breiter als ${width} px`).toEqual([]);
  }
}
