/** The page types of the site, by URL path; shared by the budget gate, the report and the e2e fixtures. */
import { GLOSSARY_BASE, MAP_PATH, categoryPath, entryPath, parseEntryHref } from '../../src/lib/glossary/links.ts';

/** Whether a page path is an entry page: the site's own parser reads it, in its canonical form. */
function isEntryPage(/** @type {string} */ path) {
  const link = parseEntryHref(path);
  return link !== undefined && path === entryPath(link.slug);
}

/** A category page: the site's category path with any one segment as the slug. */
const CATEGORY_PAGE = new RegExp(`^${categoryPath('[^/]+')}$`);

/** @type {[string, (path: string) => boolean][]} */
export const PAGE_TYPES = [
  ['home', (path) => path === '/'],
  ['A–Z', (path) => path === GLOSSARY_BASE],
  ['entry', isEntryPage],
  ['category', (path) => CATEGORY_PAGE.test(path)],
  ['map', (path) => path === MAP_PATH],
  ['calculator', (path) => /^\/rechner\/[^/]+\/$/.test(path)],
  ['search', (path) => path === '/suche/'],
  ['404', (path) => path === '/404.html'],
];

/** The type of a page ('entry', …), or 'other' (/ueber/, /rechner/). */
export function pageType(/** @type {string} */ path) {
  return PAGE_TYPES.find(([, matches]) => matches(path))?.[0] ?? 'other';
}
