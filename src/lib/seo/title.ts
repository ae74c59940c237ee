/** Page titles: the most descriptive variant that still fits a search result line, with the brand. */

/** Search engines cut titles at about 60 characters (≈ 600 px). */
export const TITLE_MAX = 60;

/** " | Fioro": what follows the page's own title. */
export function brandSuffix(brand: string): string {
  return ` | ${brand}`;
}

/**
 * The first variant that fits `max` characters together with the suffix; variants go from most
 * to least descriptive. When none fits, the shortest, so a title is never cut mid-word.
 */
export function fitTitle(variants: readonly string[], suffix: string, max = TITLE_MAX): string {
  if (variants.length === 0) throw new Error('fitTitle needs at least one variant.');
  const full = variants.map((v) => `${v.trim()}${suffix}`);
  return full.find((t) => t.length <= max) ?? full.reduce((a, b) => (b.length < a.length ? b : a));
}

/** Title variants of an entry page, from "Definition, Beispiele & Tipps" down to the bare term. */
export function entryTitleVariants(term: string): string[] {
  return [`${term}: Definition, Beispiele & Tipps`, `${term}: Definition & Beispiele`, `${term}: Definition`, term];
}
