/**
 * `npm run report`: per page type the bytes a page costs (HTML, CSS, JavaScript; raw and gzip) and
 * the requests it makes on load, from static analysis of dist/. For a type with several pages the
 * heaviest page (by HTML + CSS + JS on load, gzip) is shown.
 * Usage: node scripts/report.mjs [distDir]   (build first: npm run build)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { htmlFiles, pathForFile } from './check-links.mjs';
import { PAGE_TYPES, pageType } from './lib/page-types.mjs';
import { pageWeight } from './lib/page-weight.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`report: ${dist} does not exist; run npm run build first.`);
  process.exit(1);
}
const pages = htmlFiles(dist).map((f) => pageWeight(dist, pathForFile(f)));
const b = (n) => n.toLocaleString('en-US');
const pair = (s) => `${b(s.raw)} / ${b(s.gzip)}`;
const weight = (p) => p.html.gzip + p.css.gzip + p.jsLoad.gzip;

const rows = [['type', 'pages', 'heaviest page', 'HTML raw/gzip', 'CSS raw/gzip', 'JS on load raw/gzip', 'JS at most raw/gzip', 'requests']];
for (const type of [...PAGE_TYPES.map(([t]) => t), 'other']) {
  const ofType = pages.filter((p) => pageType(p.path) === type).sort((x, y) => weight(y) - weight(x));
  const p = ofType[0];
  if (!p) continue;
  rows.push([type, String(ofType.length), p.path, pair(p.html), pair(p.css), pair(p.jsLoad) + (p.jsLoad.inline ? ' +inline' : ''), pair(p.jsMax), String(p.requests)]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((c, j) => (j < 3 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`
Bytes are B (raw / gzip level 9, each file compressed on its own). JS on load: <script src>, islands
with client="load" and their static imports, plus inline scripts. JS at most: also dynamic imports
and later islands (search dialog, calculators), without Pagefind's runtime in /pagefind/.
Requests on load: the document, stylesheets, script modules on load, eager images, the icon.`);
