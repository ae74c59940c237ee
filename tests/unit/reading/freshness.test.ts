import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysSince, FRESH_DAYS, freshness } from '../../../src/lib/reading/freshness';

const d = (day: string) => new Date(day);
const today = '2026-11-27';

describe('daysSince', () => {
  it('counts calendar days up to today, across months and daylight saving time', () => {
    expect(daysSince(d('2026-11-27'), today)).toBe(0);
    expect(daysSince(d('2026-10-28'), today)).toBe(30);
    expect(daysSince(d('2026-03-28'), '2026-03-30')).toBe(2);
    expect(daysSince(d('2026-11-28'), today)).toBe(-1);
  });

  it('is NaN, not a crash, for an invalid day', () => {
    expect(daysSince(d('2026-11-27'), 'heute')).toBeNaN();
    expect(daysSince(new Date('kaputt'), today)).toBeNaN();
  });
});

describe('freshness', () => {
  it('marks an entry first published within the last 30 days as new, today and 29 days back', () => {
    expect(FRESH_DAYS).toBe(30);
    expect(freshness({ published: d('2026-11-27'), updated: d('2026-11-27') }, today)).toBe('neu');
    expect(freshness({ published: d('2026-10-29'), updated: d('2026-11-20') }, today)).toBe('neu');
    expect(freshness({ published: d('2026-10-28'), updated: d('2026-10-28') }, today)).toBeUndefined();
  });

  it('marks an older entry whose "Stand" is recent and after its first publication as updated', () => {
    expect(freshness({ published: d('2025-01-10'), updated: d('2026-11-20') }, today)).toBe('aktualisiert');
    expect(freshness({ published: d('2025-01-10'), updated: d('2026-10-28') }, today)).toBeUndefined();
  });

  it('marks an entry without first-publication date at most as updated', () => {
    expect(freshness({ updated: d('2026-11-27') }, today)).toBe('aktualisiert');
    expect(freshness({ updated: d('2026-01-01') }, today)).toBeUndefined();
  });

  it('does not mark an entry whose "Stand" is not after its first publication as updated', () => {
    expect(freshness({ published: d('2026-11-20'), updated: d('2026-11-01') }, '2026-12-25')).toBeUndefined();
  });

  it('does not mark dates in the future or an invalid today', () => {
    expect(freshness({ published: d('2026-12-01'), updated: d('2026-12-01') }, today)).toBeUndefined();
    expect(freshness({ published: d('2026-11-27'), updated: d('2026-11-27') }, '27.11.2026')).toBeUndefined();
  });

  const day = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(Math.floor(ms / 86_400_000) * 86_400_000));
  const iso = (date: Date) => date.toISOString().slice(0, 10);

  it('marks „Neu“ exactly when the first publication is 0 to 29 days old', () => {
    fc.assert(
      fc.property(day, day, day, (published, updated, now) => {
        const age = daysSince(published, iso(now));
        expect(freshness({ published, updated }, iso(now)) === 'neu').toBe(age >= 0 && age < FRESH_DAYS);
      }),
    );
  });

  it('drops every mark once both dates are 30 days old', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: FRESH_DAYS, max: 2000 }), (published, updated, after) => {
        const later = new Date(Math.max(published.getTime(), updated.getTime()) + after * 86_400_000);
        expect(freshness({ published, updated }, iso(later))).toBeUndefined();
      }),
    );
  });
});
