/** Formatting of dates and lists: German (de-DE) for readers, ISO days for machines and comparisons. */

const longDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' });

/** "27. November 2026" (dates from frontmatter are UTC midnight). */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** A date from frontmatter (UTC midnight) as "2026-11-27": for <time datetime>, sitemaps and JSON-LD, and to compare days. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const conjunction = new Intl.ListFormat('de-DE', { style: 'long', type: 'conjunction' });

/** "A, B und C". */
export function formatList(items: readonly string[]): string {
  return conjunction.format(items);
}
