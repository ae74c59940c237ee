/** The page types of the site, by URL path; shared by the budget gate, the report and the e2e fixtures. */
import { RESERVED_SLUGS } from '../../src/lib/glossary/links.ts';

const notReserved = `(?!(?:${RESERVED_SLUGS.join('|')})/)`;

/** @type {[string, RegExp][]} */
export const PAGE_TYPES = [
  ['home', /^\/$/],
  ['A–Z', /^\/glossar\/$/],
  ['entry', new RegExp(`^/glossar/${notReserved}[^/]+/$`)],
  ['category', /^\/glossar\/kategorie\/[^/]+\/$/],
  ['map', /^\/glossar\/karte\/$/],
  ['calculator', /^\/rechner\/[^/]+\/$/],
  ['search', /^\/suche\/$/],
  ['404', /^\/404\.html$/],
];

/** The type of a page ('entry', …), or 'other' (/ueber/, /rechner/). */
export function pageType(path) {
  return PAGE_TYPES.find(([, re]) => re.test(path))?.[0] ?? 'other';
}
