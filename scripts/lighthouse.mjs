// Runs Lighthouse (mobile, the default) on the home page, an entry, the A–Z index and the calculator
// page of the built site with Debian's Chromium, prints the four scores and fails unless
// Accessibility, Best Practices and SEO are 100. Performance is reported as the median of three runs
// (it depends on the machine's load), and so is the layout shift, which must stay under 0.01 (the
// calculators hydrate into server-rendered markup; there are no late images or fonts).
// Usage: npm run build && npm run lighthouse (npm test runs it with LIGHTHOUSE_RUNS=1).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';
import { startPreview } from './lib/preview.mjs';

const PORT = Number(process.env.PORT ?? 4361);
const PAGES = (process.env.LIGHTHOUSE_PAGES ?? '/,/glossar/cross-selling/,/glossar/,/rechner/cross-selling/').split(',');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const chromePath = chromiumPath();
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const MUST_BE_100 = ['accessibility', 'best-practices', 'seo'];

const server = await startPreview(PORT);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

let failed = false;
try {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    console.log('Lighthouse (mobile)           Perf  A11y  BP   SEO   CLS');
    for (const path of PAGES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        runs.push(result.lhr);
      }
      const score = (id) => median(runs.map((lhr) => Math.round((lhr.categories[id].score ?? 0) * 100)));
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, score(id)]));
      const cls = median(runs.map((lhr) => lhr.audits['cumulative-layout-shift'].numericValue ?? 0));
      console.log(`${path.padEnd(30)}${CATEGORIES.map((id) => String(scores[id]).padStart(4)).join('  ')}  ${cls.toFixed(3)}`);
      if (scores.performance < 100) {
        // The lab metrics behind the score, medians in ms, to see what costs the points.
        const ms = (id) => Math.round(median(runs.map((lhr) => lhr.audits[id].numericValue ?? 0)));
        const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index'];
        console.log(`  performance below 100: ${metrics.map((id) => `${id} ${ms(id)} ms`).join(', ')}`);
      }
      if (cls >= 0.01) {
        failed = true;
        console.log(`  layout shift ${cls.toFixed(3)} on ${path} (bound 0.01)`);
      }
      for (const id of MUST_BE_100) {
        if (scores[id] === 100) continue;
        failed = true;
        const lhr = runs[0];
        const bad = lhr.categories[id].auditRefs
          .map((ref) => lhr.audits[ref.id])
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
        console.log(`  ${id} below 100: ${bad.map((a) => a.id).join(', ')}`);
      }
    }
  } finally {
    await chrome.kill();
  }
} finally {
  server.stop();
}
if (failed) {
  console.error('Lighthouse: Accessibility, Best Practices and SEO must be 100 and the layout shift under 0.01 on every page.');
  process.exit(1);
}
