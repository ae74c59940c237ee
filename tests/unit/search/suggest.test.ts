import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDistance, suggest, tolerance, type Term } from '../../../src/lib/search/suggest';

const terms: Term[] = [
  { label: 'Cross-Selling', title: 'Cross-Selling', url: '/glossar/cross-selling/' },
  { label: 'Querverkauf', title: 'Cross-Selling', url: '/glossar/cross-selling/' },
  { label: 'Up-Selling', title: 'Up-Selling', url: '/glossar/up-selling/' },
  { label: 'Qualifizierung', title: 'Qualifizierung', url: '/glossar/qualifizierung/' },
  { label: 'Kundenbindung', title: 'Kundenbindung', url: '/glossar/kundenbindung/' },
  { label: 'Reziprozität', title: 'Reziprozität', url: '/glossar/reziprozitaet/' },
];

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours', () => {
    expect(editDistance('seling', 'selling')).toBe(1);
    expect(editDistance('selling', 'seling')).toBe(1);
    expect(editDistance('kunde', 'kunze')).toBe(1);
    expect(editDistance('kudne', 'kunde')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('is a metric on small strings: symmetric, zero only for equal strings, bounded by the longer length (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });
});

describe('suggest', () => {
  it('leads a typo to the entry: "Cross-Seling" → Cross-Selling', () => {
    expect(suggest('Cross-Seling', terms)[0]!.title).toBe('Cross-Selling');
  });

  it('finds entries through a misspelt synonym and names the entry', () => {
    const [first] = suggest('Querverkaf', terms);
    expect(first).toEqual({ label: 'Querverkauf', title: 'Cross-Selling', url: '/glossar/cross-selling/' });
  });

  it('accepts umlauts spelt out and misspelt beginnings', () => {
    expect(suggest('reziprozitaet', terms).map((t) => t.title)).toContain('Reziprozität');
    expect(suggest('Qualifiz', terms)[0]!.title).toBe('Qualifizierung');
  });

  it('suggests each entry once and nothing for unrelated words or one letter', () => {
    const urls = suggest('selling', terms).map((t) => t.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(suggest('Photosynthese', terms)).toEqual([]);
    expect(suggest('x', terms)).toEqual([]);
  });

  it('allows more edits for longer words', () => {
    expect(tolerance(3)).toBe(1);
    expect(tolerance(6)).toBe(2);
    expect(tolerance(12)).toBe(3);
  });
});
