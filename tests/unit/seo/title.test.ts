import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TITLE_MAX, brandSuffix, entryTitleVariants, fitTitle } from '../../../src/lib/seo/title';

const suffix = brandSuffix('Fioro');

describe('fitTitle', () => {
  it('keeps the full entry pattern when it fits 60 characters', () => {
    expect(fitTitle(entryTitleVariants('Lead'), suffix)).toBe('Lead: Definition, Beispiele & Tipps | Fioro');
  });

  it('drops "Tipps" for a longer term, then "Beispiele", then everything but the term', () => {
    expect(fitTitle(entryTitleVariants('Customer Lifetime Value'), suffix)).toBe('Customer Lifetime Value: Definition & Beispiele | Fioro');
    expect(fitTitle(entryTitleVariants('Kundenakquisitionskosten (CAC)'), suffix)).toBe(
      'Kundenakquisitionskosten (CAC): Definition | Fioro',
    );
    const long = 'Ein sehr langer Begriff mit vielen Wörtern darin, fast fünfzig';
    expect(fitTitle(entryTitleVariants(long), suffix)).toBe(`${long} | Fioro`);
  });

  it('falls back to the shortest variant when none fits, without cutting words', () => {
    expect(fitTitle(['a'.repeat(70), 'b'.repeat(65)], suffix)).toBe(`${'b'.repeat(65)} | Fioro`);
  });

  it('adds nothing when the suffix is empty (a title that names the brand itself)', () => {
    expect(fitTitle(['Fioro Vertriebsglossar: Vertrieb verständlich erklärt'], '')).toBe(
      'Fioro Vertriebsglossar: Vertrieb verständlich erklärt',
    );
  });

  it('returns a title of at most 60 characters whenever the bare term fits', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: TITLE_MAX - suffix.length }), (raw) => {
        const term = raw.trim() || 'x';
        const title = fitTitle(entryTitleVariants(term), suffix);
        expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
        expect(title.startsWith(term)).toBe(true);
        expect(title.endsWith(suffix)).toBe(true);
      }),
    );
  });

  it('rejects an empty list of variants', () => {
    expect(() => fitTitle([], suffix)).toThrow();
  });
});
