/** The page types of the site, by URL path; shared by the budget gate and the report. */

/** @type {[string, RegExp][]} */
export const PAGE_TYPES = [
  ['home', /^\/$/],
  ['A–Z', /^\/glossar\/$/],
  ['entry', /^\/glossar\/(?!kategorie\/)[^/]+\/$/],
  ['category', /^\/glossar\/kategorie\/[^/]+\/$/],
  ['calculator', /^\/rechner\/[^/]+\/$/],
  ['search', /^\/suche\/$/],
  ['404', /^\/404\.html$/],
];

/** The type of a page ('entry', …), or 'other' (/ueber/, /rechner/). */
export function pageType(path) {
  return PAGE_TYPES.find(([, re]) => re.test(path))?.[0] ?? 'other';
}
