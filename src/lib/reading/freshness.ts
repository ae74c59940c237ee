/**
 * The „Neu“ / „Aktualisiert“ mark of an entry: „Neu“ when it first appeared within the last
 * FRESH_DAYS days, otherwise „Aktualisiert“ when its "Stand" lies within them and after the first
 * publication, otherwise none. "Within the last 30 days" means today and the 29 days before,
 * counted in calendar days. Today is passed in (the build passes the day in Germany), so the
 * rule is pure; the site's marks therefore change with the build date, without edits.
 */
import { isoDay } from '../format';

export const FRESH_DAYS = 30;

export type Freshness = 'neu' | 'aktualisiert';

/** What readers see. */
export const FRESHNESS_LABEL: Record<Freshness, string> = { neu: 'Neu', aktualisiert: 'Aktualisiert' };

const DAY_MS = 86_400_000;

/** Calendar days from a frontmatter date (UTC midnight) to `today` (YYYY-MM-DD); NaN for an invalid day. */
export function daysSince(date: Date, today: string): number {
  const end = /^\d{4}-\d{2}-\d{2}$/.test(today) ? Date.parse(`${today}T00:00:00Z`) : NaN;
  if (Number.isNaN(date.getTime())) return NaN;
  const start = Date.parse(`${isoDay(date)}T00:00:00Z`);
  return Math.round((end - start) / DAY_MS);
}

/** Whether a date lies on `today` or on one of the FRESH_DAYS - 1 days before; never for a future date. */
function isRecent(date: Date, today: string): boolean {
  const days = daysSince(date, today);
  return days >= 0 && days < FRESH_DAYS;
}

/** The mark for an entry's dates as of `today` (YYYY-MM-DD), or undefined for none. */
export function freshness(dates: { published?: Date | undefined; updated: Date }, today: string): Freshness | undefined {
  const { published, updated } = dates;
  if (published && isRecent(published, today)) return 'neu';
  if (isRecent(updated, today) && (!published || updated.getTime() > published.getTime())) return 'aktualisiert';
  return undefined;
}
