import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinSynonyms, matchClass, parseSynonyms, rankResults } from '../../../src/lib/search/rank';

const item = (title: string, synonyms: string[] = []) => ({ title, synonyms });

describe('matchClass', () => {
  it('ranks exact title, exact synonym, title prefix, synonym prefix, other', () => {
    const cs = item('Cross-Selling', ['Querverkauf', 'Zusatzverkauf']);
    expect(matchClass('cross selling', cs)).toBe(0);
    expect(matchClass('Querverkauf', cs)).toBe(1);
    expect(matchClass('Cross', cs)).toBe(2);
    expect(matchClass('Zusatzv', cs)).toBe(3);
    expect(matchClass('Kunde', cs)).toBe(4);
    expect(matchClass('  ', cs)).toBe(4);
  });
});

describe('rankResults', () => {
  it('puts the exact title match first, whatever the full-text order', () => {
    const hits = [item('Kundenbindungsrate'), item('Cross-Selling'), item('Kundenbindung')];
    expect(rankResults('kundenbindung', hits).map((h) => h.title)).toEqual([
      'Kundenbindung',
      'Kundenbindungsrate',
      'Cross-Selling',
    ]);
  });

  it('puts the entry with the synonym before entries that only mention it', () => {
    const hits = [item('Qualifizierung'), item('Up-Selling'), item('Cross-Selling', ['Querverkauf'])];
    expect(rankResults('Querverkauf', hits)[0]!.title).toBe('Cross-Selling');
  });

  it('is a stable permutation of its input (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.record({ title: fc.string(), synonyms: fc.array(fc.string(), { maxLength: 3 }) })),
        (query, items) => {
          const ranked = rankResults(query, items);
          expect(ranked).toHaveLength(items.length);
          expect(new Set(ranked)).toEqual(new Set(items));
          const classes = ranked.map((r) => matchClass(query, r));
          expect(classes).toEqual([...classes].sort((a, b) => a - b));
          for (let i = 1; i < ranked.length; i++) {
            if (classes[i] === classes[i - 1]) expect(items.indexOf(ranked[i]!)).toBeGreaterThan(items.indexOf(ranked[i - 1]!));
          }
        },
      ),
    );
  });
});

describe('synonyms meta', () => {
  it('round-trips through the meta field', () => {
    expect(parseSynonyms(joinSynonyms(['Querverkauf', 'Zusatz|verkauf']))).toEqual(['Querverkauf', 'Zusatz/verkauf']);
    expect(parseSynonyms(undefined)).toEqual([]);
    expect(parseSynonyms('')).toEqual([]);
  });
});
