/**
 * `npm run bench:kundenliste [-- 10000 100000 1000000]`: how long the customer-list check takes in
 * the browser, from choosing the file to the summary on screen. For each size it writes a made-up
 * customer list (src/lib/customers/sample.ts) to a temporary file, opens /rechner/kundenliste/ of
 * the built site (run `npm run build` first) in Chromium, chooses the file, and prints the median
 * of three runs: the time to the summary (the page's performance measure "kundenliste"), how much
 * of it the worker spent reading and analysing, and the longest task on the page's main thread
 * meanwhile (the page stays responsive while that is short). Not part of `npm test`.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './lib/chromium.mjs';
import { startPreview } from './lib/preview.mjs';
import { sampleCustomerList } from '../src/lib/customers/sample.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const counts = sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.PORT ?? 4362);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (v) => `${Math.round(v).toLocaleString('de-DE')} ms`.padStart(10);

const dir = mkdtempSync(join(tmpdir(), 'kundenliste-'));
const server = await startPreview(PORT);
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
  console.log(`Kundenliste prüfen: Median aus ${RUNS} Läufen, von der Dateiwahl bis zur Zusammenfassung auf dem Bildschirm\n`);
  console.log('      Zeilen     Datei   bis Ergebnis  davon lesen  davon rechnen  längste Aufgabe im Hauptthread');
  for (const count of counts) {
    const path = join(dir, `kunden-${count}.csv`);
    writeFileSync(path, `\ufeff${sampleCustomerList(count)}`);
    const size = statSync(path).size;
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/rechner/kundenliste/`);
      await page.locator('[data-calculator="customer-list"]:has(> astro-island:not([ssr]))').waitFor();
      // Long tasks on the main thread while the worker works: what a reader would feel as a frozen page.
      await page.evaluate(() => {
        window.__longest = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
        }).observe({ type: 'longtask' });
      });
      await page.locator('#kl-datei').setInputFiles(path);
      await page.locator(`[data-output="customers"][data-value="${count}"]`).waitFor({ timeout: 120_000 });
      runs.push(
        await page.evaluate(() => {
          const [m] = performance.getEntriesByName('kundenliste');
          return { total: m.duration, read: m.detail.read, analyse: m.detail.analyse, longest: window.__longest };
        }),
      );
      await page.close();
    }
    const pick = (key) => median(runs.map((r) => r[key]));
    console.log(
      `${count.toLocaleString('de-DE').padStart(12)} ${`${(size / 1e6).toFixed(1)} MB`.padStart(9)} ${ms(pick('total')).padStart(14)} ${ms(pick('read')).padStart(12)} ${ms(pick('analyse')).padStart(14)} ${ms(pick('longest')).padStart(12)}`,
    );
    rmSync(path);
  }
  console.log('\nZiel (DESIGN.md): 100.000 Zeilen in höchstens 2 s; die Seite bleibt bedienbar (keine lange Aufgabe im Hauptthread).');
} finally {
  await browser.close();
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
