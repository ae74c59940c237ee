/**
 * Static weight of a built page: the bytes (raw and gzip) of its HTML, of the CSS and JavaScript it
 * loads, and the requests it makes on load, read from dist/ without a browser. Shared by the budget
 * gate (scripts/budgets.mjs) and the report (scripts/report.mjs).
 *
 * "JS on load" follows <script src>, islands with client="load" and their static imports;
 * "JS at most" adds dynamic import() targets and the other islands (what search and the
 * calculators may load after interaction; Pagefind's own files under /pagefind/ are not counted).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileForPath, parseTags } from './html.mjs';

/** Raw and gzip size of a string or buffer. */
export function sizes(content) {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/** Relative module specifiers a built chunk imports, statically and dynamically. */
export function moduleImports(code) {
  const collect = (re) => [...code.matchAll(re)].map((m) => m[1]);
  return { static: collect(STATIC_IMPORT), dynamic: collect(DYNAMIC_IMPORT) };
}

/**
 * Measures the page at URL path `pagePath` in `dist`.
 * @param {string} dist
 * @param {string} pagePath
 */
export function pageWeight(dist, pagePath) {
  const read = (/** @type {string} */ urlPath) => {
    const file = join(dist, fileForPath(urlPath));
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  const html = read(pagePath)?.toString('utf8') ?? '';
  const tags = parseTags(html);
  const abs = (/** @type {string} */ url) => new URL(url, `http://x${pagePath}`).pathname;

  const css = new Set();
  const images = new Set();
  let icons = 0;
  const loadRoots = new Set();
  const laterRoots = new Set();
  let inlineJs = '';
  let inlineCss = '';
  for (const { name, attrs, text } of tags) {
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (name === 'link' && rel.includes('stylesheet') && attrs.href) css.add(abs(attrs.href));
    if (name === 'link' && rel.includes('icon') && attrs.href) icons = 1; // the browser fetches one icon
    if (name === 'link' && rel.includes('modulepreload') && attrs.href) loadRoots.add(abs(attrs.href));
    if (name === 'img' && attrs.src && attrs.loading !== 'lazy') images.add(abs(attrs.src));
    if (name === 'style') inlineCss += text ?? '';
    if (name === 'script') {
      const type = attrs.type ?? '';
      if (attrs.src) loadRoots.add(abs(attrs.src));
      else if (type === '' || type === 'module' || type === 'text/javascript') inlineJs += text ?? '';
    }
    if (name === 'astro-island') {
      const roots = attrs.client === 'load' ? loadRoots : laterRoots;
      for (const a of ['component-url', 'renderer-url']) if (attrs[a]) roots.add(abs(attrs[a]));
    }
  }

  // Walk the module graph from the roots: static imports load with their importer.
  const walk = (/** @type {Set<string>} */ roots, /** @type {boolean} */ followDynamic) => {
    const seen = new Set();
    const queue = [...roots];
    while (queue.length > 0) {
      const path = /** @type {string} */ (queue.shift());
      if (seen.has(path) || path.startsWith('/pagefind/')) continue;
      seen.add(path);
      const code = read(path)?.toString('utf8');
      if (code === undefined) continue;
      const imports = moduleImports(code);
      for (const spec of [...imports.static, ...(followDynamic ? imports.dynamic : [])]) queue.push(new URL(spec, `http://x${path}`).pathname);
    }
    return seen;
  };
  const jsLoad = walk(loadRoots, false);
  const jsMax = walk(new Set([...loadRoots, ...laterRoots]), true);

  const sum = (/** @type {Iterable<string>} */ paths, /** @type {string} */ inline) => {
    const total = sizes(inline);
    if (inline === '') total.gzip = 0;
    for (const p of paths) {
      const s = sizes(read(p) ?? Buffer.alloc(0));
      total.raw += s.raw;
      total.gzip += s.gzip;
    }
    return total;
  };
  return {
    path: pagePath,
    html: sizes(html),
    css: { ...sum(css, inlineCss), files: [...css] },
    jsLoad: { ...sum(jsLoad, inlineJs), files: [...jsLoad], inline: inlineJs !== '' },
    jsMax: { ...sum(jsMax, inlineJs), files: [...jsMax] },
    images: images.size,
    requests: 1 + css.size + jsLoad.size + images.size + icons,
  };
}
