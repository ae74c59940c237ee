/**
 * A small HTML scanner for the post-build gates: finds tags with their attributes, the link
 * targets (href, src, srcset) and the fragment targets (id, name) of a built page, and maps a
 * site URL path to its file in dist/. Astro's output is well-formed, so a tokenizer that knows
 * quotes, comments and raw-text elements is enough; no DOM library needed.
 */

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** Decodes the character references that occur in attribute values. */
function decodeEntities(value) {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, ref) => {
    const r = ref.toLowerCase();
    if (r.startsWith('#x')) return String.fromCodePoint(parseInt(r.slice(2), 16));
    if (r.startsWith('#')) return String.fromCodePoint(parseInt(r.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[r];
  });
}

/**
 * Every start tag in the document, in order: { name, attrs } with lower-case names and decoded
 * values (a bare attribute has the value ''). Comments and the content of script/style are skipped;
 * `text` is the raw content of a raw-text element (script, style), so callers can size inline code.
 * @param {string} html
 * @returns {{ name: string, attrs: Record<string, string>, text?: string }[]}
 */
export function parseTags(html) {
  /** @type {{ name: string, attrs: Record<string, string>, text?: string }[]} */
  const tags = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const m = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 64));
    if (!m) {
      i = lt + 1;
      continue;
    }
    const name = m[1].toLowerCase();
    /** @type {Record<string, string>} */
    const attrs = {};
    let j = lt + m[0].length;
    // Attributes: name, optionally = and a quoted or unquoted value; quotes may hold '>'.
    while (j < html.length) {
      while (/\s/.test(html[j] ?? '')) j++;
      if (html[j] === '>' || html.startsWith('/>', j)) break;
      const a = /^[^\s"'>/=]+/.exec(html.slice(j, j + 256));
      if (!a) {
        j++;
        continue;
      }
      j += a[0].length;
      while (/\s/.test(html[j] ?? '')) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (/\s/.test(html[j] ?? '')) j++;
        const q = html[j];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, j + 1);
          value = html.slice(j + 1, end < 0 ? html.length : end);
          j = end < 0 ? html.length : end + 1;
        } else {
          const v = /^[^\s>]*/.exec(html.slice(j))?.[0] ?? '';
          value = v;
          j += v.length;
        }
      }
      const key = a[0].toLowerCase();
      if (!(key in attrs)) attrs[key] = decodeEntities(value);
    }
    const close = html.indexOf('>', j);
    i = close < 0 ? html.length : close + 1;
    /** @type {{ name: string, attrs: Record<string, string>, text?: string }} */
    const tag = { name, attrs };
    if (RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, i);
      tag.text = html.slice(i, end < 0 ? html.length : end);
      i = end < 0 ? html.length : end;
    }
    tags.push(tag);
  }
  return tags;
}

/**
 * The link targets of a page (href, src and each URL of srcset/imagesrcset) and its fragment
 * targets (every id, and name on <a>).
 * @param {string} html
 */
export function extractLinks(html) {
  /** @type {{ tag: string, attr: string, url: string }[]} */
  const links = [];
  /** @type {Set<string>} */
  const ids = new Set();
  for (const { name, attrs } of parseTags(html)) {
    if (attrs.id) ids.add(attrs.id);
    if (name === 'a' && attrs.name) ids.add(attrs.name);
    for (const attr of ['href', 'src', 'poster']) {
      if (attrs[attr] !== undefined && attrs[attr].trim() !== '') links.push({ tag: name, attr, url: attrs[attr].trim() });
    }
    for (const attr of ['srcset', 'imagesrcset']) {
      for (const candidate of (attrs[attr] ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) links.push({ tag: name, attr, url });
      }
    }
  }
  return { links, ids };
}

/**
 * Classifies a link found on the page at `pagePath` ('/glossar/x/'): internal (with its decoded
 * path and fragment), external (with its host), or skipped (mailto:, tel:, data:, javascript:).
 * URLs on `siteOrigin` (the canonical origin) count as internal.
 * @param {string} url
 * @param {string} pagePath
 * @param {string} [siteOrigin]
 * @returns {{ kind: 'internal', path: string, fragment: string } | { kind: 'external', host: string } | { kind: 'skip' }}
 */
export function classifyLink(url, pagePath, siteOrigin) {
  const base = 'http://dist.invalid';
  let resolved;
  try {
    resolved = new URL(url, base + pagePath);
  } catch {
    return { kind: 'internal', path: url, fragment: '' };
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return { kind: 'skip' };
  if (resolved.origin !== base && resolved.origin !== siteOrigin) return { kind: 'external', host: resolved.host };
  let path = resolved.pathname;
  let fragment = resolved.hash.slice(1);
  try {
    path = decodeURIComponent(path);
    fragment = decodeURIComponent(fragment);
  } catch {
    /* keep the raw form; it will not resolve and gets reported */
  }
  return { kind: 'internal', path, fragment };
}

/**
 * The file in dist/ a URL path is served from ('/glossar/' → 'glossar/index.html'). A path without
 * trailing slash that names a directory does not resolve: the site uses trailingSlash: 'always'.
 * @param {string} path
 */
export function fileForPath(path) {
  const rel = path.replace(/^\/+/, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}
