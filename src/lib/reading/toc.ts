/**
 * Which headings make an entry's table of contents. Only the sections of the entry's own text
 * count towards the threshold: "Das Wichtigste in Kürze" and "Quellen" are on every entry, so
 * counting them would give every entry a table of contents whatever its text. Only h2 are
 * listed: entries are 400 to 1,200 words, and a short list fits beside the text on one screen.
 */

/** An entry needs at least this many h2 sections in its text for a table of contents. */
export const TOC_MIN_SECTIONS = 3;

/** A heading as Astro's render() reports it (MarkdownHeading). */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One link of the table of contents: the target id and the text shown. */
export interface TocLink {
  id: string;
  text: string;
}

/**
 * The links of the table of contents: the text's h2 in order, then `trailing` (fixed sections
 * after the text, such as the sources); empty when the text has fewer than TOC_MIN_SECTIONS h2.
 */
export function tocLinks(headings: readonly Heading[], trailing: readonly TocLink[] = []): TocLink[] {
  const sections = headings
    .filter((h) => h.depth === 2 && h.slug !== '' && h.text.trim() !== '')
    .map((h) => ({ id: h.slug, text: h.text.trim() }));
  return sections.length < TOC_MIN_SECTIONS ? [] : [...sections, ...trailing];
}
