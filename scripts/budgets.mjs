/**
 * Byte budgets over dist/, deterministic (gzip level 9, no browser): HTML per entry page and the
 * CSS every page loads must stay within their bounds; all JavaScript in dist/ is reported.
 * JavaScript before interaction is measured in the browser by the e2e tests (search.spec.ts,
 * pages.spec.ts: entry pages ≤ 2 kB; calculator*.spec.ts: calculator page ≤ 20 kB).
 * Usage: node scripts/budgets.mjs [distDir]; exits 1 when a figure leaves its bound.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { htmlFiles, pathForFile } from './check-links.mjs';
import { pageType } from './lib/page-types.mjs';
import { pageWeight, sizes } from './lib/page-weight.mjs';

const BUDGETS = {
  /** HTML of one entry page, gzip: the same at 20 and at 2,000 entries (DESIGN.md). */
  entryHtmlGzip: 16_000,
  /** All CSS one page loads, gzip. */
  cssPerPageGzip: 10_000,
};

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`budgets: ${dist} does not exist; run npm run build first.`);
  process.exit(1);
}
const pages = htmlFiles(dist).map((f) => pageWeight(dist, pathForFile(f)));
const failures = [];

const entries = pages.filter((p) => pageType(p.path) === 'entry').sort((a, b) => b.html.gzip - a.html.gzip);
const [largest] = entries;
console.log(`HTML per entry page (${entries.length} entries), gzip: largest ${kB(largest?.html.gzip ?? 0)} (${largest?.path}), bound ${kB(BUDGETS.entryHtmlGzip)}`);
for (const p of entries.slice(0, 3)) console.log(`  ${kB(p.html.gzip).padStart(8)}  ${p.path}`);
for (const p of entries) if (p.html.gzip > BUDGETS.entryHtmlGzip) failures.push(`${p.path}: HTML ${p.html.gzip} B gzip > ${BUDGETS.entryHtmlGzip} B`);

const byCss = [...pages].sort((a, b) => b.css.gzip - a.css.gzip);
console.log(`CSS per page, gzip: largest ${kB(byCss[0]?.css.gzip ?? 0)} (${byCss[0]?.path}: ${byCss[0]?.css.files.join(', ') || 'inline'}), bound ${kB(BUDGETS.cssPerPageGzip)}`);
for (const p of pages) if (p.css.gzip > BUDGETS.cssPerPageGzip) failures.push(`${p.path}: CSS ${p.css.gzip} B gzip > ${BUDGETS.cssPerPageGzip} B`);

// All JavaScript in dist/, per top-level folder (_astro = ours, pagefind = the search runtime).
const js = new Map();
const walk = (dir) => {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, item.name);
    if (item.isDirectory()) walk(p);
    else if (item.name.endsWith('.js') || item.name.endsWith('.mjs')) {
      const top = relative(dist, p).split(sep)[0];
      const s = sizes(readFileSync(p));
      const t = js.get(top) ?? { files: 0, raw: 0, gzip: 0 };
      js.set(top, { files: t.files + 1, raw: t.raw + s.raw, gzip: t.gzip + s.gzip });
    }
  }
};
walk(dist);
const total = [...js.values()].reduce((a, b) => ({ files: a.files + b.files, raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { files: 0, raw: 0, gzip: 0 });
console.log(`All JavaScript in dist/: ${total.files} files, ${kB(total.raw)} raw, ${kB(total.gzip)} gzip (reported, no bound)`);
for (const [dir, t] of js) console.log(`  ${dir}/: ${t.files} files, ${kB(t.raw)} raw, ${kB(t.gzip)} gzip`);

if (failures.length > 0) {
  console.error(`\n${failures.length} budget(s) exceeded:`);
  for (const f of failures) console.error(`  ${f}`);
  process.exit(1);
}
console.log('Budgets: all within bounds.');
