/**
 * `npm run bench:search`: how fast the first search answers on an entry page, as a reader meets it.
 * Serves the built site (run `npm run build` first; this script builds nothing), opens an entry
 * page in Chromium with a cold cache (a new browser context per run), presses Ctrl+K and types
 * the query without pauses. In the page it times from the last keydown to the first result row
 * for the whole query on screen (the frame after the row is in the DOM), and to the first row
 * with Pagefind's excerpt. Prints the median of the runs and the bytes the first search fetched
 * (transfer sizes, and gzip as a compressing host would send them). Not part of `npm test`.
 * Environment: BENCH_RUNS (5), BENCH_PAGE (/glossar/up-selling/), BENCH_QUERY (Zusatzverkauf),
 * PORT (4364).
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './lib/chromium.mjs';
import { startPreview } from './lib/preview.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGE = process.env.BENCH_PAGE ?? '/glossar/up-selling/';
const QUERY = process.env.BENCH_QUERY ?? 'Zusatzverkauf';
const PORT = Number(process.env.PORT ?? 4364);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (v) => `${Math.round(v)} ms`;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

/**
 * Runs in the page before its own scripts: notes the time of every keydown (capture phase on
 * window, so before the search's own handlers) and of the frame that first shows a result row
 * for `query`, and the first such row with an excerpt. A result's link carries the query
 * (?markieren=…), so rows left over from a shorter prefix do not count.
 */
function instrument(query) {
  const marks = { lastKeydown: 0, firstRow: 0, firstExcerpt: 0 };
  window.__searchBench = marks;
  addEventListener('keydown', () => (marks.lastKeydown = performance.now()), true);
  const suffix = `markieren=${encodeURIComponent(query)}`;
  const rows = () => [...document.querySelectorAll('[role="listbox"]:not([hidden]) a[role="option"]')].filter((a) => a.getAttribute('href')?.endsWith(suffix));
  new MutationObserver(() => {
    const found = rows();
    if (!marks.firstRow && found.length > 0) requestAnimationFrame(() => (marks.firstRow ||= performance.now()));
    if (!marks.firstExcerpt && found.some((a) => a.querySelector('.search-result-excerpt mark'))) {
      requestAnimationFrame(() => (marks.firstExcerpt ||= performance.now()));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

const server = await startPreview(PORT);
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const runs = [];
let requests = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.addInitScript(instrument, QUERY);
    await page.goto(`${server.origin}${PAGE}`, { waitUntil: 'networkidle' });
    // Everything requested from here on belongs to the first search (dedicated workers' requests included).
    const fetched = [];
    page.on('requestfinished', (request) => fetched.push(request));
    await page.keyboard.press('Control+k');
    await page.keyboard.type(QUERY);
    await page.waitForFunction(() => window.__searchBench.firstRow && window.__searchBench.firstExcerpt, null, { timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    const marks = await page.evaluate(() => window.__searchBench);
    runs.push({ firstRow: marks.firstRow - marks.lastKeydown, firstExcerpt: marks.firstExcerpt - marks.lastKeydown });
    requests = await Promise.all(
      fetched.map(async (request) => {
        const { responseBodySize, responseHeadersSize } = await request.sizes();
        const body = (await request.response())?.body().catch(() => Buffer.alloc(0)) ?? Buffer.alloc(0);
        const buffer = await body;
        // Pagefind's index files are gzipped already; gzip never makes them smaller.
        const gzip = Math.min(buffer.length, gzipSync(buffer, { level: 9 }).length);
        return { path: new URL(request.url()).pathname, transfer: responseBodySize + responseHeadersSize, gzip };
      }),
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}

console.log(`Erste Suche auf ${PAGE}: Strg+K, dann „${QUERY}“ ohne Pause getippt; kalter Cache, ${RUNS} Läufe\n`);
console.log(`  letzte Taste → erste Trefferzeile:        Median ${ms(median(runs.map((r) => r.firstRow)))}   (${runs.map((r) => Math.round(r.firstRow)).join(', ')})`);
console.log(`  letzte Taste → erster Treffer mit Auszug: Median ${ms(median(runs.map((r) => r.firstExcerpt)))}   (${runs.map((r) => Math.round(r.firstExcerpt)).join(', ')})`);
const sum = (key) => requests.reduce((total, r) => total + r[key], 0);
console.log(`\n  geladen für die erste Suche (letzter Lauf): ${requests.length} Anfragen, ${kB(sum('transfer'))} übertragen, ${kB(sum('gzip'))} mit gzip`);
for (const r of requests) console.log(`    ${kB(r.transfer).padStart(9)} ${kB(r.gzip).padStart(9)}  ${r.path}`);
console.log('\nZiel (DESIGN.md): erste Trefferzeile unter 150 ms nach der letzten Taste; erste Suche bei 2.000 Einträgen höchstens 120 KB.');
