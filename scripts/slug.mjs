// The slug of a glossary entry from its title: the file name and the URL segment.
// Plain JavaScript so that scripts/new-entry.mjs runs on Node without a build step.

/**
 * Slugs no entry may have, because other pages live at /glossar/<slug>/ (the map, the category
 * pages); the same list as RESERVED_SLUGS in src/lib/glossary/links.ts (compared by a unit test).
 */
export const RESERVED_SLUGS = ['karte', 'kategorie'];

/**
 * Derives a slug from a German title: ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped,
 * lower case, every run of other characters one hyphen, no hyphen at either end.
 * "Up-Selling" → "up-selling", "Kundenprofitabilität" → "kundenprofitabilitaet".
 * @param {string} title
 * @returns {string} the slug; empty when the title has no letter or digit
 */
export function slugify(title) {
  return title
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
