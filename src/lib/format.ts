/** German (de-DE) formatting of dates and lists for readers. */

const longDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' });

/** "27. November 2026" (dates from frontmatter are UTC midnight). */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "2026-11-27", for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const conjunction = new Intl.ListFormat('de-DE', { style: 'long', type: 'conjunction' });

/** "A, B und C". */
export function formatList(items: readonly string[]): string {
  return conjunction.format(items);
}
