/**
 * Post-build link check over dist/: every internal href/src resolves to a file, every #fragment
 * exists in its target page (id, or name on <a>). Reports all problems at once and exits 1 on any;
 * external links are counted per host, never fetched.
 * Usage: node scripts/check-links.mjs [distDir]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { classifyLink, extractLinks, fileForPath, parseTags } from './lib/html.mjs';

/** All .html files under dir, as paths relative to it with '/' separators. */
export function htmlFiles(dir) {
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ d) => {
    for (const item of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, item.name);
      if (item.isDirectory()) walk(p);
      else if (item.name.endsWith('.html')) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a built file is served at ('glossar/index.html' → '/glossar/'). */
export function pathForFile(file) {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Checks every HTML file in dist. Returns the problems ({ file, link, reason }) and the figures.
 * @param {string} dist
 */
export function checkLinks(dist) {
  const files = htmlFiles(dist);
  /** @type {Map<string, { links: ReturnType<typeof extractLinks>['links'], ids: Set<string> }>} */
  const pages = new Map();
  for (const file of files) pages.set(file, extractLinks(readFileSync(join(dist, file), 'utf8')));

  // The canonical origin (from the home page) counts as our own: canonical links are checked too.
  let siteOrigin;
  const home = files.includes('index.html') ? readFileSync(join(dist, 'index.html'), 'utf8') : '';
  const canonical = parseTags(home).find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href;
  if (canonical) siteOrigin = new URL(canonical).origin;

  /** @type {{ file: string, link: string, reason: string }[]} */
  const problems = [];
  /** @type {Map<string, number>} */
  const external = new Map();
  let internal = 0;
  let fragments = 0;
  const exists = (/** @type {string} */ rel) => {
    const p = join(dist, rel);
    return existsSync(p) && statSync(p).isFile();
  };
  for (const [file, { links }] of pages) {
    const pagePath = pathForFile(file);
    for (const { url } of links) {
      const link = classifyLink(url, pagePath, siteOrigin);
      if (link.kind === 'skip') continue;
      if (link.kind === 'external') {
        external.set(link.host, (external.get(link.host) ?? 0) + 1);
        continue;
      }
      internal++;
      const target = fileForPath(link.path);
      if (!exists(target)) {
        const hint = exists(`${target}/index.html`) ? ' (directory: add a trailing slash)' : '';
        problems.push({ file, link: url, reason: `no file dist/${target}${hint}` });
        continue;
      }
      if (link.fragment === '' || link.fragment === 'top' || link.fragment.startsWith(':~:')) continue;
      const targetPage = pages.get(target);
      if (!targetPage) continue; // a fragment on a non-HTML file (e.g. #page=2 on a PDF)
      fragments++;
      if (!targetPage.ids.has(link.fragment)) problems.push({ file, link: url, reason: `no id="${link.fragment}" in dist/${target}` });
    }
  }
  return { files: files.length, internal, fragments, external, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(dist)) {
    console.error(`check-links: ${dist} does not exist; run npm run build first.`);
    process.exit(1);
  }
  const { files, internal, fragments, external, problems } = checkLinks(dist);
  const externalTotal = [...external.values()].reduce((a, b) => a + b, 0);
  console.log(`Link check: ${files} HTML files, ${internal} internal links (${fragments} with #fragment), ${externalTotal} external links (not fetched):`);
  for (const [host, count] of [...external].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${String(count).padStart(5)}  ${host}`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} broken link(s):`);
    for (const p of problems) console.error(`  dist/${p.file}: ${p.link} → ${p.reason}`);
    process.exit(1);
  }
  console.log('Link check: no broken links.');
}
